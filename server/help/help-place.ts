// Where the visitor said they are, read from ?zip= and ?state= for the Ways to help page. Anything unreadable is
// dropped with a note the page shows (never a 400: the page is useful without a place).
import type { UsState } from '../contract/vocabulary';
import { lookupZip } from '../geocode/zip-lookup';
import { readState } from './help-sources';

/** What the page could make of the query. */
export interface HelpPlace {
  zip: string | null; // a known five-digit ZIP
  state: UsState | null; // from ?state=, else the ZIP's state
  problem: { kind: 'unreadableZip' | 'unknownZip' | 'unknownState'; given: string } | null;
}

const ZIP_PATTERN = /^(\d{5})(?:-?\d{4})?$/; // a ZIP+4 is read as its five digits

/** The place in `query` (the URL's search parameters). */
export function readHelpPlace(query: URLSearchParams): HelpPlace {
  const givenZip = query.get('zip')?.trim() ?? '';
  const givenState = query.get('state')?.trim() ?? '';
  let problem: HelpPlace['problem'] = null;
  let zip: string | null = null;
  let zipState: UsState | null = null;
  if (givenZip !== '') {
    const five = ZIP_PATTERN.exec(givenZip)?.[1];
    const found = five === undefined ? undefined : lookupZip(five);
    if (found) {
      zip = found.zip;
      zipState = readState(found.state);
    } else problem = { kind: five === undefined ? 'unreadableZip' : 'unknownZip', given: givenZip.slice(0, 40) };
  }
  const state = readState(givenState);
  if (givenState !== '' && state === null && problem === null)
    problem = { kind: 'unknownState', given: givenState.slice(0, 40) };
  return { zip, state: state ?? zipState, problem };
}
