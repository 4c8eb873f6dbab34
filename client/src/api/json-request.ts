// Every JSON request the pages make (the map's reads, submissions, edit link, reports, moderation). A failure
// becomes an ApiFailure carrying the API's code, its per-field details and, for 429, how long to wait.
import type { Locale } from '../i18n/locale';

/** A failed request: `code` is the API's error code ('unknown_zip'...), 'network' or 'unknown'. */
export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One field the API refused: `parameter` is its path, such as listing.location.address.city. */
export interface FieldProblem {
  parameter: string;
  message: string;
}

/** A failed request with everything the page needs to explain it. */
export class ApiFailure extends ApiRequestError {
  constructor(
    code: string,
    message: string,
    readonly status: number, // 0 when the network failed
    readonly details: FieldProblem[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(code, message);
  }
}

/** How a request is sent. */
export interface JsonRequestOptions {
  body?: unknown;
  locale?: Locale; // asks for validation messages in this language
  headers?: Record<string, string>;
  signal?: AbortSignal; // a cancelled request rejects with the abort itself, not an ApiFailure
}

/** Sends a request and returns the parsed JSON answer (null for an empty one); throws ApiFailure. */
export async function requestJson<T>(method: string, path: string, options: JsonRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.locale) headers['Accept-Language'] = options.locale;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err; // the caller cancelled: not an error to show
    throw new ApiFailure('network', (err as Error).message, 0);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (response.ok) throw new ApiFailure('unknown', `HTTP ${response.status} without JSON`, response.status);
  }
  if (response.ok) return body as T;
  throw failureFrom(response.status, body, response.headers.get('Retry-After'));
}

/** The ApiFailure an error answer stands for (exported for the unit tests). */
export function failureFrom(status: number, body: unknown, retryAfter: string | null): ApiFailure {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : status >= 500 ? 'internal_error' : 'unknown';
  const details = Array.isArray(error?.details)
    ? error.details.filter((d): d is FieldProblem => typeof d?.parameter === 'string' && typeof d?.message === 'string')
    : [];
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
  return new ApiFailure(
    code,
    typeof error?.message === 'string' ? error.message : `HTTP ${status}`,
    status,
    details,
    seconds,
  );
}
