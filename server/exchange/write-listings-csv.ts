// Writes flat listings as the Puente CSV: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so Excel opens
// accents right, one row per listing, every column of listing-columns.ts in its order. Text cells are escaped against
// formula injection (csv-cells.ts); numbers are written as numbers.
import { stringify } from 'csv-stringify/sync';
import { escapeCell } from './csv-cells';
import { LISTING_COLUMNS, type FlatListing } from './listing-columns';

/** The UTF-8 byte-order mark, first in every CSV Puente writes. */
export const UTF8_BOM = '\uFEFF';

const OPTIONS = {
  record_delimiter: 'windows', // CRLF, as RFC 4180 says
  // A ";" is quoted too: Excel in Spanish locales splits unquoted cells at semicolons.
  quoted_match: /;/,
  cast: { number: (value: number) => String(value) },
} as const;

/** The header row in English (the export's names) or Spanish (the names the import also reads), with its BOM. */
export function csvHeader(language: 'en' | 'es' = 'en'): string {
  return UTF8_BOM + stringify([LISTING_COLUMNS.map((c) => (language === 'es' ? c.es : c.name))], OPTIONS);
}

/** The data rows for `listings`, each ending in CRLF. */
export function csvRows(listings: readonly FlatListing[]): string {
  if (listings.length === 0) return '';
  return stringify(
    listings.map((listing) =>
      LISTING_COLUMNS.map((c) => {
        const value = listing[c.name];
        return typeof value === 'string' ? escapeCell(value) : value === undefined ? '' : value;
      }),
    ),
    OPTIONS,
  );
}
