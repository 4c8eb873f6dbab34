// Bad input to GET /api/v1/listings is a 400 naming the parameter; no query string at all can make it fail with a 5xx.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { ErrorResponse } from '@contract/error';
import { SearchResponse } from '@contract/search';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS } from '@contract/vocabulary';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  // A few listings so that searches that get through validation also run the queries and the views.
  const hours = { timeZone: 'America/Denver', openings: [{ day: 'mo' as const, opensAt: '09:00', closesAt: '17:00' }] };
  await insertListing(database.db, aListing('shelter', { latitude: 31.76, longitude: -106.49 }, { hours }));
  await insertListing(database.db, aListing('accompaniment', { latitude: 31.8, longitude: -106.4 }));
  await insertListing(
    database.db,
    aListing(
      'shelter',
      { latitude: 31.77, longitude: -106.45 },
      {
        location: {
          privacy: 'confidential',
          address: { address1: '9 Hidden Rd', city: 'El Paso', state: 'TX', postalCode: '79936' },
          latitude: 31.77,
          longitude: -106.45,
        },
      },
    ),
  );
  await insertListing(database.db, aNationwideListing('legal_help'));
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

/** The error body, checked against the contract's one error shape. */
function expectError(response: { status: number; body: unknown }, status: number, code: string) {
  expect(response.status).toBe(status);
  const parsed = ErrorResponse.safeParse(response.body);
  expect(parsed.success).toBe(true);
  expect(parsed.data!.error.code).toBe(code);
  expect(parsed.data!.error.message.length).toBeGreaterThan(10);
  return parsed.data!.error;
}

describe('each bad parameter is a 400 invalid_parameter that names it', () => {
  const longQ = 'niños '.repeat(34); // 204 characters
  test.each<[string, string, string]>([
    ['latitude above 90', 'near=91,0', 'near'],
    ['longitude above 180', 'near=0,181', 'near'],
    ['near that is not numbers', 'near=abc', 'near'],
    ['bbox with south above north', 'bbox=-106.6,31.9,-106.2,31.6', 'bbox'],
    ['bbox with 3 numbers', 'bbox=-106.6,31.6,-106.2', 'bbox'],
    ['radiusKm of 0', 'zip=79901&radiusKm=0', 'radiusKm'],
    ['radiusKm of 10000', 'zip=79901&radiusKm=10000', 'radiusKm'],
    ['radiusKm that is not a number', 'zip=79901&radiusKm=abc', 'radiusKm'],
    ['limit of 0', 'zip=79901&limit=0', 'limit'],
    ['limit of 101', 'zip=79901&limit=101', 'limit'],
    ['limit of 1.5', 'zip=79901&limit=1.5', 'limit'],
    ['an unknown kind', 'zip=79901&kind=unknown', 'kind'],
    ['an unknown kind among known ones', 'zip=79901&kind=shelter,unknown', 'kind'],
    ['goods no shelter takes', 'zip=79901&accepts=gold', 'accepts'],
    ['an unknown service', 'zip=79901&service=teleport', 'service'],
    ['a language that is no ISO 639 code', 'zip=79901&language=Spanish', 'language'],
    ['openNow that is not true or false', 'zip=79901&openNow=maybe', 'openNow'],
    ['a four-digit ZIP', 'zip=1234', 'zip'],
    ['a parameter given twice', 'zip=79901&zip=79902', 'zip'],
    ['q longer than 200 characters', `zip=79901&q=${encodeURIComponent(longQ)}`, 'q'],
    ['an unknown format', 'zip=79901&format=xml', 'format'],
    ['q with a NUL character, which PostgreSQL text cannot hold', 'zip=79901&q=abc%00def', 'q'],
  ])('%s (%s)', async (_name, query, parameter) => {
    const error = expectError(await server.get(`/api/v1/listings?${query}`), 400, 'invalid_parameter');
    // The first segment of a detail's path is the query parameter (list items add their index, as in kind.1).
    expect(error.details?.length).toBeGreaterThan(0);
    expect(error.details!.map((d) => d.parameter.split('.')[0])).toEqual(error.details!.map(() => parameter));
    for (const detail of error.details!) expect(detail.message.length).toBeGreaterThan(3);
    expect(error.message).toContain(parameter);
  });

  test('several bad parameters are all named in one answer', async () => {
    const error = expectError(
      await server.get('/api/v1/listings?zip=79901&limit=0&radiusKm=abc&kind=castle'),
      400,
      'invalid_parameter',
    );
    expect(new Set(error.details!.map((d) => d.parameter.split('.')[0]))).toEqual(
      new Set(['limit', 'radiusKm', 'kind']),
    );
  });

  test('the same values within their bounds are accepted (the table above tests the bounds, not the parameters)', async () => {
    for (const query of [
      'near=90,0',
      'near=0,180',
      'near=-90,-180',
      'bbox=-106.6,31.6,-106.2,31.9',
      'zip=79901&radiusKm=0.1',
      'zip=79901&radiusKm=500',
      'zip=79901&limit=1',
      'zip=79901&limit=100',
      'zip=79901&kind=shelter&accepts=books&openNow=false',
      `zip=79901&q=${'a'.repeat(200)}`,
    ]) {
      const response = await server.get(`/api/v1/listings?${query}`);
      expect([query, response.status]).toEqual([query, 200]);
    }
  });
});

