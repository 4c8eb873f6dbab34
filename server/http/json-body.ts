// Request bodies: JSON only, and small. A form post from another site (not JSON) never reaches a handler.
import express, { type RequestHandler } from 'express';
import { ApiError } from './errors';

/** The largest body a submission may have: generous for a listing's text, too small for pasted images or files. */
export const MAX_BODY_BYTES = 64 * 1024;

const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (!hasBody || req.is('application/json')) return next();
  next(
    new ApiError(
      415,
      'unsupported_media_type',
      'Send the body as JSON, with the header Content-Type: application/json.',
    ),
  );
};

/** 415 for a body that is not JSON, 413 over MAX_BODY_BYTES, 400 for malformed JSON; then req.body is parsed. */
export function jsonBody(limit = MAX_BODY_BYTES): RequestHandler[] {
  return [requireJson, express.json({ limit, strict: true })];
}
