// The seeds, as the public API serves them: national lines everywhere, every local kind in each demo metro,
// demo listings flagged, confidential shelters without their address, and seeding idempotent.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { seedDatabase, seedId } from '../../seeds/seed';
import { demoListings } from '../../seeds/demo';
import { nationalListings } from '../../seeds/national';
import { ListingInput } from '@contract/listing';
import type { DatabaseHandle } from '../../server/db/database';

// The metros the demo data promises, each searched by the place name a person would type, with its time zone.
const METROS = [
  { place: 'El Paso, TX', prefix: 'demo-el-paso-', timeZone: 'America/Denver' },
  { place: 'San Diego, CA', prefix: 'demo-san-diego-', timeZone: 'America/Los_Angeles' },
  { place: 'Tucson, AZ', prefix: 'demo-tucson-', timeZone: 'America/Phoenix' },
  { place: 'McAllen, TX', prefix: 'demo-mcallen-', timeZone: 'America/Chicago' },
  { place: 'San Antonio, TX', prefix: 'demo-san-antonio-', timeZone: 'America/Chicago' },
  { place: 'Houston, TX', prefix: 'demo-houston-', timeZone: 'America/Chicago' },
  { place: 'Chicago, IL', prefix: 'demo-chicago-', timeZone: 'America/Chicago' },
  { place: 'New York, NY', prefix: 'demo-new-york-', timeZone: 'America/New_York' },
  { place: 'Denver, CO', prefix: 'demo-denver-', timeZone: 'America/Denver' },
  { place: 'Los Angeles, CA', prefix: 'demo-los-angeles-', timeZone: 'America/Los_Angeles' },
  { place: 'Miami, FL', prefix: 'demo-miami-', timeZone: 'America/New_York' },
];
const LOCAL_KINDS = ['shelter', 'visitation_program', 'accompaniment', 'task_force'];

const demoEntries = Object.entries(demoListings);
const confidentialEntries = demoEntries.filter(([, l]) => l.location?.privacy === 'confidential');
const metroOf = (name: string) => METROS.find((m) => name.startsWith(m.prefix));

let database: DatabaseHandle;
let server: TestServer;
let firstSeedCount: number;

