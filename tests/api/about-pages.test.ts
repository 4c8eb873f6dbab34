// /about and /privacy: server-rendered (no script needed), in English and Spanish by ?lang=, the
// `lang` cookie or Accept-Language, naming who runs the instance (INSTANCE_NAME, INSTANCE_CONTACT)
// as text, never as markup; unset, they say plainly that this is an unconfigured demo.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let configured: TestServer;
let unconfigured: TestServer;
let hostile: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  [configured, unconfigured, hostile] = await Promise.all([
    startTestServer(database.db, {
      instance: { name: 'Casa Puente El Paso', contact: { type: 'email', value: 'help@casa.example.org' } },
    }),
    startTestServer(database.db),
    startTestServer(database.db, {
      instance: {
        name: '<script>alert(1)</script> & "Friends"',
        contact: { type: 'url', value: 'https://x.example.org/?a=1&b="><img src=x onerror=alert(1)>' },
      },
    }),
  ]);
});

afterAll(async () => {
  await Promise.all([configured?.close(), unconfigured?.close(), hostile?.close()]);
  await database?.close();
});

const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

test.each([
  ['/about', 'en', 'About Puente', 'Who runs this site', 'How listings are checked'],
  ['/about?lang=es', 'es', 'Acerca de Puente', 'Quién administra este sitio', 'Cómo se revisan los anuncios'],
  ['/privacy', 'en', 'Privacy', 'What is stored', 'Cookies'],
  ['/privacy?lang=es', 'es', 'Privacidad', 'Qué se guarda', 'Cookies'],
])(
  '%s answers in %s with the operator named, as a whole page without scripts',
  async (path, language, title, ...headings) => {
    const page = await configured.get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(page.text).toMatch(/^<!doctype html>/);
    expect(page.text).toContain(`<html lang="${language}">`);
    expect(page.text).toContain(`<h1>${title}</h1>`);
    for (const heading of headings) expect(page.text).toContain(`>${heading}</h2>`);
    expect(visibleText(page.text)).toContain('Casa Puente El Paso');
    expect(page.text).toContain('<a href="mailto:help@casa.example.org">help@casa.example.org</a>');
    expect(page.text).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    // The page CSP applies (no inline anything).
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  },
);

test('the privacy page says what is stored and what is not, in both languages', async () => {
  const en = visibleText((await configured.get('/privacy')).text);
  for (const fact of [
    'no account',
    '2 decimals',
    'ZIP+4',
    'never the words you type',
    'lang',
    'moderator',
    'about 5 km',
  ])
    expect(en).toContain(fact);
  const es = visibleText((await configured.get('/privacy?lang=es')).text);
  for (const fact of [
    'ninguna cuenta',
    '2 decimales',
    'ZIP+4',
    'nunca las palabras que escribe',
    'lang',
    'moderador',
    'unos 5 km',
  ])
    expect(es).toContain(fact);
});

test('the about page says how listings are checked', async () => {
  const en = visibleText((await configured.get('/about')).text);
  for (const fact of ['A moderator approves every new listing and every change', 'about 5 km', 'Report a problem'])
    expect(en).toContain(fact);
  const es = visibleText((await configured.get('/about?lang=es')).text);
  for (const fact of ['Un moderador aprueba cada anuncio nuevo y cada cambio', 'unos 5 km', 'Reportar un problema'])
    expect(es).toContain(fact);
});

test.each([
  ['the lang cookie', { cookie: 'other=1; lang=es' }, 'es'],
  ['Accept-Language es-MX', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' }, 'es'],
  ['Accept-Language preferring English', { 'accept-language': 'en-US,es;q=0.3' }, 'en'],
  ['Accept-Language French only', { 'accept-language': 'fr-FR' }, 'en'],
  ['?lang= over the cookie', { cookie: 'lang=es' }, 'en', '?lang=en'],
  ['the cookie over Accept-Language', { cookie: 'lang=en', 'accept-language': 'es' }, 'en'],
  ['a cookie that is no language', { cookie: 'lang=xx', 'accept-language': 'es' }, 'es'],
])('the language comes from %s', async (_what, headers, language, query = '') => {
  const page = await configured.get(`/about${query}`, headers as Record<string, string>);
  expect(page.text).toContain(`<html lang="${language}">`);
  expect(page.headers.get('vary')).toMatch(/Accept-Language/i);
  expect(page.headers.get('vary')).toMatch(/Cookie/i);
});

test('a language named in the link is remembered in the lang cookie, as on the other pages', async () => {
  expect((await configured.get('/privacy?lang=es')).headers.get('set-cookie')).toMatch(/^lang=es;/);
  expect((await configured.get('/privacy')).headers.get('set-cookie')).toBeNull();
});

test('each page links the other, the map and itself in the other language', async () => {
  const en = (await configured.get('/about')).text;
  expect(en).toContain('href="/privacy"');
  expect(en).toContain('href="/"');
  expect(en).toMatch(/<a href="\/about\?lang=es" hreflang="es" lang="es">Español<\/a>/);
  const es = (await configured.get('/privacy?lang=es')).text;
  expect(es).toContain('href="/about?lang=es"');
  expect(es).toContain('href="/?lang=es"');
  expect(es).toMatch(/<a href="\/privacy\?lang=en" hreflang="en" lang="en">English<\/a>/);
});

test.each(['/about', '/about?lang=es', '/privacy', '/privacy?lang=es'])(
  '%s without settings says it is an unconfigured demo',
  async (path) => {
    const page = await unconfigured.get(path);
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    expect(text).toMatch(path.includes('es') ? /demostración sin configurar/ : /unconfigured demo/);
    expect(text).toContain('INSTANCE_NAME');
    expect(page.text).not.toContain('mailto:');
  },
);

test.each(['/about', '/privacy?lang=es'])(
  '%s writes the operator name and contact as text, never as markup',
  async (path) => {
    const page = await hostile.get(path);
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/<script|<img/i);
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Friends&quot;');
    expect(page.text).toContain('href="https://x.example.org/?a=1&amp;b=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  },
);
