// GET /feeds/needs.atom: the current needs of published shelters near a place, as Atom 1.0 (RFC 4287). Parsed with
// an XML parser: namespace, the required elements of the feed and of each entry; needs leave on the day after their
// last day in the shelter's time zone (the app's clock); a confidential shelter is in it by its public cell only.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { ADDRESS_BEFORE, PRIVATE_STRINGS } from '../helpers/confidential-scene';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

const ATOM = 'http://www.w3.org/2005/Atom';
const EL_PASO = { latitude: 31.7619, longitude: -106.485 };
const HOURS = { timeZone: 'America/Denver', openings: [] };
let database: DatabaseHandle;
let server: TestServer;
let clock = new Date('2026-12-10T18:00:00Z'); // 11:00 on the 10th in El Paso
const ids: Record<string, string> = {};

const shelter = (name: string, needs: { en?: string; es?: string }, expiresOn: string, point = EL_PASO) =>
  aListing('shelter', point, {
    name,
    hours: HOURS,
    details: {
      kind: 'shelter',
      acceptedGoods: ['clothing'],
      volunteerActivities: [],
      currentNeeds: { text: needs, expiresOn },
    },
  });

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  ids.today = await insertListing(db, shelter('Casa Hoy', { en: 'Diapers size 5 <b>now</b>' }, '2026-12-10'));
  ids.later = await insertListing(
    db,
    shelter('Casa Luego', { en: 'Winter coats', es: 'Abrigos de invierno' }, '2026-12-31', {
      latitude: 31.78,
      longitude: -106.45,
    }),
  );
  ids.expired = await insertListing(db, shelter('Casa Ayer', { en: 'Blankets' }, '2026-12-09'));
  ids.far = await insertListing(
    db,
    shelter('Casa Lejos', { en: 'Shoes' }, '2026-12-31', { latitude: 29.42, longitude: -98.49 }),
  );
  ids.pending = await insertListing(db, {
    ...shelter('Casa Pendiente', { en: 'Soap' }, '2026-12-31'),
    status: 'pending',
  });
  ids.none = await insertListing(db, aListing('shelter', EL_PASO, { name: 'Casa Sin Necesidades' }));
  ids.other = await insertListing(db, aListing('accompaniment', EL_PASO, { name: 'Companions' }));
  const confidential = shelter('Casa Secreta', { en: 'Baby formula' }, '2026-12-31', EL_PASO);
  ids.confidential = await insertListing(db, {
    ...confidential,
    location: { privacy: 'confidential', address: ADDRESS_BEFORE, latitude: 31.7702, longitude: -106.4431 },
  });
  // The most recently changed first: Casa Luego, then Casa Hoy, then the confidential one.
  for (const [key, at] of [
    ['later', '2026-12-09T10:00:00Z'],
    ['today', '2026-12-08T10:00:00Z'],
    ['confidential', '2026-12-07T10:00:00Z'],
  ] as const)
    await sql`UPDATE listing SET updated_at = ${at}::timestamptz WHERE id = ${ids[key]}`.execute(db);
  server = await startTestServer(db, { now: () => clock });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

type Node = Record<string, any>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['entry', 'link', 'author'].includes(name),
});

