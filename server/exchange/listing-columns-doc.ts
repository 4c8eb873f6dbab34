// The column table of docs/bringing-your-directory.md, from listing-columns.ts: the doc's test checks it is the same,
// so the README's promise ("every column documented") cannot drift from what the reader and writer do.
import { LISTING_COLUMNS } from './listing-columns';

/** Where the generated table sits in the doc. */
export const COLUMN_TABLE_MARKERS = ['<!-- columns:start -->', '<!-- columns:end -->'] as const;

// A table cell: pipes escaped, so a description may name alternatives (a|b) without breaking the row.
const cell = (text: string) => text.replaceAll('|', '\\|');

/** The Markdown table of every column: name, Spanish header, required, what it holds. */
export function columnTableMarkdown(): string {
  const rows = LISTING_COLUMNS.map(
    (c) => `| \`${c.name}\` | \`${c.es}\` | ${c.required ? 'yes' : ''} | ${cell(c.en)} |`,
  );
  return ['| Column | Spanish header | Required | What it holds |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
