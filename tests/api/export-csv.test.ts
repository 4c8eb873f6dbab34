// GET /api/v1/export/listings.csv: RFC 4180 with CRLF and a BOM, one row per published listing (nothing else), every
// column of the table, lists joined by ";", formula-like text escaped; and what it writes reads back as the same listing.
import { parse } from 'csv-parse/sync';
import { ListingInput } from '@contract/listing';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { FULL_LISTINGS } from '../helpers/full-request-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';
import { LISTING_COLUMNS } from '../../server/exchange/listing-columns';
import { readListingsCsv } from '../../server/exchange/read-listings-csv';

const NOW = new Date('2026-12-02T18:00:00Z');
let database: DatabaseHandle;
let server: TestServer;
const published: string[] = [];
const fullIds: string[] = [];

// The CSV carries no phone description (README: what the CSV does not carry); everything else of a full listing.
const FULL = FULL_LISTINGS.map((l) => ({
  ...l,
  status: 'published' as const,
  lastVerifiedOn: '2026-11-30',
  phones: l.phones!.map(({ description: _none, ...phone }) => phone),
}));
const FORMULA_NAMES = [
  '=HYPERLINK("http://evil")',
  '+1 (555) 0100 Line',
  '-5 Degrees Shelter',
  '@SUM(A1)',
  "'=already quoted",
];

beforeAll(async () => {
  database = await createTestDatabase();
  const point = { latitude: 31.76, longitude: -106.49 };
  for (const listing of FULL) fullIds.push(await insertListing(database.db, listing, { now: NOW }));
  published.push(...fullIds);
  for (const name of FORMULA_NAMES)
    published.push(await insertListing(database.db, aListing('legal_help', point, { name, organization: { name } })));
  await insertListing(database.db, aListing('legal_help', point, { name: 'Pending one', status: 'pending' }));
  await insertListing(database.db, aListing('legal_help', point, { name: 'Rejected one', status: 'rejected' }));
  server = await startTestServer(database.db, { now: () => NOW });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

async function download() {
  const res = await fetch(`${server.baseUrl}/api/v1/export/listings.csv`);
  expect(res.status).toBe(200);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

test('a UTF-8 CSV with a BOM and CRLF lines, sent as an attachment', async () => {
  const { res, bytes } = await download();
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="puente-listings.csv"');
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  // Every line break outside quotes is CRLF: parse strictly with CRLF as the only record delimiter.
  const rows: string[][] = parse(text, { record_delimiter: '\r\n', relax_quotes: false });
  expect(rows[0]).toEqual(LISTING_COLUMNS.map((c) => c.name));
  expect(rows.every((r) => r.length === LISTING_COLUMNS.length)).toBe(true);
  expect(text).toContain(',"en;es",'); // a ";" is quoted: Excel in Spanish locales splits unquoted cells there
});

test('one row per published listing, nothing unpublished', async () => {
  const { bytes } = await download();
  const rows: Array<Record<string, string>> = parse(Buffer.from(bytes), { bom: true, columns: true });
  expect(rows.map((r) => r.id).sort()).toEqual([...published].sort());
  expect(rows.some((r) => /Pending one|Rejected one/.test(r.name!))).toBe(false);
});

test('lists are joined by ";" and address, city, state and ZIP are their own columns', async () => {
  const { bytes } = await download();
  const rows: Array<Record<string, string>> = parse(Buffer.from(bytes), { bom: true, columns: true });
  const shelter = rows.find((r) => r.id === fullIds[0])!;
  expect(shelter).toMatchObject({
    address_1: '300 Main Street',
    address_2: 'Suite 2',
    city: 'Las Cruces',
    state: 'NM',
    postal_code: '88001',
    latitude: '32.3199',
    longitude: '-106.7637', // a number stays a number: no quote in front
    phones: '575-555-0100 x12',
    hours: 'Mon 09:00-17:00',
  });
  const escaped = rows.find((r) => r.name === `'${FORMULA_NAMES[0]}`)!; // the raw cell, escaped
  expect(escaped.languages).toBe('en;es');
  expect(escaped.organization_name).toBe(`'${FORMULA_NAMES[0]}`);
  expect(rows.find((r) => r.kind === 'shelter')!.accepted_goods).toBe('clothing');
});

test('cells that a spreadsheet would run as a formula start with a quote, and read back unchanged', async () => {
  const { bytes } = await download();
  const rows: string[][] = parse(Buffer.from(bytes), { bom: true });
  for (const cell of rows.flat()) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  const result = readListingsCsv(bytes, 'listings.csv', 'en');
  if (!result.ok) throw new Error(result.fault.message);
  const names = result.records.map((r) => (r.listing as { name: string }).name);
  for (const name of FORMULA_NAMES) expect(names).toContain(name);
});

test('every kind with every field the CSV holds reads back as the same listing', async () => {
  const { bytes } = await download();
  const result = readListingsCsv(bytes, 'listings.csv', 'en');
  if (!result.ok) throw new Error(result.fault.message);
  FULL.forEach((input, i) => {
    const record = result.records.find((r) => r.listingId === fullIds[i])!;
    expect(record.issues).toEqual([]);
    expect(record.privacyDefaulted).toBe(false);
    const back = ListingInput.parse(record.listing);
    expect({ ...back, status: 'published' }).toEqual(ListingInput.parse(input));
  });
});
