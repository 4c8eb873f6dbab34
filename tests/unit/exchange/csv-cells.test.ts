// The formula-injection escape has an exact inverse, and no text survives the writer with a dangerous first character;
// any text an organization may write goes through the CSV writer and the reader unchanged.
import fc from 'fast-check';
import { safeText } from '@contract/safe-text';
import { escapeCell, unescapeCell, decimal, listItems, yesNo } from '../../../server/exchange/csv-cells';
import { csvHeader, csvRows } from '../../../server/exchange/write-listings-csv';
import { readListingsCsv } from '../../../server/exchange/read-listings-csv';
import { parse } from 'csv-parse/sync';

const DANGEROUS = /^[=+\-@\t\r]/;
// Text biased towards the hard cases: quotes, formula characters, separators, line breaks, accents.
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', ' ', 'é', 'ñ', '1'),
    fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
  ),
  maxLength: 30,
});

test('unescape(escape(text)) is text, and an escaped cell never starts like a formula', () => {
  fc.assert(
    fc.property(tricky, (text) => {
      const cell = escapeCell(text);
      expect(unescapeCell(cell)).toBe(text);
      expect(cell).not.toMatch(DANGEROUS);
    }),
    { numRuns: 2000 },
  );
});

test('examples of the rule', () => {
  expect(escapeCell('=SUM(A1)')).toBe("'=SUM(A1)");
  expect(escapeCell('+1 915 555 0100')).toBe("'+1 915 555 0100");
  expect(escapeCell("'=x")).toBe("''=x"); // a quote already there is kept: one more is added and removed
  expect(escapeCell("'quoted'")).toBe("'quoted'"); // no formula character after the quotes: left alone
  expect(unescapeCell("'-106.5")).toBe('-106.5');
  expect(unescapeCell("'hello")).toBe("'hello");
});

// A text field as the contract keeps it: what an organization may write is trimmed, NFC, no control characters.
const organizationText = tricky
  .map((t) => safeText('lines').safeParse(t))
  .filter((r) => r.success && r.data.length > 0)
  .map((r) => r.data as string);

test('any text an organization may write survives the CSV writer and reader, and no cell starts like a formula', () => {
  fc.assert(
    fc.property(organizationText, organizationText, (name, description) => {
      const text =
        csvHeader() + csvRows([{ kind: 'legal_help', name, organization_name: name, description_en: description }]);
      const cells: string[] = parse(text, { bom: true }).flat();
      for (const cell of cells) expect(cell).not.toMatch(DANGEROUS);
      const result = readListingsCsv(new TextEncoder().encode(text), 'x.csv', 'en');
      if (!result.ok) throw new Error(result.fault.message);
      const listing = result.records[0]!.listing as { name: string; description: { en: string } };
      expect(listing.name).toBe(name);
      expect(listing.description.en).toBe(description);
    }),
    { numRuns: 300 },
  );
});

test('numbers are written as numbers, negative ones too, and read back', () => {
  const text = csvHeader() + csvRows([{ kind: 'legal_help', name: 'N', latitude: 31.5, longitude: -106.25 }]);
  const [, row] = parse(text, { bom: true, columns: false }) as string[][];
  expect(row).toContain('-106.25');
  expect(decimal('-106.25')).toBe(-106.25);
  expect(decimal('31,5')).toBe(31.5);
  expect(decimal('1e2')).toBe(100);
  expect(decimal('north')).toBeUndefined();
  expect(decimal('')).toBeUndefined();
});

test('lists and yes/no', () => {
  expect(listItems(' clothing ; books,toys;; ')).toEqual(['clothing', 'books', 'toys']);
  expect([yesNo('Sí'), yesNo('YES'), yesNo('no'), yesNo('maybe')]).toEqual([true, true, false, undefined]);
});
