// /facilities/{id} and /facilities?zip=: server-rendered without scripts in English and Spanish; a facility with its
// published visitors and accompaniers, or the empty state that says what starting a visitation program takes; the 404
// page (HTML) for an unknown id; a bad place said on the page, never a 400 or a 500; organization and facility text
// only as text.
import type { DatabaseHandle } from '../../server/db/database';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;
const ids: Record<string, string> = {};

const HOSTILE = 'Visitas </script><script>alert(1)</script> & "Amigos" <b>';
const EL_PASO = { latitude: 31.7619, longitude: -106.485 };
const facility = (code: string, name: string, latitude: number, longitude: number, extra: object = {}) => ({
  code,
  name,
  type: 'contract_facility' as const,
  city: 'El Paso',
  state: 'TX' as const,
  latitude,
  longitude,
  sourceName: 'Puente demo data',
  asOf: '2026-12-01',
  ...extra,
});

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  ids.visited = (
    await upsertFacility(
      db,
      facility('TEST-VISITED', 'Sample Visited Processing Center', 31.8, -106.42, {
        operator: 'Operator <img src=x onerror=alert(2)>',
        address1: '8915 Montana Ave',
        postalCode: '79925',
        iceFieldOffice: 'El Paso',
        visitingPhone: '915-555-0199',
        sourceUrl: 'https://example.org/facilities?a=1&b=2',
        isSample: true,
      }),
    )
  ).id;
  ids.empty = (
    await upsertFacility(db, facility('TEST-EMPTY', 'Sample Unvisited Jail <script>alert(3)</script>', 31.9, -106.6))
  ).id;
  const visits = {
    kind: 'visitation_program' as const,
    facility: { code: 'TEST-VISITED', name: 'x', city: 'x', state: 'TX' as const },
  };
  ids.visitor = await insertListing(db, aListing('visitation_program', EL_PASO, { name: HOSTILE, details: visits }));
  ids.pending = await insertListing(
    db,
    aListing('visitation_program', EL_PASO, { name: 'Pending Visitors', status: 'pending', details: visits }),
  );
  ids.accompanier = await insertListing(
    db,
    aListing('accompaniment', EL_PASO, {
      name: 'Released Families Accompaniment',
      details: { kind: 'accompaniment', services: ['court'], releasedFrom: [{ code: 'TEST-VISITED' }] },
    }),
  );
  server = await startTestServer(database.db);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
// No script, no inline style or handler in any tag (escaped text may say "onerror=": it is text).
const noScripts = (html: string) => expect(html).not.toMatch(/<script|<img|<[^>]*\s(style|on\w+)=/i);

test('a facility page names the facility, how to ask about visiting, its source, who visits and who accompanies', async () => {
  const page = await server.get(`/facilities/${ids.visited}`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
  expect(page.text).toContain('<html lang="en">');
  expect(page.text).toContain('<h1>Sample Visited Processing Center</h1>');
  const text = visibleText(page.text);
  for (const fact of [
    'Sample facility',
    'Contract detention facility',
    '8915 Montana Ave',
    'El Paso, TX 79925',
    'ICE field office El Paso',
    'as of December 1, 2026',
    'Who visits people held here',
    'Who accompanies people released from here',
    'Released Families Accompaniment',
  ])
    expect(text).toContain(fact);
  expect(page.text).toContain('<a class="phone" href="tel:9155550199">915-555-0199</a>');
  expect(page.text).toContain('href="https://example.org/facilities?a=1&amp;b=2"');
  expect(page.text).toContain(`href="/listings/${ids.visitor}"`);
  expect(page.text).toContain(`href="/listings/${ids.accompanier}"`);
  expect(page.text).not.toContain('Pending Visitors'); // published listings only
  expect(page.text).not.toContain('No visitation program listed here yet');
  expect(page.text).toContain('href="/?near=31.8,-106.42&amp;radiusKm=25"'); // the map's own URL format
  expect(page.text).toContain('href="/facilities?near=31.8,-106.42"');
  noScripts(page.text);
  // Organization and facility text arrive only as text.
  expect(page.text).toContain(
    'Visitas &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Amigos&quot; &lt;b&gt;',
  );
  expect(page.text).toContain('Operator &lt;img src=x onerror=alert(2)&gt;');
});

test('in Spanish, with the page in the other language one link away', async () => {
  const page = await server.get(`/facilities/${ids.visited}?lang=es`);
  expect(page.text).toContain('<html lang="es">');
  const text = visibleText(page.text);
  for (const fact of [
    'Centro de ejemplo',
    'Centro de detención por contrato',
    'Quién visita a las personas detenidas aquí',
    'al 1 de diciembre de 2026',
  ])
    expect(text).toContain(fact);
  expect(page.text).toContain(`href="/listings/${ids.visitor}?lang=es"`);
  expect(page.text).toContain(`href="/facilities/${ids.visited}?lang=en" hreflang="en"`);
});

test.each([
  ['en', '', 'No visitation program listed here yet', 'add your organization', '/submit.html"'],
  [
    'es',
    '?lang=es',
    'Todavía no hay un programa de visitas registrado aquí',
    'agregue su organización',
    '/submit.html?lang=es"',
  ],
])(
  'a facility no one visits says so in %s, and what starting a program takes',
  async (_l, query, title, add, submit) => {
    const page = await server.get(`/facilities/${ids.empty}${query}`);
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    expect(text).toContain(title);
    expect(text).toContain(add);
    expect(page.text).toContain(`href="${submit}`);
    expect(page.text).toContain('href="https://www.freedomforimmigrants.org/visitor-volunteer-resources"');
    expect(page.text).not.toContain('Sample facility'); // not marked as a sample
  },
);

test.each([
  ['/facilities/00000000-0000-4000-8000-000000000000', 'Facility not found', 'en'],
  ['/facilities/00000000-0000-4000-8000-000000000000?lang=es', 'Centro no encontrado', 'es'],
  ['/facilities/not-a-uuid', 'Facility not found', 'en'],
  [`/facilities/${encodeURIComponent('"><script>alert(1)</script>')}`, 'Facility not found', 'en'],
])('%s is the 404 page, in HTML', async (path, title, language) => {
  const page = await server.get(path);
  expect(page.status).toBe(404);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page.text).toContain(`<html lang="${language}">`);
  expect(page.text).toContain(`<h1>${title}</h1>`);
  expect(page.text).toContain('<meta name="robots" content="noindex" />');
  expect(page.headers.get('cache-control')).toBe('no-store'); // an error is never kept
  noScripts(page.text);
});

