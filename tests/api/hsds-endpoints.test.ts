// Every /api/hsds endpoint (list and single, full and not, ndjson lines) answers what the official HSDS 3.0 schemas
// allow, with the spec's Page object; only published listings; filters and proximity order on real data; 404s and 400s
// in the API's error shape.
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { aFullListing } from '../helpers/full-request-fixtures';
import { expectValid, hsdsAjv } from '../helpers/hsds-schemas';
import { insertListing } from '../../server/listings/listings.writer';
import { taxonomyOf, termOf } from '../../server/hsds/taxonomy';
import type { DatabaseHandle } from '../../server/db/database';
import { LISTING_KINDS, type ListingKind } from '@contract/vocabulary';

let database: DatabaseHandle;
let server: TestServer;
const ajv = hsdsAjv();
const NOW = new Date('2026-12-02T18:00:00Z');

const EL_PASO_79901 = { latitude: 31.7587, longitude: -106.4869 }; // about the ZIP's centre
const LAS_CRUCES = { latitude: 32.3199, longitude: -106.7637 }; // ~ 70 km away
const ALBUQUERQUE = { latitude: 35.0844, longitude: -106.6504 }; // ~ 370 km away
const ids = {} as Record<ListingKind | 'near' | 'far' | 'nationwide' | 'pending' | 'confidential', string>;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.transaction().execute(async (trx) => {
    for (const kind of LISTING_KINDS)
      ids[kind] = await insertListing(trx, { ...aFullListing(kind), status: 'published' });
    ids.near = await insertListing(
      trx,
      aListing('accompaniment', EL_PASO_79901, { name: 'Acompañamiento cercano', languages: ['es', 'quc'] }),
    );
    ids.far = await insertListing(trx, aListing('accompaniment', ALBUQUERQUE, { name: 'Far accompaniment' }));
    ids.nationwide = await insertListing(trx, aNationwideListing('legal_help'));
    ids.pending = await insertListing(trx, aListing('shelter', EL_PASO_79901, { status: 'pending', name: 'Pending' }));
    const c = aListing('shelter', LAS_CRUCES);
    ids.confidential = await insertListing(trx, { ...c, location: { ...c.location!, privacy: 'confidential' } });
  });
  server = await startTestServer(database.db, { now: () => NOW });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const PUBLISHED = () => LISTING_KINDS.length + 4;

async function getJson(path: string, headers: Record<string, string> = {}) {
  const res = await server.get(path, headers);
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return res.body;
}

async function getPage(path: string, itemSchema: string) {
  const body = await getJson(path);
  expectValid(ajv, 'Page', body);
  for (const item of body.contents) expectValid(ajv, itemSchema, item);
  return body;
}

