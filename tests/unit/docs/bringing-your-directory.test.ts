// docs/bringing-your-directory.md lists the CSV's columns exactly as server/exchange/listing-columns.ts has them: the
// table between its markers is the generated one, so the doc cannot drift from what the reader and writer do.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../server/repo-root';
import { columnTableMarkdown, COLUMN_TABLE_MARKERS } from '../../../server/exchange/listing-columns-doc';
import { LISTING_COLUMNS, columnForHeader, headerKey } from '../../../server/exchange/listing-columns';

const DOC = readFileSync(path.join(REPO_ROOT, 'docs', 'bringing-your-directory.md'), 'utf8');

test('the column table is the one generated from listing-columns.ts', () => {
  const [start, end] = COLUMN_TABLE_MARKERS;
  const between = DOC.slice(DOC.indexOf(start) + start.length, DOC.indexOf(end)).trim();
  // On a mismatch, paste columnTableMarkdown()'s output between the markers.
  expect(between).toBe(columnTableMarkdown());
  expect(between.split('\n')).toHaveLength(LISTING_COLUMNS.length + 2);
});

test('every header, English or Spanish, names one column only', () => {
  const keys = LISTING_COLUMNS.flatMap((c) => [...new Set([headerKey(c.name), headerKey(c.es)])]);
  expect(new Set(keys).size).toBe(keys.length);
  for (const c of LISTING_COLUMNS) {
    expect(columnForHeader(c.name)).toBe(c.name);
    expect(columnForHeader(c.es.toUpperCase())).toBe(c.name);
  }
});

test('the README links to the doc', () => {
  expect(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).toContain('(docs/bringing-your-directory.md)');
});
