// HTTP caching. Public reads (search, detail, GeoJSON, HSDS, exports, templates, the server pages, the OpenAPI
// document) may be kept by browsers, CDNs and nginx for a short while: `Cache-Control: public, max-age, stale-while-
// revalidate`, a strong ETag over the exact bytes, 304 on If-None-Match, Vary on what changes the answer. Private
// answers (moderation, edit links, sessions, what a POST answers) are `no-store`. Errors are never kept.
// Why, and how the streamed downloads get their ETag: docs/decisions/0060-http-caching.md.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { isPublicReadPath } from './cors';

/** How long a public read may be reused: fresh for maxAgeSeconds, then served stale while revalidating for staleSeconds. */
export interface HttpCachePolicy {
  maxAgeSeconds: number; // CACHE_MAX_AGE_SECONDS
  staleSeconds: number; // CACHE_STALE_SECONDS (stale-while-revalidate)
}

/** One minute fresh, five more stale: a moderation decision reaches every visitor within six minutes. */
export const DEFAULT_HTTP_CACHE_POLICY: HttpCachePolicy = { maxAgeSeconds: 60, staleSeconds: 300 };

/**
 * Up to this many bytes of a streamed answer are held to hash them. A larger one (an export of a directory far past
 * 10,000 listings) goes out as it comes, with Cache-Control but without an ETag: holding it whole would cost its size
 * in memory per download. The decision record gives the sizes measured.
 */
export const ETAG_BUFFER_LIMIT_BYTES = 16 * 1024 * 1024;

/** The headers a shared cache keys a public read on: the format (GeoJSON by Accept), the language, the encoding. */
export const PUBLIC_READ_VARY = ['Accept', 'Accept-Language', 'Accept-Encoding'] as const;

/** The server-rendered pages (server/pages, server/about): public, in the language the URL, cookie or browser picks. */
export const PUBLIC_PAGE_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/index\.html$/,
  /^\/listings\/[^/]+\/?$/,
  /^\/sitemap\.xml$/,
  /^\/robots\.txt$/,
  /^\/about$/,
  /^\/privacy$/,
  /^\/ways-to-help$/, // server/help/
  /^\/facilities(\/[^/]+)?\/?$/, // server/facilities/pages/: the facilities near a place, one facility's page
  /^\/api\/docs\/?$/,
];

/** Every answer under these is private (exact addresses, edit links, sessions), or must be fresh (health), whatever the method. */
export const NO_STORE_PATHS: readonly RegExp[] = [
  /^\/(healthz|readyz)$/, // a load balancer must hear about this instance now, not a minute ago
  /^\/api\/v1\/moderation(\/.*)?$/,
  /^\/api\/v1\/edit(\/.*)?$/,
  /^\/api\/v1\/submissions(\/.*)?$/,
  /^\/api\/v1\/listings\/[^/]+\/reports(\/.*)?$/,
];

/** True for a GET or HEAD whose answer anyone may be given from a cache. */
export function isCacheablePublicRead(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return isPublicReadPath(req.path) || PUBLIC_PAGE_PATHS.some((pattern) => pattern.test(req.path));
}

/** The Cache-Control of a public read under `policy`. */
export function publicCacheControl(policy: HttpCachePolicy): string {
  return `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleSeconds}`;
}

/** A strong ETag naming exactly these bytes (SHA-256, 128 bits in base64url: collisions are not a concern). */
export function strongETag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** The encodings response-compression.ts may give; each has its own ETag, the identity's with a suffix. */
export const ENCODING_SUFFIXES: Readonly<Record<string, string>> = { br: '-br', gzip: '-gzip', deflate: '-deflate' };

/** The ETag of `identityTag`'s body sent in `encoding` (a strong tag only; a weak one may name every encoding). */
export function encodedETag(identityTag: string, encoding: string): string {
  const suffix = ENCODING_SUFFIXES[encoding];
  if (!suffix || !/^"[^"]*"$/.test(identityTag)) return identityTag;
  return `${identityTag.slice(0, -1)}${suffix}"`;
}

/**
 * The tag in `ifNoneMatch` that names the body whose identity ETag is `identityTag`, in an encoding this request
 * accepts; `*` matches any; null when none does. Weak comparison (RFC 9110 §8.8.3.2), as If-None-Match asks (§13.1.2).
 */
export function matchingETag(req: Request, ifNoneMatch: string, identityTag: string): string | null {
  if (ifNoneMatch.trim() === '*') return identityTag;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  for (const candidate of ifNoneMatch.split(',').map(opaque)) {
    if (candidate === identityTag) return identityTag;
    for (const encoding of Object.keys(ENCODING_SUFFIXES)) {
      if (candidate === encodedETag(identityTag, encoding) && req.acceptsEncodings(encoding) === encoding)
        return candidate;
    }
  }
  return null;
}

