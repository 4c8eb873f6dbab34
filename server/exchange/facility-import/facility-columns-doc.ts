// The column table of docs/facilities.md, from facility-columns.ts: the doc's test checks it is the same, so the doc
// cannot drift from what the facility import reads.
import { FACILITY_COLUMNS } from './facility-columns';

// A table cell: pipes escaped, so a description may name alternatives (a|b) without breaking the row.
const cell = (text: string) => text.replaceAll('|', '\\|');
const code = (name: string) => `\`${name}\``;

/** The Markdown table of every column: name, Spanish header, other headers read, required, what it holds. */
export function facilityColumnTableMarkdown(): string {
  const rows = FACILITY_COLUMNS.map(
    (c) =>
      `| ${code(c.name)} | ${code(c.es)} | ${c.aliases.map(code).join(', ')} | ${c.required ? 'yes' : ''} | ${cell(c.en)} |`,
  );
  return [
    '| Column | Spanish header | Also read as | Required | What it holds |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
