// The numbers and addresses the Ways to help page gives, in one place, each checked against its source (recorded in
// docs/decisions/0064-facility-and-help-pages.md). No member of Congress is named: the official finders stay current
// on their own, and Puente keeps no member data.
import { US_STATES, type UsState } from '../contract/vocabulary';

/** A telephone number as shown and as dialled (tel: link). */
export interface PhoneNumber {
  shown: string;
  dial: string;
}

/** The U.S. Capitol switchboard: connects to any senator's or representative's office. */
export const CAPITOL_SWITCHBOARD: PhoneNumber = { shown: '(202) 224-3121', dial: '+12022243121' };

/** UNHCR's hotline for people held in immigration detention; 566# is the free number from inside a detention center. */
export const UNHCR_DETENTION_HOTLINE: PhoneNumber = { shown: '1-888-272-1913', dial: '+18882721913' };
export const UNHCR_FROM_DETENTION = '566#';

/** Where each way to help points, and where its facts come from. */
export const HELP_LINKS = {
  houseFinder: 'https://ziplook.house.gov/htbin/findrep_house',
  senateContacts: 'https://www.senate.gov/senators/senators-contact.htm',
  freedomForImmigrantsGuides: 'https://www.freedomforimmigrants.org/visitor-volunteer-resources',
  freedomForImmigrants: 'https://www.freedomforimmigrants.org',
  orr: 'https://www.acf.hhs.gov/orr',
  usccbFosterCare: 'https://www.usccb.org/issues-and-action/marriage-and-family/children/foster-care',
  usccb: 'https://www.usccb.org',
  globalRefugeFosterStory: 'https://www.globalrefuge.org/news/fostering-joy',
  globalRefuge: 'https://www.globalrefuge.org',
  unhcr: 'https://www.unhcr.org',
  ailaLawyerSearch: 'https://www.ailalawyer.com',
  aila: 'https://www.aila.org',
  kind: 'https://supportkind.org',
  welcomingToolkit:
    'https://www.uusc.org/resources/tools-for-taking-action/humanitarian-crises-resources/refugee-toolkit/welcoming-actions/',
} as const;

/** The House's own finder, with the ZIP filled in when there is one. */
export function houseFinderUrl(zip: string | null): string {
  return zip === null ? HELP_LINKS.houseFinder : `${HELP_LINKS.houseFinder}?ZIP=${zip}`;
}

/** The Senate's list of senators' contacts, opened at the state when there is one. */
export function senateFinderUrl(state: UsState | null): string {
  return state === null ? HELP_LINKS.senateContacts : `${HELP_LINKS.senateContacts}?State=${state}`;
}

/** `value` as a state code (any case, trimmed), or null. */
export function readState(value: string | null | undefined): UsState | null {
  const code = value?.trim().toUpperCase();
  return (US_STATES as readonly string[]).includes(code ?? '') ? (code as UsState) : null;
}
