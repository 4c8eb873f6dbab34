// The facilities CSV reader: any facility written as a spreadsheet writes it (any text, quotes and formula escapes,
// comma, semicolon or tab) reads back as the same input; codes that differ only in case are one facility written twice;
// Spanish and ICE's headers are read; a blank line is skipped.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { FACILITY_TYPES } from '@contract/facility';
import { US_STATES } from '@contract/vocabulary';
import { escapeCell } from '../../../../server/exchange/csv-cells';
import { readFacilitiesCsv } from '../../../../server/exchange/facility-import/read-facilities-csv';

const HEADER = [
  'code',
  'name',
  'type',
  'operator',
  'address',
  'city',
  'state',
  'zip',
  'latitude',
  'longitude',
  'ice_field_office',
  'visiting_phone',
  'source',
  'source_url',
  'as_of',
  'sample',
];

// One line of text as a person types it: any printable characters, no surrounding spaces (cells are trimmed).
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && !/[\p{Cc}\p{Cs}\u2028\u2029]/u.test(s));
const degrees = (max: number) => fc.double({ min: -max, max, noNaN: true }).map((v) => (v === 0 ? 0 : v));

const facility = fc.record({
  code: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/),
  name: text,
  type: fc.constantFrom(...FACILITY_TYPES),
  operator: fc.option(text, { nil: undefined }),
  address1: fc.option(text, { nil: undefined }),
  city: text,
  state: fc.constantFrom(...US_STATES),
  postalCode: fc.option(fc.stringMatching(/^\d{5}$/), { nil: undefined }),
  latitude: degrees(90),
  longitude: degrees(180),
  iceFieldOffice: fc.option(text, { nil: undefined }),
  visitingPhone: fc.option(text, { nil: undefined }),
  sourceName: text,
  sourceUrl: fc.option(text, { nil: undefined }),
  asOf: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  isSample: fc.option(fc.boolean(), { nil: undefined }),
});
type Facility = typeof facility extends fc.Arbitrary<infer T> ? T : never;

const cells = (f: Facility) =>
  [
    f.code,
    f.name,
    f.type,
    f.operator,
    f.address1,
    f.city,
    f.state,
    f.postalCode,
    String(f.latitude),
    String(f.longitude),
    f.iceFieldOffice,
    f.visitingPhone,
    f.sourceName,
    f.sourceUrl,
    f.asOf,
    f.isSample === undefined ? '' : f.isSample ? 'yes' : 'no',
  ].map((cell) => escapeCell(cell ?? ''));

const bytesOf = (rows: string[][], delimiter = ',') =>
  new TextEncoder().encode(stringify(rows, { delimiter, record_delimiter: '\r\n' }));

const withoutBlanks = (f: Facility) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));

test('any facilities, written with any separator, read back as the same inputs, each with no issue', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(facility, { minLength: 1, maxLength: 5, selector: (f) => f.code.toLowerCase() }),
      fc.constantFrom(',', ';', '\t'),
      (facilities, delimiter) => {
        const read = readFacilitiesCsv(bytesOf([HEADER, ...facilities.map(cells)], delimiter), 'f.csv', 'en');
        if (!read.ok) throw new Error(read.fault.message);
        expect(read.records.map((r) => r.issues)).toEqual(facilities.map(() => []));
        expect(read.records.map((r) => r.input)).toEqual(facilities.map(withoutBlanks));
        expect(read.records.map((r) => r.row)).toEqual(facilities.map((_, i) => i + 1));
      },
    ),
    { numRuns: 200 },
  );
});

test('codes that differ only in case are one facility written twice; codes that differ otherwise are not', () => {
  fc.assert(
    fc.property(facility, facility, (first, second) => {
      const again = {
        ...second,
        code: first.code.toUpperCase() === first.code ? first.code.toLowerCase() : first.code.toUpperCase(),
      };
      const read = readFacilitiesCsv(bytesOf([HEADER, cells(first), cells(again)]), 'f.csv', 'es');
      if (!read.ok) throw new Error(read.fault.message);
      expect(read.records[1]!.issues).toEqual([
        {
          row: 2,
          column: 'code',
          code: 'duplicate_code',
          message: `el código ${again.code} también está en la fila 1; dé a cada centro una sola fila y su propio código`,
        },
      ]);
    }),
  );
  const read = readFacilitiesCsv(
    bytesOf([HEADER, cells({ ...sample(), code: 'TX-1' }), cells({ ...sample(), code: 'TX_1' })]),
    'f.csv',
    'en',
  );
  expect(read.ok && read.records.map((r) => r.issues)).toEqual([[], []]);
});

test("Spanish headers and ICE's own headers are read; a ZIP code places a row without coordinates", () => {
  const csv = [
    'Código;Nombre;Type Detailed;Ciudad;Estado;Zip;AOR;Fuente;Fecha del dato',
    'ELPSPC;El Paso SPC;SPC;El Paso;tx;79925;El Paso;ICE;2026-11-01',
    '',
    'OTERO;Otero;DIGSA;Chaparral;NM;88081;El Paso;ICE;2026-11-01',
  ].join('\r\n');
  const read = readFacilitiesCsv(new TextEncoder().encode(csv), 'f.csv', 'es');
  if (!read.ok) throw new Error(read.fault.message);
  expect(read.records.map((r) => [r.row, r.input.type, r.input.state, r.pointFromZip, r.issues])).toEqual([
    [1, 'ice_processing_center', 'TX', true, []],
    [3, 'county_jail', 'NM', true, []],
  ]);
  expect(read.records[0]!.input).toMatchObject({ iceFieldOffice: 'El Paso', latitude: expect.any(Number) });
});

function sample(): Facility {
  return fc.sample(facility, { numRuns: 1, seed: 17 })[0]!;
}
