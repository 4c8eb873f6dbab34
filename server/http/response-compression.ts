// Brotli or gzip for every text response the app writes (pages, JSON, GeoJSON, the OpenAPI document), as the client
// asks in Accept-Encoding. Files of the client build come precompressed (static-assets.ts) and pass through untouched.
// Why these settings: docs/decisions/0046-compression-brotli-gzip-precompressed-assets.md.
import zlib from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';
import { encodedETag } from './cache-headers';

/** Responses smaller than this go out as they are: compressing them saves less than it costs (compression's default). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Brotli quality for per-request compression: 4 compresses about as fast as gzip's default and smaller; 11 is for build time. */
export const DYNAMIC_BROTLI_QUALITY = 4;

/**
 * The middleware (the `compression` package). Responses marked `Cache-Control: no-store` are never compressed: they
 * hold secrets (an edit link's data, a moderator's queue with exact addresses) beside text that anyone can submit, the
 * mix that a compression side channel (BREACH) reads; they are few and small.
 */
export function compressResponses(): RequestHandler {
  const compress = compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY } },
    filter: (req, res) =>
      !/\bno-store\b/i.test(String(res.getHeader('Cache-Control') ?? '')) && compression.filter(req, res),
  });
  return (req, res, next) => {
    // A strong ETag names one representation: a compressed body gets its own (cache-headers.ts). Wrapped before
    // compression wraps writeHead, so this runs after it has chosen the encoding and set Content-Encoding.
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      const tag = res.getHeader('ETag');
      const encoding = res.getHeader('Content-Encoding');
      if (typeof tag === 'string' && typeof encoding === 'string') res.setHeader('ETag', encodedETag(tag, encoding));
      return writeHead.apply(this, args);
    } as typeof writeHead;
    compress(req, res, next);
  };
}