beforeAll(async () => {
  database = await createTestDatabase();
  firstSeedCount = await seedDatabase(database.db, 'demo');
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

describe('the demo data itself', () => {
  test('every demo listing validates, is published and is flagged as a sample', () => {
    expect(demoEntries.length).toBeGreaterThanOrEqual(METROS.length * LOCAL_KINDS.length);
    for (const [name, listing] of demoEntries) {
      const parsed = ListingInput.safeParse(listing);
      expect({ name, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ name, issues: [] });
      expect({ name, isDemo: listing.isDemo, status: listing.status }).toEqual({
        name,
        isDemo: true,
        status: 'published',
      });
      expect(listing.description.en).toMatch(/sample listing/);
      expect(listing.description.es).toMatch(/anuncio de muestra/);
    }
  });

  test('every phone, website and email is fictional (555-01xx, example.org)', () => {
    for (const [name, l] of demoEntries) {
      for (const phone of l.phones ?? [])
        expect({ name, number: phone.number }).toEqual({ name, number: expect.stringMatching(/^\d{3}-555-01\d\d$/) });
      for (const url of [l.website, l.organization.website].filter(Boolean))
        expect(url).toMatch(/^https:\/\/example\.org\//);
      for (const email of [l.email, l.organization.email].filter(Boolean)) expect(email).toMatch(/@example\.org$/);
    }
  });

  test('every demo listing belongs to a metro and keeps that metro’s time zone', () => {
    for (const [name, l] of demoEntries) {
      const metro = metroOf(name);
      expect({ name, metro: metro?.place }).toEqual({ name, metro: expect.any(String) });
      const zones = [
        l.hours?.timeZone,
        l.details.kind === 'shelter' ? l.details.dropOffHours?.timeZone : undefined,
      ].filter(Boolean);
      for (const zone of zones) expect({ name, zone }).toEqual({ name, zone: metro!.timeZone });
    }
  });

  test('the hours cover 24 hours a day, a night past midnight and two openings in one day', () => {
    const all = demoEntries.map(([, l]) => l.hours?.openings ?? []);
    const allDay = all.some((o) =>
      ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].every((d) =>
        o.some((x) => x.day === d && x.opensAt === '00:00' && x.closesAt === '24:00'),
      ),
    );
    const pastMidnight = all.some((o) => o.some((x) => x.closesAt !== '24:00' && x.closesAt < x.opensAt));
    const twoInOneDay = all.some((o) => o.some((x, i) => o.findIndex((y) => y.day === x.day) !== i));
    expect({ allDay, pastMidnight, twoInOneDay }).toEqual({ allDay: true, pastMidnight: true, twoInOneDay: true });
  });
});

describe('national resources', () => {
  test('all six are stored published, nationwide and not demo', async () => {
    const names = Object.keys(nationalListings);
    expect(names).toHaveLength(6);
    const rows = await database.db
      .selectFrom('listing')
      .select(['id', 'status', 'is_demo', 'is_nationwide', 'latitude'])
      .where('id', 'in', names.map(seedId))
      .execute();
    expect(rows).toHaveLength(6);
    for (const row of rows)
      expect(row).toEqual({ id: row.id, status: 'published', is_demo: false, is_nationwide: true, latitude: null });
  });

  test('they appear in the nationwide section of a search, with the UNHCR hotline’s two numbers', async () => {
    const { status, body } = await server.get('/api/v1/listings?zip=79901');
    expect(status).toBe(200);
    const nationwide = body.nationwide as Array<{
      id: string;
      isDemo: boolean;
      location: unknown;
      phones: Array<{ number: string }>;
    }>;
    expect(nationwide.map((l) => l.id).sort()).toEqual(Object.keys(nationalListings).map(seedId).sort());
    for (const l of nationwide)
      expect({ isDemo: l.isDemo, location: l.location }).toEqual({ isDemo: false, location: null });
    const unhcr = nationwide.find((l) => l.id === seedId('unhcr-detention-hotline'));
    expect(unhcr?.phones.map((p) => p.number)).toEqual(['1-888-272-1913', '566#']);
  });
});

describe('demo metros', () => {
  test.each(METROS)(
    '$place has every local kind within 50 km of its centre, all flagged as demo',
    async ({ place, prefix }) => {
      const { status, body } = await server.get(
        `/api/v1/listings?place=${encodeURIComponent(place)}&radiusKm=50&limit=100`,
      );
      expect(status).toBe(200);
      const results = body.results as Array<{ id: string; kind: string; isDemo: boolean; distanceKm: number }>;
      const mine = demoEntries.filter(([name]) => name.startsWith(prefix));
      const found = results.filter((r) => mine.some(([name]) => seedId(name) === r.id));
      expect(found.map((r) => r.id).sort()).toEqual(mine.map(([name]) => seedId(name)).sort());
      expect(new Set(found.map((r) => r.kind))).toEqual(
        new Set([...LOCAL_KINDS, ...mine.map(([, l]) => l.details.kind)]),
      );
      for (const r of found)
        expect({ isDemo: r.isDemo, near: r.distanceKm <= 50 }).toEqual({ isDemo: true, near: true });
    },
  );

  test('every demo listing answers with isDemo true', async () => {
    for (const [name] of demoEntries) {
      const { status, body } = await server.get(`/api/v1/listings/${seedId(name)}`);
      expect({ name, status, isDemo: body?.isDemo }).toEqual({ name, status: 200, isDemo: true });
    }
  });

  test('the 24-hour respite centre is open now, whatever the time', async () => {
    const { body } = await server.get(
      `/api/v1/listings?place=${encodeURIComponent('McAllen, TX')}&kind=shelter&openNow=true`,
    );
    expect(body.results.map((r: { id: string }) => r.id)).toContain(seedId('demo-mcallen-shelter'));
  });
});

describe('confidential demo shelters', () => {
  test('there are at least two, in El Paso and Chicago', () => {
    const names = confidentialEntries.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['demo-el-paso-shelter', 'demo-chicago-shelter']));
  });

  test('they answer with an approximate point and no street address or ZIP', async () => {
    for (const [name, listing] of confidentialEntries) {
      const exact = listing.location!;
      const { status, body, text } = await server.get(`/api/v1/listings/${seedId(name)}`);
      expect(status).toBe(200);
      expect(body.location).toEqual({
        latitude: expect.any(Number),
        longitude: expect.any(Number),
        precision: 'approximate',
        city: exact.address.city,
        state: exact.address.state,
      });
      expect(text).not.toContain(exact.address.address1);
      const { body: search } = await server.get(
        `/api/v1/listings?place=${encodeURIComponent(metroOf(name)!.place)}&kind=shelter&limit=100`,
      );
      const inSearch = search.results.find((r: { id: string }) => r.id === seedId(name));
      expect(inSearch.location).toEqual(body.location);
    }
  });

  test('their public point differs from the exact one, which only the private table holds', async () => {
    for (const [name, listing] of confidentialEntries) {
      const exact = listing.location!;
      const priv = await database.db
        .selectFrom('listing_private_location')
        .selectAll()
        .where('listing_id', '=', seedId(name))
        .executeTakeFirstOrThrow();
      expect({
        latitude: priv.latitude,
        longitude: priv.longitude,
        address1: priv.address_1,
        postalCode: priv.postal_code,
      }).toEqual({
        latitude: exact.latitude,
        longitude: exact.longitude,
        address1: exact.address.address1,
        postalCode: exact.address.postalCode,
      });
      const { body } = await server.get(`/api/v1/listings/${seedId(name)}`);
      expect(body.location.latitude).not.toBe(priv.latitude);
      expect(body.location.longitude).not.toBe(priv.longitude);
    }
  });
});

describe('seeding', () => {
  test('the first run inserted every seed listing and a second run inserts none', async () => {
    expect(firstSeedCount).toBe(Object.keys(nationalListings).length + demoEntries.length);
    expect(await seedDatabase(database.db, 'demo')).toBe(0);
    const { count } = await database.db
      .selectFrom('listing')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(firstSeedCount);
  });
});
