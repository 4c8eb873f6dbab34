// Keyset cursors: they round-trip, and any change to one (or use with another query or secret) is refused.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { decodeCursor, encodeCursor, queryIdentity } from '../../../server/db/pagination';

const SECRET = 'test-secret-0123456789abcdef';
const aKey = fc.record({ knn: fc.double({ min: 0, max: 2 * 6_378_168, noNaN: true }), id: fc.uuid() });
const aQuery = fc.array(fc.oneof(fc.double({ noNaN: true }), fc.string()), { maxLength: 5 }).map(queryIdentity);
// Characters a cursor may contain (base64url and the dot), and a few it may not.
const cursorCharacter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ %é');

test('a cursor decodes to the key it was made from, for the same query and secret', () => {
  fc.assert(
    fc.property(aKey, aQuery, (key, query) => {
      const cursor = encodeCursor(key, query, SECRET);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/); // safe in a URL as it is
      expect(decodeCursor(cursor, query, SECRET)).toEqual(key);
    }),
  );
});

test('changing any one character of a cursor makes it invalid', () => {
  fc.assert(
    fc.property(aKey, aQuery, fc.nat(), cursorCharacter, (key, query, where, replacement) => {
      const cursor = encodeCursor(key, query, SECRET);
      const i = where % cursor.length;
      fc.pre(cursor[i] !== replacement);
      const altered = cursor.slice(0, i) + replacement + cursor.slice(i + 1);
      expect(decodeCursor(altered, query, SECRET)).toBeNull();
    }),
    { numRuns: 2000 },
  );
});

test('dropping or adding a character makes it invalid', () => {
  fc.assert(
    fc.property(aKey, aQuery, fc.nat(), cursorCharacter, (key, query, where, extra) => {
      const cursor = encodeCursor(key, query, SECRET);
      const i = where % cursor.length;
      expect(decodeCursor(cursor.slice(0, i) + cursor.slice(i + 1), query, SECRET)).toBeNull();
      const at = where % (cursor.length + 1); // insertion points include the very end
      expect(decodeCursor(cursor.slice(0, at) + extra + cursor.slice(at), query, SECRET)).toBeNull();
    }),
    { numRuns: 500 },
  );
});

test('a valid cursor with text appended, or put in front, is refused', () => {
  const query = queryIdentity(['q']);
  const cursor = encodeCursor({ knn: 1234.5, id: '4a2b3c4d-1111-4222-8333-944455556666' }, query, SECRET);
  expect(decodeCursor(cursor, query, SECRET)).not.toBeNull();
  const [body, signature] = cursor.split('.') as [string, string];
  // A third dot-separated part (empty, text, or the signature again), a longer signature, padding, stray characters.
  for (const suffix of ['.', '.x', `.${signature}`, `.${body}`, 'x', 'A', '=', '==', ' ', '%20', '&limit=5'])
    expect({ suffix, decoded: decodeCursor(cursor + suffix, query, SECRET) }).toEqual({ suffix, decoded: null });
  for (const prefix of ['.', 'x', ' ', `${body}.`])
    expect({ prefix, decoded: decodeCursor(prefix + cursor, query, SECRET) }).toEqual({ prefix, decoded: null });
});

test('a cursor from another query, or signed with another secret, is refused', () => {
  fc.assert(
    fc.property(aKey, aQuery, aQuery, (key, query, other) => {
      fc.pre(query !== other);
      const cursor = encodeCursor(key, query, SECRET);
      expect(decodeCursor(cursor, other, SECRET)).toBeNull();
      expect(decodeCursor(cursor, query, 'another-secret-0123456789')).toBeNull();
    }),
  );
});

test('a forged cursor with a valid signature over a bad payload is refused, not thrown', () => {
  // Re-signing needs the secret, so these only test the payload checks behind a correct signature.
  const query = queryIdentity(['q']);
  const signed = (payload: unknown) => {
    const body = Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload)).toString('base64url');
    return `${body}.${createHmac('sha256', SECRET).update(`${body}\n${query}`).digest('base64url').slice(0, 22)}`;
  };
  const id = '4a2b3c4d-1111-4222-8333-944455556666';
  expect(decodeCursor(signed({ k: 1, i: id }), query, SECRET)).toEqual({ knn: 1, id });
  expect(decodeCursor(signed('not json'), query, SECRET)).toBeNull();
  expect(decodeCursor(signed({ k: -1, i: id }), query, SECRET)).toBeNull();
  expect(decodeCursor(signed({ k: 1, i: 'not-a-uuid' }), query, SECRET)).toBeNull();
  expect(decodeCursor(signed({ k: 1 }), query, SECRET)).toBeNull();
  expect(decodeCursor(signed({ k: 1, i: id, extra: true }), query, SECRET)).toBeNull();
  // Signed without the query's identity (the body alone): not a cursor of this query.
  const bodyOnly = Buffer.from(JSON.stringify({ k: 1, i: id })).toString('base64url');
  expect(
    decodeCursor(
      `${bodyOnly}.${createHmac('sha256', SECRET).update(bodyOnly).digest('base64url').slice(0, 22)}`,
      query,
      SECRET,
    ),
  ).toBeNull();
});

test('query identities are stable and tell queries apart', () => {
  expect(queryIdentity([31.76, -106.49, 50000, { kinds: ['shelter'] }])).toBe(
    queryIdentity([31.76, -106.49, 50000, { kinds: ['shelter'] }]),
  );
  expect(queryIdentity([31.76, -106.49, 50000, { kinds: ['shelter'] }])).not.toBe(
    queryIdentity([31.76, -106.49, 50000, { kinds: ['accompaniment'] }]),
  );
});
