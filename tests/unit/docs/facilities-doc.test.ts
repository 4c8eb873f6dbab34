// docs/facilities.md lists the facility import's columns exactly as facility-columns.ts has them (the table between
// its markers is the generated one), every header names one column, and the doc says where ICE's list is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../server/repo-root';
import { codeKey } from '../../../server/exchange/csv-cells';
import { COLUMN_TABLE_MARKERS } from '../../../server/exchange/listing-columns-doc';
import { facilityColumnTableMarkdown } from '../../../server/exchange/facility-import/facility-columns-doc';
import { FACILITY_COLUMNS, facilityColumnForHeader } from '../../../server/exchange/facility-import/facility-columns';

const DOC = readFileSync(path.join(REPO_ROOT, 'docs', 'facilities.md'), 'utf8');

test('the column table is the one generated from facility-columns.ts', () => {
  const [start, end] = COLUMN_TABLE_MARKERS;
  const between = DOC.slice(DOC.indexOf(start) + start.length, DOC.indexOf(end)).trim();
  // On a mismatch, paste facilityColumnTableMarkdown()'s output between the markers.
  expect(between).toBe(facilityColumnTableMarkdown());
  expect(between.split('\n')).toHaveLength(FACILITY_COLUMNS.length + 2);
});

test('every header, English, Spanish or alias, names one column only', () => {
  const keys = FACILITY_COLUMNS.flatMap((c) => [...new Set([c.name, c.es, ...c.aliases].map(codeKey))]);
  expect(new Set(keys).size).toBe(keys.length);
  for (const c of FACILITY_COLUMNS)
    for (const header of [c.name, c.es.toUpperCase(), ...c.aliases])
      expect(facilityColumnForHeader(header)).toBe(c.name);
  expect(facilityColumnForHeader('Type Detailed')).toBe('type');
  expect(facilityColumnForHeader('Código postal')).toBe('zip');
});

test("the doc says where ICE's public list of detention facilities is", () => {
  expect(DOC).toContain('<https://www.ice.gov/detention-facilities>');
  expect(DOC).toContain('npm run import:facilities -- facilities.csv --apply');
});
