// The server-rendered pages over real HTTP: the language (?lang=, then the cookie, then
// Accept-Language), the sitemap (published listings only) and robots.txt, organization text with
// </script> escaped in the HTML and in the embedded JSON, the 404 and bad-search pages (HTML in the
// page's language, never the API's JSON).
import { ensureClientBuild } from '../../client/build/client-build';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;
const ids: Record<string, string> = {};

const EL_PASO = { latitude: 31.7619, longitude: -106.485 };
const HOSTILE = 'Casa </script><script>alert(1)</script> & "Hogar" <b>';

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  ids.published = await insertListing(database.db, aListing('shelter', EL_PASO, { name: 'Published Shelter' }));
  ids.pending = await insertListing(
    database.db,
    aListing('shelter', EL_PASO, { name: 'Pending Shelter', status: 'pending' }),
  );
  ids.hostile = await insertListing(
    database.db,
    aListing(
      'accompaniment',
      { latitude: 31.77, longitude: -106.49 },
      { name: HOSTILE, description: { en: `Text </script><img src=x onerror=alert(2)> ${HOSTILE}` } },
    ),
  );
  server = await startTestServer(database.db);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const htmlLang = (html: string) => /<html lang="(\w+)"/.exec(html)?.[1];

describe('language', () => {
  test.each([
    ['es', 'es'],
    ['es-MX,es;q=0.9,en;q=0.5', 'es'],
    ['es-US', 'es'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR', 'en'],
  ])('Accept-Language %s gives a page in %s', async (header, lang) => {
    const page = await server.get('/?zip=79901', { 'Accept-Language': header });
    expect(page.status).toBe(200);
    expect(htmlLang(page.text)).toBe(lang);
    expect(page.text).toContain(lang === 'es' ? 'Agregue su organización' : 'Add your organization');
    expect(page.headers.get('vary')).toMatch(/Accept-Language.*Cookie/);
  });

  test('the cookie wins over Accept-Language, and ?lang= over both', async () => {
    expect(htmlLang((await server.get('/', { 'Accept-Language': 'es-MX', Cookie: 'lang=en' })).text)).toBe('en');
    expect(htmlLang((await server.get('/', { 'Accept-Language': 'en', Cookie: 'other=1; lang=es' })).text)).toBe('es');
    expect(htmlLang((await server.get('/?lang=en', { 'Accept-Language': 'es', Cookie: 'lang=es' })).text)).toBe('en');
    expect(htmlLang((await server.get(`/listings/${ids.published}?lang=es`, { Cookie: 'lang=en' })).text)).toBe('es');
  });

  test('a page opened with ?lang= remembers it for a year (SameSite=Lax); one without sets nothing', async () => {
    const page = await server.get('/?lang=es');
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lang=es;/);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await server.get('/')).headers.get('set-cookie')).toBeNull();
  });

  test('the <noscript> note, the description and the switch are in the page language', async () => {
    const es = (await server.get('/', { 'Accept-Language': 'es' })).text;
    expect(es).toMatch(/<noscript><p [^>]*>Sin JavaScript puede ver la lista/);
    expect(es).toContain('content="Encuentre albergues');
    expect(es).toMatch(/id="language-switch" href="\/\?lang=en"/);
    const en = (await server.get('/')).text;
    expect(en).toMatch(/<noscript><p [^>]*>Without JavaScript you see the list/);
    expect(en).toMatch(/id="language-switch" href="\/\?lang=es"/);
  });
});

describe('sitemap and robots', () => {
  test('sitemap.xml lists the home page and every published listing, and nothing else', async () => {
    const sitemap = await server.get('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/);
    const locs = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      `${server.baseUrl}/`,
      ...[ids.published, ids.hostile].sort().map((id) => `${server.baseUrl}/listings/${id}`),
    ]);
    expect(sitemap.text).not.toContain(ids.pending);
    expect(sitemap.text).toContain(`hreflang="es" href="${server.baseUrl}/listings/${ids.published}?lang=es"`);
  });

  test('robots.txt points to the sitemap and keeps crawlers off the private pages', async () => {
    const robots = await server.get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.text).toContain(`Sitemap: ${server.baseUrl}/sitemap.xml`);
    for (const path of ['/moderate.html', '/edit.html', '/api/v1/moderation'])
      expect(robots.text).toContain(`Disallow: ${path}\n`);
  });
});