test('the facilities near a ZIP, nearest first, each with its visitors and a link to its page', async () => {
  const page = await server.get('/facilities?zip=79901');
  expect(page.status).toBe(200);
  const text = visibleText(page.text);
  expect(text).toContain('2 facilities within 62 mi of 79901 (El Paso, TX), nearest first.');
  expect(text).toContain('1 visitation program');
  expect(text).toContain('No visitation program yet');
  const visited = page.text.indexOf(`href="/facilities/${ids.visited}"`);
  const empty = page.text.indexOf(`href="/facilities/${ids.empty}"`);
  expect(visited).toBeGreaterThan(0);
  expect(empty).toBeGreaterThan(visited); // nearer first
  expect(page.text).toContain('value="79901"');
  expect(page.text).toContain('<a href="/ways-to-help?zip=79901">'); // the footer keeps the ZIP
  expect(page.text).toContain('Sample Unvisited Jail &lt;script&gt;alert(3)&lt;/script&gt;</a>'); // names as text
  noScripts(page.text);
  const es = visibleText((await server.get('/facilities?zip=79901&lang=es')).text);
  expect(es).toContain('2 centros a menos de');
  expect(es).toContain('Todavía sin programa de visitas');
});

test('a point or a place works as well as a ZIP', async () => {
  expect(visibleText((await server.get('/facilities?near=31.8,-106.42')).text)).toContain('2 facilities within');
  expect(visibleText((await server.get('/facilities?place=El+Paso%2C+TX')).text)).toContain('2 facilities within');
  const far = visibleText((await server.get('/facilities?zip=10001')).text);
  expect(far).toContain('No detention facility listed within 62 mi of 10001');
});

test('without a place the page is the form', async () => {
  const page = await server.get('/facilities?lang=es');
  expect(page.status).toBe(200);
  expect(page.text).toContain('<form class="place-form" method="get" action="/facilities">');
  expect(page.text).toContain('<input type="hidden" name="lang" value="es" />');
  expect(page.text).not.toContain('class="entries"');
});

test.each([
  ['zip=hello', /(ZIP|postal)/],
  ['zip=00000', /00000/],
  ['near=abc', /(ZIP|postal)/],
  ['place=Nowhere%2C+ZZ', /Nowhere/],
  [`zip=${encodeURIComponent('"><script>alert(1)</script>')}`, /(ZIP|postal)/],
])('?%s is said on the page (200), never a 400 or a 500', async (query, message) => {
  for (const lang of ['en', 'es']) {
    const page = await server.get(`/facilities?${query}&lang=${lang}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('class="note"');
    expect(visibleText(page.text)).toMatch(message);
    expect(visibleText(page.text)).toMatch(lang === 'en' ? /try another ZIP code/i : /pruebe con otro código postal/i);
    noScripts(page.text);
  }
});
