// The report names a contract path by the CSV column it was read from, as the file wrote that column's header.
import { csvColumnNamer, csvColumnOfPath } from '../../../../server/exchange/import/csv-column-paths';
import { csvHeader } from '../../../../server/exchange/write-listings-csv';

test('paths map to their columns; list indexes and deeper paths fall back to the nearest known one', () => {
  expect(csvColumnOfPath('location.address.postalCode')).toBe('postal_code');
  expect(csvColumnOfPath('phones.2.number')).toBe('phones');
  expect(csvColumnOfPath('details.currentNeeds.text.es')).toBe('current_needs_es');
  expect(csvColumnOfPath('description')).toBe('description_en');
  expect(csvColumnOfPath('details.jurisdiction.state')).toBe('jurisdiction_state');
  expect(csvColumnOfPath('somethingElse')).toBeUndefined();
});

test("a file's own header names the column: Spanish headers in a Spanish sheet, English in an English one", () => {
  const encode = (text: string) => new TextEncoder().encode(`${text}\r\n`);
  expect(csvColumnNamer(encode(csvHeader('es')))('location.address.postalCode')).toBe('codigo_postal');
  expect(csvColumnNamer(encode(csvHeader('en')))('location.address.postalCode')).toBe('postal_code');
  expect(csvColumnNamer(encode('ID;Nombre;Código Postal'))('location.address.postalCode')).toBe('Código Postal');
  expect(csvColumnNamer(encode('id,name'))('somethingElse')).toBe('somethingElse');
});