async function feed(query: string): Promise<{ feed: Node; entries: Node[]; text: string }> {
  const res = await server.get(`/feeds/needs.atom?${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  expect(XMLValidator.validate(res.text)).toBe(true);
  const root = parser.parse(res.text).feed as Node;
  return { feed: root, entries: root.entry ?? [], text: res.text };
}

const text = (node: unknown): string =>
  (typeof node === 'object' && node !== null ? (node as Node)['#text'] : node) as string;
const nameOf = (entry: Node) => text(entry.title);
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

test('the feed is Atom 1.0 with the required elements of the feed and each entry (RFC 4287 section 4.1)', async () => {
  clock = new Date('2026-12-10T18:00:00Z');
  const { feed: root, entries } = await feed('zip=79901&radiusKm=50');
  expect(root['@_xmlns']).toBe(ATOM);
  expect(root.id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/needs\.atom\?zip=79901&radiusKm=50$/);
  expect(text(root.title)).toContain('79901');
  expect(root.updated).toMatch(RFC3339);
  expect(root.author[0].name).toBe('Puente');
  const rels = Object.fromEntries((root.link as Node[]).map((l) => [l['@_rel'], l['@_href']]));
  expect(rels.self).toBe(root.id);
  expect(rels.alternate).toMatch(/\/\?zip=79901&radiusKm=50&kind=shelter$/);
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameOf(entry)).toMatch(/ needs$/);
    expect(entry.updated).toMatch(RFC3339);
    expect(entry.author[0].name).toBeTruthy();
    expect(entry.link[0]['@_href']).toMatch(/\/listings\/[0-9a-f-]{36}$/);
    expect(entry.content['@_type']).toBe('html');
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
});

test('only published shelters within the radius with needs today, the most recently changed first', async () => {
  clock = new Date('2026-12-10T18:00:00Z');
  const { entries, feed: root } = await feed('zip=79901');
  expect(entries.map(nameOf)).toEqual(['Casa Luego needs', 'Casa Hoy needs', 'Casa Secreta needs']);
  expect(root.updated).toBe('2026-12-09T10:00:00.000Z');
  expect(entries[0]!.updated).toBe('2026-12-09T10:00:00.000Z');
  // The same need keeps its id from one read to the next.
  expect((await feed('zip=79901')).entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
});

test("a need is in the feed through its last day in the shelter's time zone, and gone the day after", async () => {
  clock = new Date('2026-12-11T06:59:00Z'); // 23:59 on the 10th in El Paso (already the 11th in UTC)
  expect((await feed('zip=79901')).entries.map(nameOf)).toContain('Casa Hoy needs');
  clock = new Date('2026-12-11T07:01:00Z'); // 00:01 on the 11th in El Paso
  const { entries } = await feed('zip=79901');
  expect(entries.map(nameOf)).toEqual(['Casa Luego needs', 'Casa Secreta needs']);
});

test("the shelters' text is escaped for the reader; an exact shelter gives its address", async () => {
  clock = new Date('2026-12-10T18:00:00Z');
  const { entries, text: raw } = await feed('near=31.7619,-106.485&radiusKm=10');
  const today = entries.find((e) => nameOf(e) === 'Casa Hoy needs')!;
  expect(text(today.content)).toContain('Diapers size 5 &#60;b&#62;now&#60;/b&#62;');
  expect(text(today.content)).toContain('1 Test St, Testville, TX, 79901');
  expect(text(today.content)).toContain('Until December 10, 2026.');
  expect(raw).not.toContain('<b>now');
});

test('a confidential shelter is there by its public cell only: no street, no ZIP, said to be approximate', async () => {
  clock = new Date('2026-12-10T18:00:00Z');
  const { entries, text: raw } = await feed('zip=79901');
  const secret = entries.find((e) => nameOf(e) === 'Casa Secreta needs')!;
  expect(text(secret.content)).toContain('Hidden Springs, TX');
  expect(text(secret.content)).toContain('Approximate location: call for the address.');
  for (const privateText of PRIVATE_STRINGS) expect(raw).not.toContain(privateText);
  expect(raw).not.toContain('31.7702');
  expect(raw).not.toContain('-106.4431');
});

test('?lang=es gives Spanish words and the Spanish text where the shelter wrote one', async () => {
  clock = new Date('2026-12-10T18:00:00Z');
  const { entries, feed: root } = await feed('zip=79901&lang=es');
  expect(text(root.title)).toMatch(/^Necesidades de albergues cerca de 79901/);
  expect(root.id).toMatch(/zip=79901&radiusKm=50&lang=es$/);
  const later = entries.find((e) => nameOf(e) === 'Casa Luego necesita')!;
  expect(text(later.content)).toContain('Abrigos de invierno');
  expect(text(later.content)).toContain('Hasta el 31 de diciembre de 2026.');
  expect(later.link[0]['@_href']).toMatch(/\/listings\/[0-9a-f-]{36}\?lang=es$/);
  // Written in English only: the English text.
  expect(text(entries.find((e) => nameOf(e) === 'Casa Hoy necesita')!.content)).toContain('Diapers size 5');
});

test('bad input is a 400 in plain text naming what to fix, never a 500', async () => {
  for (const [query, status, words] of [
    ['zip=abc', 400, 'a five-digit ZIP code such as 79901'],
    ['zip=7990', 400, 'ZIP'],
    ['', 400, 'zip'],
    ['zip=79901&near=31,-106', 400, 'near'],
    ['zip=79901&radiusKm=9000', 400, 'radiusKm'],
    ['zip=79901&lang=fr', 400, 'lang'],
    ['zip=79901&bbox=-107,31,-106,32', 400, 'bbox'],
    ['zip=00000', 404, '00000'],
  ] as const) {
    const res = await server.get(`/feeds/needs.atom?${query}`);
    expect([query, res.status]).toEqual([query, status]);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.text).toContain(words);
  }
  const es = await server.get('/feeds/needs.atom?zip=abc', { 'Accept-Language': 'es' });
  expect(es.status).toBe(400);
  expect(es.text).toContain('un código postal de cinco dígitos');
});

test('the feed is a public read: any origin may fetch it, and caches may keep it', async () => {
  const res = await server.get('/feeds/needs.atom?zip=79901');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
  expect(res.headers.get('etag')).toBeTruthy();
});