describe('escaping', () => {
  test('organization text with </script> stays text in the search page and in its embedded JSON', async () => {
    const page = await server.get('/?zip=79901');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain('Casa &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; "Hogar" &lt;b&gt;');
    // One script element for the data, and it holds the name exactly, readable as JSON.
    const embedded =
      /<script (?:type="application\/json" id="initial-search"|id="initial-search" type="application\/json")>([^<]*)<\/script>/.exec(
        page.text,
      );
    expect(embedded).not.toBeNull();
    const data = JSON.parse(embedded![1]!) as { query: string; response: { results: Array<{ name: string }> } };
    expect(data.response.results.map((r) => r.name)).toContain(HOSTILE);
    expect(data.query).toBe(new URLSearchParams({ zip: '79901', radiusKm: '48.28', limit: '50' }).toString());
  });

  test('a listing page keeps it text in the body, the attributes and the JSON-LD', async () => {
    const page = await server.get(`/listings/${ids.hostile}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/<script>alert|<img src=x/);
    const ogTitle = /<meta content="([^"]*)" property="og:title">|<meta property="og:title" content="([^"]*)">/.exec(
      page.text,
    );
    expect(ogTitle).not.toBeNull();
    expect(decode(ogTitle![1] ?? ogTitle![2]!)).toBe(HOSTILE);
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page.text);
    expect(ld).not.toBeNull();
    expect((JSON.parse(ld![1]!) as { name: string }).name).toBe(HOSTILE);
  });
});

test.each([
  ['/?near=31.77,-106.49&kind=shelter', 'Published Shelter', 'Casa &lt;/script&gt;'],
  ['/?place=El+Paso,+TX&kind=accompaniment', 'Casa &lt;/script&gt;', 'Published Shelter'],
])('%s lists what the same API search finds, and only that', async (path, shown, left) => {
  const page = await server.get(path);
  expect(page.status).toBe(200);
  const list = /<ol [^>]*id="result-list"[^>]*>([\s\S]*?)<\/ol>/.exec(page.text)?.[1] ?? '';
  expect(list).toContain(shown);
  expect(list).not.toContain(left);
});

test('a map link with a listing open (?listing=) shows its details in the panel', async () => {
  const page = await server.get(`/?zip=79901&listing=${ids.published}`);
  expect(page.status).toBe(200);
  expect(page.text).toMatch(/<body [^>]*data-detail="open"/);
  const panel = /<section [^>]*id="listing-detail"[^>]*>([\s\S]*?)<\/section>\s*<section/.exec(page.text)?.[1] ?? '';
  expect(panel).toContain('Published Shelter');
  expect(panel).toContain('href="tel:5550100"');
  expect(panel).toContain('href="/?zip=79901"');
});

describe('pages for what is not there', () => {
  test('an unknown or unpublished listing is a 404 page in the page language', async () => {
    for (const id of [ids.pending, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const page = await server.get(`/listings/${id}`, { 'Accept-Language': 'es' });
      expect(page.status).toBe(404);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.text).toContain('Página no encontrada');
      expect(page.text).not.toContain('Pending Shelter');
    }
  });

  test('an unknown ZIP renders the search page with the message, not JSON and not a 500', async () => {
    const page = await server.get('/?zip=00000', { 'Accept-Language': 'es' });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('No encontramos ese código postal');
    const typed = await server.get('/?q=%3C'); // "<": neither a ZIP nor a place
    expect(typed.status).toBe(400);
    expect(typed.headers.get('content-type')).toMatch(/^text\/html/);
    expect(typed.text).toContain('value="&lt;"');
  });

  test('the search form without JavaScript is answered with the search address', async () => {
    const res = await fetch(`${server.baseUrl}/?q=79901&radiusKm=80.47&units=mi&kind=shelter&lang=es`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?zip=79901&radiusKm=80.47&kind=shelter&units=mi&lang=es');
  });
});

function decode(attribute: string): string {
  return attribute
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// axe's heading-order: a heading is at most one level below the one before it (Lighthouse counts it).
describe('heading order', () => {
  const skips = (html: string) => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
    return levels.filter((level, index) => level > (index === 0 ? 1 : levels[index - 1]! + 1));
  };
  test.each([
    ['a listing page', () => `/listings/${ids.published}`],
    ['a listing page in Spanish', () => `/listings/${ids.published}?lang=es`],
    ['a search page', () => '/?zip=79901'],
    ['a search page with a listing open', () => `/?zip=79901&listing=${ids.published}`],
  ])('%s never skips a heading level', async (_name, path) => {
    const page = await server.get(path());
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<h[1-6][\s>]/);
    expect(skips(page.text)).toEqual([]);
  });
});
