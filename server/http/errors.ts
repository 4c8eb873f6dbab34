// The one error class the API throws; the error middleware is the only place that writes error responses.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import type { ErrorResponse } from '../contract/error';
import { isDatabaseUnavailable } from '../db/connection-errors';

/** Seconds a client is asked to wait after a 503 database_unavailable: a restart or failover takes seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

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

/** A 400 naming each bad parameter (or body field, by its path such as listing.location.address.city), from a zod error. */
export function invalidParameters(error: z.ZodError, locale: 'en' | 'es' = 'en'): ApiError {
  const details = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          parameter: [...issue.path.map(String), key].join('.'),
          message:
            locale === 'es'
              ? 'no es un campo válido aquí; vea /api/docs'
              : 'is not a parameter here; see /api/docs for the ones that are',
        }))
      : [{ parameter: issue.path.map(String).join('.') || 'query', message: issue.message }],
  );
  const summary = details.map((d) => `${d.parameter}: ${d.message}`).join('; ');
  const lead = locale === 'es' ? 'Revise estos campos' : 'Check the parameters';
  return new ApiError(400, 'invalid_parameter', `${lead}: ${summary}`, details);
}

/** 404 for any path the API does not have. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(
    new ApiError(
      404,
      'not_found',
      `There is nothing at ${req.method} ${req.baseUrl}${req.path}. See /api/docs for what exists.`,
    ),
  );
};

/** Writes every error as `{ error: { code, message, details? } }`; unknown errors become a logged 500. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const unavailable = !(err instanceof ApiError) && isDatabaseUnavailable(err);
  const known = unavailable ? databaseUnavailable(req) : toApiError(err);
  if (unavailable)
    req.log?.warn(
      { err: { message: (err as Error).message, code: (err as { code?: string }).code } },
      'database unavailable',
    );
  else if (!known) req.log?.error({ err }, 'unhandled error');
  const e = known ?? new ApiError(500, 'internal_error', 'Something went wrong on our side; please try again.');
  const body: ErrorResponse = {
    error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) },
  };
  if (res.headersSent) return;
  if (unavailable) res.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
  res.status(e.status).json(body);
};

// The database stopped, restarting, unreachable or too slow: nothing the client did wrong, and worth a retry.
function databaseUnavailable(req: Parameters<ErrorRequestHandler>[1]): ApiError {
  const message =
    req.acceptsLanguages('en', 'es') === 'es' // requestLocale's rule; validate.ts imports this file, so not imported from there
      ? 'La base de datos no responde en este momento. Intente de nuevo en unos segundos.'
      : 'The database is not answering right now. Please try again in a few seconds.';
  return new ApiError(503, 'database_unavailable', message);
}

// Errors Express or body-parser raise for bad requests carry a 4xx status: keep them 4xx.
function toApiError(err: unknown): ApiError | undefined {
  if (err instanceof ApiError) return err;
  const status =
    (err as { status?: number; statusCode?: number })?.status ?? (err as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large')
      return new ApiError(
        413,
        'payload_too_large',
        'The request is too large. A listing fits in well under 64 KB: leave out pasted images or files.',
      );
    if (type === 'entity.parse.failed') return new ApiError(400, 'malformed_json', 'The body is not valid JSON.');
    return new ApiError(status, 'bad_request', (err as Error).message || 'The request could not be understood.');
  }
  return undefined;
}
