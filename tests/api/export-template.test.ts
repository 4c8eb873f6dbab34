// GET /templates/listings.csv and .es.csv: every column (English or Spanish headers) and example rows that import
// cleanly; the shelter example shows the safe choice (confidential, no pin of its own).
import { ListingInput } from '@contract/listing';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import type { DatabaseHandle } from '../../server/db/database';
import { LISTING_COLUMNS } from '../../server/exchange/listing-columns';
import { readListingsCsv } from '../../server/exchange/read-listings-csv';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

async function template(path: string) {
  const res = await fetch(server.baseUrl + path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?puente-[a-z-]+\.csv"?$/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes;
}

test.each([
  ['/templates/listings.csv', 'name'],
  ['/templates/listings.es.csv', 'es'],
] as const)('%s has every column and example rows that the import accepts', async (path, header) => {
  const bytes = await template(path);
  const firstLine = new TextDecoder().decode(bytes).split('\r\n')[0];
  expect(firstLine).toBe(LISTING_COLUMNS.map((c) => c[header]).join(','));
  const result = readListingsCsv(bytes, 'listings.csv', header === 'es' ? 'es' : 'en');
  if (!result.ok) throw new Error(result.fault.message);
  expect(result.records).toHaveLength(2);
  for (const record of result.records) {
    expect(record.issues).toEqual([]);
    expect(ListingInput.safeParse(record.listing).error?.issues).toBeUndefined();
  }
  const shelter = result.records.find((r) => (r.listing as any).details.kind === 'shelter')!;
  expect((shelter.listing as any).location).toMatchObject({ privacy: 'confidential', pointFromZip: true });
  expect(shelter.approximateLocation).toBe(true);
});

test('the downloads and the templates are in the OpenAPI document', async () => {
  const { body } = await server.get('/api/openapi.json');
  for (const path of [
    '/api/v1/export/listings.csv',
    '/api/v1/export/listings.geojson',
    '/api/hsds/export.zip',
    '/templates/listings.csv',
    '/templates/listings.es.csv',
  ])
    expect(body.paths[path]?.get?.responses?.['200']).toBeDefined();
});
