// /ways-to-help: server-rendered without scripts, in English and Spanish, the House finder filled in with the ZIP and
// the Senate's list opened at its state; a bad ZIP or state is said on the page (200), never a 400 or a 500, and what
// the visitor typed comes back only as text.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import type { DatabaseHandle } from '../../server/db/database';

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

const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

test.each([
  ['/ways-to-help', 'en', 'Ways to help', ['Call your representatives', 'If someone you know is detained']],
  ['/ways-to-help?lang=es', 'es', 'Cómo ayudar', ['Llame a sus representantes', 'Si detienen a alguien que conoce']],
])('%s is a whole page in %s, without scripts', async (path, language, title, headings) => {
  const page = await server.get(path);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
  expect(page.text).toMatch(/^<!doctype html>/);
  expect(page.text).toContain(`<html lang="${language}">`);
  expect(page.text).toContain(`<h1>${title}</h1>`);
  for (const heading of headings) expect(page.text).toContain(`>${heading}</h2>`);
  expect(page.text).not.toMatch(/<script|\sstyle=|\son\w+=/i);
  // A public page (cache-headers.ts); private only when ?lang= set this visitor's language cookie.
  expect(page.headers.get('cache-control')).toMatch(language === 'en' ? /^public, max-age=/ : /^private, max-age=/);
  expect(page.headers.get('etag')).toBeTruthy();
});

test('it gives the numbers of the guide as tel: links, and every way to help has its link', async () => {
  const en = (await server.get('/ways-to-help')).text;
  expect(en).toContain('<a class="phone" href="tel:+12022243121">(202) 224-3121</a>');
  expect(en).toContain('<a class="phone" href="tel:+18882721913">1-888-272-1913</a>');
  expect(en).toContain('<strong>566#</strong>');
  for (const href of [
    'https://ziplook.house.gov/htbin/findrep_house"',
    'https://www.senate.gov/senators/senators-contact.htm"',
    'https://www.ailalawyer.com"',
    'https://www.usccb.org/issues-and-action/marriage-and-family/children/foster-care"',
    'https://www.globalrefuge.org',
    'https://www.freedomforimmigrants.org/visitor-volunteer-resources"',
    'https://supportkind.org"',
    'https://www.uusc.org/resources/tools-for-taking-action/humanitarian-crises-resources/refugee-toolkit/welcoming-actions/"',
    'https://www.unhcr.org"',
    'https://www.acf.hhs.gov/orr"',
  ])
    expect(en).toContain(`href="${href}`);
  const text = visibleText(en);
  for (const ask of ['Keep families together', 'with a lawyer', 'alternatives to detention', 'open to visitors'])
    expect(text).toContain(ask);
  const es = visibleText((await server.get('/ways-to-help?lang=es')).text);
  for (const fact of ['Mantener a las familias unidas', 'con un abogado', '566#', '1-888-272-1913', '(202) 224-3121'])
    expect(es).toContain(fact);
});

test('a ZIP fills in the House finder with itself and the Senate list with its state, and the links near it', async () => {
  const page = await server.get('/ways-to-help?zip=79901');
  expect(page.status).toBe(200);
  expect(page.text).toContain('href="https://ziplook.house.gov/htbin/findrep_house?ZIP=79901"');
  expect(page.text).toContain('href="https://www.senate.gov/senators/senators-contact.htm?State=TX"');
  expect(page.text).toContain('href="/facilities?zip=79901"'); // the facilities near it
  expect(page.text).toContain('href="/?zip=79901&amp;kind=shelter"'); // the shelters near it, on the map
  expect(page.text).toContain('value="79901"'); // the form keeps it
  expect(page.text).toContain('href="/ways-to-help?zip=79901&amp;lang=es" hreflang="es"'); // the switch keeps it
  expect(visibleText(page.text)).toContain('Filled in for ZIP code 79901 (TX).');
  // A ZIP+4 is read as its five digits (the log and the finders never see the +4).
  const plusFour = await server.get('/ways-to-help?zip=79901-1234&lang=es');
  expect(plusFour.text).toContain('findrep_house?ZIP=79901"');
  expect(plusFour.text).not.toContain('1234');
  expect(plusFour.text).toContain('href="/facilities?zip=79901&amp;lang=es"');
});

test('a state alone opens the Senate list at it; the House finder then opens without a ZIP', async () => {
  const page = await server.get('/ways-to-help?state=nm');
  expect(page.text).toContain('senators-contact.htm?State=NM"');
  expect(page.text).toContain('href="https://ziplook.house.gov/htbin/findrep_house"');
});

test.each([
  ['zip=hello', 'is not a ZIP code', 'no es un código postal'],
  ['zip=00000', 'We do not know the ZIP code 00000', 'No conocemos el código postal 00000'],
  ['state=ZZ', 'is not a US state code', 'no es el código de un estado'],
])('?%s is said on the page in both languages, with the links opening without it', async (query, en, es) => {
  for (const [lang, message] of [
    ['en', en],
    ['es', es],
  ] as const) {
    const page = await server.get(`/ways-to-help?${query}&lang=${lang}`);
    expect(page.status).toBe(200);
    expect(visibleText(page.text)).toContain(message);
    expect(page.text).toContain('href="https://ziplook.house.gov/htbin/findrep_house"');
    expect(page.text).toContain('href="https://www.senate.gov/senators/senators-contact.htm"');
  }
});

test('what the visitor typed comes back only as text', async () => {
  const attack = encodeURIComponent('"><script>alert(1)</script>');
  for (const query of [`zip=${attack}`, `state=${attack}`, `zip=${attack}&state=${attack}&lang=es`]) {
    const page = await server.get(`/ways-to-help?${query}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/<script/i);
    expect(page.text).toContain('&quot;&gt;&lt;script&gt;');
  }
});

test('every server page footer links Ways to help and the facilities, in its language', async () => {
  const about = (await server.get('/about?lang=es')).text;
  expect(about).toContain('<a href="/ways-to-help?lang=es">Cómo ayudar</a>');
  expect(about).toContain('<a href="/facilities?lang=es">Centros de detención</a>');
  const help = (await server.get('/ways-to-help?zip=79901')).text;
  expect(help).toContain('<a href="/ways-to-help?zip=79901">Ways to help</a>');
});

test('the stylesheet is served as CSS', async () => {
  const css = await server.get('/help-pages.css');
  expect(css.status).toBe(200);
  expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  expect((await server.get('/ways-to-help')).text).toContain('<link rel="stylesheet" href="/help-pages.css" />');
});

test.each(['en', 'es'])('every way to help gives its source (%s)', async (lang) => {
  const sections = (await server.get(`/ways-to-help?lang=${lang}`)).text.split('<section').slice(1);
  expect(sections.map((s) => /id="([^"]+)"/.exec(s)?.[1])).toEqual([
    'representatives',
    'visit',
    'welcome',
    'foster',
    'detained',
    'organizations',
  ]);
  // Each section but the organizations (which is links to them) ends with its source, a link outside Puente.
  for (const section of sections.slice(0, 5)) expect(section).toMatch(/<p class="source">[^<]*<a href="https:\/\//);
});
