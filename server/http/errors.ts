// The one error class the API throws; the error middleware is the only place that writes error responses.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import type { ErrorResponse } from '../contract/error';

/** An error with an HTTP status, a stable code and a message a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Array<{ parameter: string; message: string }>,
  ) {
    super(message);
  }
}

/** A 400 naming each bad parameter, from a zod error. */
export function invalidParameters(error: z.ZodError): ApiError {
  const details = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ parameter: key, message: 'is not a parameter here; see /api/docs for the ones that are' }))
      : [{ parameter: issue.path.map(String).join('.') || 'query', message: issue.message }],
  );
  const summary = details.map((d) => `${d.parameter}: ${d.message}`).join('; ');
  return new ApiError(400, 'invalid_parameter', `Check the parameters: ${summary}`, details);
}

/** 404 for any path the API does not have. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, 'not_found', `There is nothing at ${req.method} ${req.baseUrl}${req.path}. See /api/docs for what exists.`));
};

/** Writes every error as `{ error: { code, message, details? } }`; unknown errors become a logged 500. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const known = toApiError(err);
  if (!known) req.log?.error({ err }, 'unhandled error');
  const e = known ?? new ApiError(500, 'internal_error', 'Something went wrong on our side; please try again.');
  const body: ErrorResponse = { error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } };
  if (res.headersSent) return;
  res.status(e.status).json(body);
};

// Errors Express or body-parser raise for bad requests carry a 4xx status: keep them 4xx.
function toApiError(err: unknown): ApiError | undefined {
  if (err instanceof ApiError) return err;
  const status = (err as { status?: number; statusCode?: number })?.status ?? (err as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (err as { type?: string }).type;
    const code = type === 'entity.too.large' ? 'payload_too_large' : type === 'entity.parse.failed' ? 'malformed_json' : 'bad_request';
    return new ApiError(status, code, (err as Error).message || 'The request could not be understood.');
  }
  return undefined;
}