test('an unknown API path is a 404 not_found in the error shape', async () => {
  for (const path of ['/api/v1/nothing-here', '/api/v2/listings', '/api/v1/listings/abc/def']) {
    const response = await server.get(path);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(expectError(response, 404, 'not_found').message).toContain(path);
  }
});

describe('no query string produces a 5xx', () => {
  const PARAMETERS = [
    'near',
    'zip',
    'place',
    'bbox',
    'radiusKm',
    'kind',
    'accepts',
    'service',
    'language',
    'q',
    'openNow',
    'limit',
    'cursor',
    'format',
  ];
  const KNOWN_CODES = [
    'invalid_parameter',
    'invalid_cursor',
    'missing_origin',
    'conflicting_origins',
    'unknown_zip',
    'unknown_place',
  ];

  const hugeNumber = fc.oneof(
    fc.constantFrom(
      '1e308',
      '1e400',
      '-1e400',
      'Infinity',
      '-Infinity',
      'NaN',
      '-0',
      '0x1F',
      '9'.repeat(400),
      `0.${'0'.repeat(300)}1`,
    ),
    fc.double().map(String),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  );
  const plausible = fc.constantFrom(
    '79901',
    '85001',
    '00000',
    'El Paso, TX',
    'Cañon City',
    '31.76,-106.49',
    '91,0',
    '-106.6,31.6,-106.2,31.9',
    '180,-90,-180,90',
    'true',
    'false',
    '1',
    '0',
    'geojson',
    'json',
    'es',
    'quc',
    'niños',
    'books libros',
    '"quoted phrase" -not OR this',
    ':*&|!()<->',
    ...LISTING_KINDS,
    ...ACCEPTED_GOODS,
    ...ACCOMPANIMENT_SERVICES,
  );
  const numberPair = fc.tuple(hugeNumber, hugeNumber).map(([a, b]) => `${a},${b}`);
  const value = fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 3 }, // any code point, NUL and lone surrogates included
    { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
    { arbitrary: hugeNumber, weight: 2 },
    { arbitrary: numberPair, weight: 2 },
    { arbitrary: plausible, weight: 4 },
    { arbitrary: fc.constant(''), weight: 1 },
    { arbitrary: fc.string({ maxLength: 400 }).map((s) => s.repeat(3)), weight: 1 },
  );
  const key = fc.oneof(
    { arbitrary: fc.constantFrom(...PARAMETERS), weight: 9 },
    { arbitrary: fc.constantFrom('kind[]', 'unknown', '__proto__', 'constructor', ''), weight: 1 },
  );
  // Each entry is one key with one or more values: several values arrive as an array (zip=1&zip=2).
  const entries = fc.array(fc.tuple(key, fc.array(value, { minLength: 1, maxLength: 3 })), { maxLength: 8 });
  // Raw pieces URLSearchParams would never write: bad percent escapes, encoded NUL and invalid UTF-8.
  const rawTail = fc.array(
    fc.constantFrom(
      'q=%00',
      'place=%00',
      'zip=%FF',
      'q=%E0%A4',
      'q=%',
      'near=%zz',
      '&&',
      '=',
      'kind=%2C%2C',
      'q=%ED%A0%80',
      'cursor=%00.%00',
    ),
    { maxLength: 3 },
  );

  // Half the time a valid origin comes first, so that odd values of the other parameters reach the database.
  const origin = fc.oneof(
    fc.constant(''),
    fc.constantFrom('zip=79901', 'near=31.76,-106.49', 'place=El+Paso,+TX', 'bbox=-107,31,-106,32'),
  );

  test('every answer is 200, 400 or 404, and every error is in the error shape with a known code', async () => {
    await fc.assert(
      fc.asyncProperty(origin, entries, rawTail, async (start, pairs, tail) => {
        const params = new URLSearchParams(start);
        for (const [k, values] of pairs) for (const v of values) params.append(k, v);
        const query = [params.toString(), ...tail].filter(Boolean).join('&');
        const response = await server.get(`/api/v1/listings?${query}`);
        expect([200, 400, 404]).toContain(response.status);
        if (response.status === 200 && response.body.type === 'FeatureCollection') {
          expect(Array.isArray(response.body.features)).toBe(true); // format=geojson
        } else if (response.status === 200) {
          expect(SearchResponse.safeParse(response.body).success).toBe(true);
        } else {
          const parsed = ErrorResponse.safeParse(response.body);
          expect(parsed.success).toBe(true);
          expect(KNOWN_CODES).toContain(parsed.data!.error.code);
        }
      }),
      { numRuns: 400, seed: 20261127 },
    );
  });

  test.each([
    'zip=79901&q=%00',
    'place=El%00Paso',
    'zip=79901&cursor=%00',
    'zip=79901&q=%ED%A0%80',
    'zip=79901&q=%FF%FE',
    'zip=79901&language=e%00',
  ])('%s is not a 5xx', async (query) => {
    const response = await server.get(`/api/v1/listings?${query}`);
    expect([200, 400, 404]).toContain(response.status);
  });
});
