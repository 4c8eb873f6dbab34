// Which database errors mean "the database is away" (stopped, restarting, unreachable, frozen, too slow) rather than a
// fault in a query. Those are answered 503 database_unavailable with Retry-After: the client may simply try again.

// SQLSTATEs (PostgreSQL's appendix A): class 08 is "connection exception"; 57P01-57P05 are the server shutting down,
// crashing, starting up or ending idle sessions; 53300 too many connections; 57014 a statement cancelled, which here
// only ever happens when statement_timeout fires (the app sends no cancel requests of its own).
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P04', '57P05', '53300', '57014']);

// Socket errors from Node when the server cannot be reached or the connection breaks.
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// node-postgres and pg-pool raise plain Errors with these messages: a connection that ended, a connect or query that
// timed out, a client already broken by one of those. Matched by text because they carry no code.
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|timeout expired|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** True when `err` (or its cause) says the database could not be reached or did not answer in time. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))
    )
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true; // Node's happy-eyeballs connect
  }
  return false;
}

/** Thrown by the app itself when it gives up on the database (a readiness check that ran out of time). */
export class DatabaseUnavailableError extends Error {}