async function getNdjson(path: string, itemSchema: string) {
  const res = await fetch(server.baseUrl + path); // not server.get, which would parse the body as one JSON value
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
  const lines = (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  for (const line of lines) expectValid(ajv, itemSchema, line);
  return lines;
}

test('/ names the version, the profile and the OpenAPI document', async () => {
  const body = await getJson('/api/hsds');
  expect(await getJson('/api/hsds/')).toEqual(body);
  expect(body).toEqual({
    version: '3.0',
    profile: expect.stringContaining(taxonomyOf('profile').id),
    openapi_url: `${server.baseUrl}/api/openapi.json`,
  });
  expect(
    (await server.get(new URL(body.profile).pathname + new URL(body.profile).search)).body.total_items,
  ).toBeGreaterThan(10);
});

describe('services', () => {
  test('list, full list, single and ndjson match the spec, published only', async () => {
    const list = await getPage('/api/hsds/services?per_page=100', 'compiled/service_list.json');
    expect(list).toMatchObject({
      total_items: PUBLISHED(),
      total_pages: 1,
      page_number: 1,
      size: PUBLISHED(),
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(list.contents.map((s: { id: string }) => s.id)).not.toContain(ids.pending);
    expect(list.contents[0]).not.toHaveProperty('phones');
    const full = await getPage('/api/hsds/services?full=true&per_page=100', 'compiled/service.json');
    expect(full.contents.every((s: { attributes?: unknown[] }) => s.attributes!.length > 0)).toBe(true);
    for (const kind of LISTING_KINDS) {
      const one = await getJson(`/api/hsds/services/${ids[kind]}`);
      expectValid(ajv, 'compiled/service.json', one);
      expect(one).toMatchObject({ id: ids[kind], name: `Full ${kind}`, status: 'active' });
    }
    const lines = await getNdjson('/api/hsds/services?format=ndjson&full=true', 'compiled/service.json');
    expect(lines.map((l) => l.id).sort()).toEqual(full.contents.map((s: { id: string }) => s.id).sort());
    expect((await getNdjson('/api/hsds/services?format=ndjson', 'compiled/service_list.json')).length).toBe(
      PUBLISHED(),
    );
  });

  test('pages: sizes, counts, first and last', async () => {
    const first = await getPage('/api/hsds/services?per_page=4', 'compiled/service_list.json');
    const pages = Math.ceil(PUBLISHED() / 4);
    expect(first).toMatchObject({
      total_items: PUBLISHED(),
      total_pages: pages,
      size: 4,
      first_page: true,
      last_page: false,
    });
    const last = await getPage(`/api/hsds/services?per_page=4&page=${pages}`, 'compiled/service_list.json');
    expect(last).toMatchObject({
      page_number: pages,
      size: PUBLISHED() - 4 * (pages - 1),
      first_page: false,
      last_page: true,
    });
    const beyond = await getPage(`/api/hsds/services?per_page=4&page=${pages + 1}`, 'compiled/service_list.json');
    expect(beyond).toMatchObject({ size: 0, contents: [], empty: false });
    const none = await getPage('/api/hsds/services?search=zzzyyyxxx', 'compiled/service_list.json');
    expect(none).toMatchObject({ total_items: 0, total_pages: 0, empty: true, contents: [] });
  });

  test('filters: term, taxonomy, organization, search, modified_after', async () => {
    const idsOf = async (query: string) =>
      (await getPage(`/api/hsds/services?per_page=100&${query}`, 'compiled/service_list.json')).contents
        .map((s: { id: string }) => s.id)
        .sort();
    expect(await idsOf(`taxonomy_term_id=${termOf('kind', 'accompaniment').id}`)).toEqual(
      [ids.accompaniment, ids.near, ids.far].sort(),
    );
    expect(await idsOf(`taxonomy_term_id=${termOf('accepted_goods', 'clothing').id}`)).toEqual(
      [ids.shelter, ids.confidential].sort(),
    );
    expect(await idsOf(`taxonomy_term_id=${termOf('volunteer_activity', 'story_time').id}`)).toEqual(
      [ids.shelter, ids.confidential].sort(),
    );
    expect(await idsOf(`taxonomy_term_id=${termOf('accompaniment_service', 'ice_checkin').id}`)).toEqual(
      [ids.near, ids.far].sort(),
    );
    expect(await idsOf(`taxonomy_id=${taxonomyOf('accompaniment_service').id}`)).toHaveLength(3);
    expect(await idsOf(`taxonomy_term_id=${termOf('language', 'es').id}`)).toHaveLength(PUBLISHED());
    expect(await idsOf(`taxonomy_term_id=${termOf('language', 'quc').id}`)).toEqual([ids.near]);
    expect(await idsOf(`taxonomy_id=${taxonomyOf('language').id}`)).toHaveLength(PUBLISHED());
    expect(await idsOf(`taxonomy_term_id=${randomUUID()}`)).toEqual([]);
    const org = (await getJson(`/api/hsds/services/${ids.far}`)).organization_id;
    expect(await idsOf(`organization_id=${org}`)).toEqual([ids.far]);
    expect(await idsOf('search=acompa%C3%B1amiento%20cercano')).toEqual([ids.near]);
    expect(await idsOf('modified_after=2999-01-01T00:00:00Z')).toEqual([]);
    expect(await idsOf('modified_after=2000-01-01')).toHaveLength(PUBLISHED());
  });

  test('postcode orders by distance to the public point; proximity keeps those within it', async () => {
    const near = await getPage(
      '/api/hsds/service_at_locations?postcode=79901&per_page=100',
      'compiled/service_at_location_list.json',
    );
    const order = near.contents.map((s: { service_id: string }) => s.service_id);
    expect(order[0]).toBe(ids.near);
    expect(order.at(-1)).toBe(ids.far);
    expect(order).not.toContain(ids.nationwide); // no place, no service_at_location
    const within = await getPage(
      '/api/hsds/services?postcode=79901&proximity=100000&per_page=100',
      'compiled/service_list.json',
    );
    const withinIds = within.contents.map((s: { id: string }) => s.id);
    expect(withinIds[0]).toBe(ids.near);
    expect(withinIds).toContain(ids.confidential); // its cell centre in Las Cruces, ~70 km
    expect(withinIds).not.toContain(ids.far);
    expect(withinIds).not.toContain(ids.nationwide);
    expect(within.total_items).toBe(withinIds.length);
    const tight = await getPage('/api/hsds/services?postcode=79901&proximity=5000', 'compiled/service_list.json');
    expect(tight.contents.map((s: { id: string }) => s.id)).toEqual([ids.near]);
  });
});

describe('service_at_locations', () => {
  test('list, full list, single and ndjson match the spec', async () => {
    const list = await getPage('/api/hsds/service_at_locations?per_page=100', 'compiled/service_at_location_list.json');
    expect(list.total_items).toBe(PUBLISHED() - 1); // the nationwide resource has no place
    const full = await getPage(
      '/api/hsds/service_at_locations?full=true&per_page=100',
      'compiled/service_at_location.json',
    );
    const one = await getJson(`/api/hsds/service_at_locations/${full.contents[0].id}`);
    expectValid(ajv, 'compiled/service_at_location.json', one);
    expect(one).toEqual(full.contents[0]);
    await getNdjson('/api/hsds/service_at_locations?format=ndjson', 'compiled/service_at_location_list.json');
    await getNdjson('/api/hsds/service_at_locations?format=ndjson&full=true', 'compiled/service_at_location.json');
  });
});

describe('organizations', () => {
  test('list, full, single and ndjson match the spec; only organizations with a published listing', async () => {
    const list = await getPage('/api/hsds/organizations?per_page=100', 'compiled/organization_list.json');
    expect(list.total_items).toBe(PUBLISHED());
    const full = await getPage(
      '/api/hsds/organizations?full=true&full_service=true&per_page=100',
      'compiled/organization.json',
    );
    expect(full.contents.every((o: { services: unknown[] }) => o.services.length === 1)).toBe(true);
    const id = list.contents[0].id;
    expectValid(ajv, 'compiled/organization.json', await getJson(`/api/hsds/organizations/${id}`));
    const fullOne = await getJson(`/api/hsds/organizations/${id}?full_service=true`);
    expectValid(ajv, 'compiled/organization.json', fullOne);
    expect(fullOne.services[0]).toHaveProperty('attributes');
    // Accents and case aside: every full fixture's organization is "Full Organization".
    const named = await getPage(
      '/api/hsds/organizations?search=FULL%20ORGANIZATI%C3%93N',
      'compiled/organization_list.json',
    );
    expect(named.total_items).toBe(LISTING_KINDS.length);
    expect(
      (await getNdjson('/api/hsds/organizations?format=ndjson&search=full', 'compiled/organization_list.json')).length,
    ).toBe(LISTING_KINDS.length);
    expect((await getNdjson('/api/hsds/organizations?format=ndjson', 'compiled/organization_list.json')).length).toBe(
      PUBLISHED(),
    );
    const pendingOrg = await database.db
      .selectFrom('listing')
      .select('organization_id')
      .where('id', '=', ids.pending)
      .executeTakeFirstOrThrow();
    expect((await server.get(`/api/hsds/organizations/${pendingOrg.organization_id}`)).status).toBe(404);
  });
});

describe('taxonomies and terms', () => {
  test('lists and single items match the spec, with stable ids', async () => {
    const taxonomies = await getPage('/api/hsds/taxonomies', 'taxonomy.json');
    expect(taxonomies.total_items).toBe(6);
    expectValid(ajv, 'taxonomy.json', await getJson(`/api/hsds/taxonomies/${taxonomyOf('kind').id}`));
    const terms = await getPage(`/api/hsds/taxonomy_terms?taxonomy_id=${taxonomyOf('kind').id}`, 'taxonomy_term.json');
    expect(terms.contents.map((t: { code: string }) => t.code)).toEqual(LISTING_KINDS.map((k) => `kind/${k}`));
    const term = await getJson(`/api/hsds/taxonomy_terms/${termOf('kind', 'shelter').id}`);
    expectValid(ajv, 'taxonomy_term.json', term);
    expect(term.id).toBe('b2e9b27a-d954-5b7c-b355-a5b256ca24d7'); // stable across releases: never change the namespace
    await getNdjson('/api/hsds/taxonomy_terms?format=ndjson', 'taxonomy_term.json');
    expect((await getPage('/api/hsds/taxonomy_terms?search=ropa%20clothing', 'taxonomy_term.json')).total_items).toBe(
      0,
    );
    expect((await getPage('/api/hsds/taxonomy_terms?search=clothing', 'taxonomy_term.json')).total_items).toBe(1);
  });
});

describe('errors', () => {
  test.each([
    ['/api/hsds/services/', 'service_not_found'],
    ['/api/hsds/service_at_locations/', 'service_at_location_not_found'],
    ['/api/hsds/organizations/', 'organization_not_found'],
    ['/api/hsds/taxonomies/', 'taxonomy_not_found'],
    ['/api/hsds/taxonomy_terms/', 'taxonomy_term_not_found'],
  ])('%s{unknown id} is a 404 %s', async (path, code) => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const { status, body } = await server.get(path + id);
      expect({ status, code: body.error.code }).toEqual({ status: 404, code });
    }
    const es = await server.get(path + randomUUID(), { 'Accept-Language': 'es' });
    expect(es.body.error.message).toMatch(/Ning/);
  });

  test('a pending listing is not found', async () => {
    expect((await server.get(`/api/hsds/services/${ids.pending}`)).status).toBe(404);
  });

  test('bad parameters are 400s that name them, in Spanish when asked', async () => {
    for (const query of [
      'per_page=101',
      'page=0',
      'proximity=1000',
      'full=yes',
      'format=xml',
      'postcode=7990',
      'taxonomy_term_id=x',
      'modified_after=yesterday',
      'nope=1',
    ]) {
      const { status, body } = await server.get(`/api/hsds/services?${query}`);
      expect({ query, status, code: body.error.code }).toEqual({ query, status: 400, code: 'invalid_parameter' });
    }
    const es = await server.get('/api/hsds/services?postcode=7990', { 'Accept-Language': 'es' });
    expect(es.body.error.message).toMatch(/código postal de cinco dígitos/);
    const noPostcode = await server.get('/api/hsds/services?proximity=1000', { 'Accept-Language': 'es' });
    expect(noPostcode.body.error.details).toEqual([
      { parameter: 'proximity', message: 'proximity necesita un postcode desde donde medir' },
    ]);
    const unknown = await server.get('/api/hsds/services?postcode=00000');
    expect({ status: unknown.status, code: unknown.body.error.code }).toEqual({ status: 404, code: 'unknown_zip' });
  });
});
