// The search page, server-rendered, announces the Atom feed of needs near the searched place: <link rel="alternate">
// in its head (what feed readers look for) and a visible "Follow needs near here" link, in the page's language; none
// without a place or for a map view. The feed it names answers.
import { ensureClientBuild } from '../../client/build/client-build';
import type { DatabaseHandle } from '../../server/db/database';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  server = await startTestServer(database.db);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const alternate = (html: string) => {
  const tag = /<link [^>]*type="application\/atom\+xml"[^>]*>/.exec(html)?.[0];
  return tag && [attribute(tag, 'rel'), attribute(tag, 'href'), attribute(tag, 'title')];
};
const visible = (html: string) => {
  const paragraph = /<p class="feed-link" id="needs-feed"( hidden(?:="")?)?>\s*<a ([^>]*)>([^<]*)<\/a>/.exec(html);
  return paragraph && [Boolean(paragraph[1]), attribute(paragraph[2]!, 'href'), paragraph[3]];
};

test.each([
  [
    '/?zip=79901',
    '/feeds/needs.atom?zip=79901&amp;radiusKm=48.28' /* the map's default, 30 miles in English */,
    "Shelters' needs near here",
    'Follow needs near here (Atom feed)',
  ],
  [
    '/?zip=79901&radiusKm=25&lang=es',
    '/feeds/needs.atom?zip=79901&amp;radiusKm=25&amp;lang=es',
    'Necesidades de albergues cerca de aquí',
    'Seguir las necesidades cerca de aquí (canal Atom)',
  ],
  [
    '/?near=31.76,-106.49&radiusKm=10',
    '/feeds/needs.atom?near=31.76%2C-106.49&amp;radiusKm=10',
    "Shelters' needs near here",
    'Follow needs near here (Atom feed)',
  ],
])('%s names the feed in its head and shows the link', async (path, href, title, text) => {
  const page = await server.get(path);
  expect(page.status).toBe(200);
  expect(alternate(page.text)).toEqual(['alternate', href, title]);
  expect(visible(page.text)).toEqual([false, href, text]);
  const feed = await server.get(href.replaceAll('&amp;', '&'));
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
});

test.each(['/', '/?bbox=-106.6,31.6,-106.2,31.9'])('%s names no feed: there is no place to follow', async (path) => {
  const page = await server.get(path);
  expect(page.status).toBe(200);
  expect(alternate(page.text)).toBeUndefined();
  expect(visible(page.text)?.[0]).toBe(true);
  expect(page.text).not.toContain('/feeds/needs.atom?');
});
