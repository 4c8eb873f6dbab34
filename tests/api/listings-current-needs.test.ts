// Search results carry a shelter's current needs (for its card) through their last day in the
// shelter's time zone, and not after; other kinds never carry them. The server-rendered card shows them.
import { ensureClientBuild } from '../../client/build/client-build';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;
let clock = new Date('2026-12-10T18:00:00Z'); // 11:00 in El Paso
const ids: Record<string, string> = {};
const EL_PASO = { latitude: 31.7619, longitude: -106.485 };
const NEEDS = {
  en: 'Winter coats for children aged 4 to 12, and diapers size 5. Please bring them on weekdays before noon, thank you.',
  es: 'Abrigos de invierno para niños de 4 a 12 años y pañales talla 5.',
};

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  const hours = { timeZone: 'America/Denver', openings: [{ day: 'mo' as const, opensAt: '09:00', closesAt: '17:00' }] };
  ids.needs = await insertListing(
    database.db,
    aListing('shelter', EL_PASO, {
      name: 'Shelter with needs',
      hours,
      details: {
        kind: 'shelter',
        acceptedGoods: ['clothing'],
        volunteerActivities: [],
        currentNeeds: { text: NEEDS, expiresOn: '2026-12-10' },
      },
    }),
  );
  ids.none = await insertListing(database.db, aListing('shelter', EL_PASO, { name: 'Shelter without needs' }));
  ids.other = await insertListing(database.db, aListing('accompaniment', EL_PASO, { name: 'Companions' }));
  server = await startTestServer(database.db, { now: () => clock });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const search = async () =>
  (await server.get('/api/v1/listings?zip=79901')).body.results as Array<{ id: string; currentNeeds?: unknown }>;

test('a shelter result carries its current needs through their last day, local time', async () => {
  clock = new Date('2026-12-11T06:59:00Z'); // 23:59 on the 10th in El Paso (already the 11th in UTC)
  const results = await search();
  expect(results.find((r) => r.id === ids.needs)?.currentNeeds).toEqual(NEEDS);
  expect(results.find((r) => r.id === ids.none)).not.toHaveProperty('currentNeeds');
  expect(results.find((r) => r.id === ids.other)).not.toHaveProperty('currentNeeds');
  clock = new Date('2026-12-11T07:01:00Z'); // the 11th in El Paso
  expect((await search()).find((r) => r.id === ids.needs)).not.toHaveProperty('currentNeeds');
});

test('the server-rendered card shows "Needed now", shortened, in the page language', async () => {
  clock = new Date('2026-12-10T18:00:00Z');
  const en = (await server.get('/?zip=79901')).text;
  expect(en).toMatch(
    /<strong>Needed now: <\/strong><span>Winter coats for children aged 4 to 12, and diapers size 5\. Please bring them on weekdays…<\/span>/,
  );
  const es = (await server.get('/?zip=79901&lang=es')).text;
  expect(es).toContain('Abrigos de invierno para niños de 4 a 12 años y pañales talla 5.</span>');
});
