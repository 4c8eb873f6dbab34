// The rules of cache-headers.ts for every input: a strong ETag names exactly its bytes; If-None-Match matches by weak
// comparison, in any list, and `*`; an encoded tag matches only where that encoding is still accepted; the settings.
import type { Request } from 'express';
import fc from 'fast-check';
import { ConfigError, loadConfig } from '../../../server/config';
import {
  DEFAULT_HTTP_CACHE_POLICY,
  encodedETag,
  matchingETag,
  publicCacheControl,
  strongETag,
} from '../../../server/http/cache-headers';

/** A request that accepts exactly `encodings` (what matchingETag asks of it). */
const accepting = (encodings: string[]) =>
  ({ acceptsEncodings: (e: string) => (encodings.includes(e) ? e : false) }) as unknown as Request;
const bodies = fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes));
const otherTags = fc.array(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/).map((t) => `"x${t}"`),
  { maxLength: 4 },
);

test('a strong ETag is a quoted 22-character hash of the bytes: equal bytes, equal tags; different bytes, different tags', () => {
  fc.assert(
    fc.property(bodies, bodies, (a, b) => {
      expect(strongETag(a)).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
      expect(strongETag(a) === strongETag(b)).toBe(a.equals(b));
    }),
  );
});

test('If-None-Match holding the tag, weak or strong, anywhere in a list, matches; a list without it does not', () => {
  fc.assert(
    fc.property(bodies, otherTags, otherTags, fc.boolean(), (body, before, after, weak) => {
      const tag = strongETag(body);
      const header = [...before, `${weak ? 'W/' : ''}${tag}`, ...after].join(', ');
      expect(matchingETag(accepting([]), header, tag)).toBe(tag);
      expect(matchingETag(accepting(['br', 'gzip']), [...before, ...after].join(', ') || '"none"', tag)).toBeNull();
      expect(matchingETag(accepting([]), ' * ', tag)).toBe(tag);
    }),
  );
});

test("an encoding's tag matches only while the request accepts that encoding, and the 304 carries that tag", () => {
  fc.assert(
    fc.property(bodies, fc.constantFrom('br', 'gzip'), fc.subarray(['br', 'gzip']), (body, encoding, accepted) => {
      const tag = strongETag(body);
      const encoded = encodedETag(tag, encoding);
      expect(encoded).toBe(`${tag.slice(0, -1)}-${encoding}"`);
      expect(matchingETag(accepting(accepted), `W/${encoded}`, tag)).toBe(accepted.includes(encoding) ? encoded : null);
    }),
  );
});

test('a weak tag, or identity, keeps its tag whatever the encoding', () => {
  expect(encodedETag('W/"abc"', 'br')).toBe('W/"abc"');
  expect(encodedETag('"abc"', 'identity')).toBe('"abc"');
});

test('CACHE_MAX_AGE_SECONDS and CACHE_STALE_SECONDS: 60 and 300 unset, read when set, refused when not whole seconds', () => {
  expect(loadConfig({}).httpCache).toEqual(DEFAULT_HTTP_CACHE_POLICY);
  expect(publicCacheControl(loadConfig({}).httpCache)).toBe('public, max-age=60, stale-while-revalidate=300');
  expect(loadConfig({ CACHE_MAX_AGE_SECONDS: '0', CACHE_STALE_SECONDS: '30' }).httpCache).toEqual({
    maxAgeSeconds: 0,
    staleSeconds: 30,
  });
  expect(() => loadConfig({ CACHE_MAX_AGE_SECONDS: '1.5' })).toThrow(ConfigError);
  expect(() => loadConfig({ CACHE_STALE_SECONDS: '-1' })).toThrow(/CACHE_STALE_SECONDS/);
});