/** `no-store` on every answer under NO_STORE_PATHS and on what any POST, PUT, PATCH or DELETE answers. */
export const privateAnswers: RequestHandler = (req, res, next) => {
  const unsafe = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
  if (unsafe || NO_STORE_PATHS.some((pattern) => pattern.test(req.path))) res.setHeader('Cache-Control', 'no-store');
  next();
};

/** Caching headers and 304s for the public reads (isCacheablePublicRead); other requests pass untouched. */
export function publicReadCaching(policy: HttpCachePolicy): RequestHandler {
  const cacheControl = publicCacheControl(policy);
  return (req, res, next) => {
    if (!isCacheablePublicRead(req)) return next();
    // The ETag is decided here, over the bytes, and so is the 304: Express's own (weak, in res.send) must not answer first.
    const ifNoneMatch = req.headers['if-none-match'];
    delete req.headers['if-none-match'];
    holdBodyForETag(req, res, (body) => {
      const status = res.statusCode;
      if (status >= 400) {
        // An error (a 404, a 503 while the database is away) must not outlive its cause in anyone's cache.
        res.setHeader('Cache-Control', 'no-store');
        res.removeHeader('ETag');
        return;
      }
      if (status < 200 || status >= 300) return; // redirects keep what they have
      // A language cookie set by ?lang= is this visitor's: a shared cache must not hand it to the next one.
      res.setHeader(
        'Cache-Control',
        res.getHeader('Set-Cookie') ? cacheControl.replace('public', 'private') : cacheControl,
      );
      for (const header of PUBLIC_READ_VARY) res.vary(header);
      if (body === null) {
        res.removeHeader('ETag'); // too large to hold: Cache-Control only
        return;
      }
      const tag = strongETag(body);
      res.setHeader('ETag', tag);
      const matched = ifNoneMatch === undefined ? null : matchingETag(req, ifNoneMatch, tag);
      if (matched === null) return;
      // 304 with the tag the client holds (its encoding's), and no body or body headers.
      res.statusCode = 304;
      res.setHeader('ETag', matched);
      for (const header of ['Content-Type', 'Content-Length', 'Content-Disposition', 'Transfer-Encoding'])
        res.removeHeader(header);
      return 'not-modified';
    });
    next();
  };
}

type Chunk = string | Buffer | Uint8Array;
type Decide = (body: Buffer | null) => 'not-modified' | void;

/**
 * Holds what the route writes (res.write, res.end, res.send) until it ends, up to ETAG_BUFFER_LIMIT_BYTES, then calls
 * `decide` with the whole body before the headers go out (null if it grew past the limit and had to be let go).
 */
function holdBodyForETag(req: Request, res: Response, decide: Decide): void {
  const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding) => Response;
  const send = res.send.bind(res);
  const held: Buffer[] = [];
  let heldBytes = 0;
  let streaming = false; // past the limit, or an answer not worth holding (an error): written as it comes
  // For HEAD, Express's res.send drops the body before res.end sees it; the ETag needs it (Node sends no body for HEAD).
  // Running the rest of the answer as for GET also gives HEAD the encoding and headers GET gets, as RFC 9110 asks.
  const asGet = <T>(run: () => T): T => {
    if (req.method !== 'HEAD') return run();
    req.method = 'GET';
    try {
      return run();
    } finally {
      req.method = 'HEAD';
    }
  };
  const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
    typeof chunk === 'string'
      ? Buffer.from(chunk, encoding ?? 'utf8')
      : Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk);
  // Past the limit: the headers go out without an ETag, then what was held, then the rest as it comes. Returns what
  // the last write returned, so a slow reader still holds the route back.
  const letGo = () => {
    streaming = true;
    decide(null);
    return held.splice(0).reduce((_, chunk) => asGet(() => write(chunk)), true);
  };

  res.send = ((body?: unknown) => asGet(() => send(body))) as Response['send'];
  res.write = ((chunk: Chunk, encoding?: unknown, callback?: unknown) => {
    const cb = typeof encoding === 'function' ? encoding : callback;
    if (streaming)
      return asGet(() => write(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined));
    if (res.statusCode >= 300) {
      streaming = true;
      decide(Buffer.alloc(0));
      return asGet(() => write(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined));
    }
    const buffer = toBuffer(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined);
    held.push(buffer);
    heldBytes += buffer.length;
    if (typeof cb === 'function') process.nextTick(cb as () => void);
    return heldBytes > ETAG_BUFFER_LIMIT_BYTES ? letGo() : true;
  }) as Response['write'];
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const cb = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined;
    const last = typeof chunk === 'function' || chunk === undefined || chunk === null ? undefined : (chunk as Chunk);
    const enc = typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined;
    if (cb) res.once('finish', cb);
    if (streaming) return asGet(() => end(last, enc));
    if (last !== undefined) held.push(toBuffer(last, enc));
    const body = Buffer.concat(held.splice(0));
    if (decide(body) === 'not-modified') return asGet(() => end());
    if (!res.headersSent && res.statusCode >= 200 && res.statusCode < 300) res.setHeader('Content-Length', body.length);
    return asGet(() => end(body));
  }) as Response['end'];
}
