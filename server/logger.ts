// The process logger: JSON lines on stdout (pino), one per request from http/request-log.ts.
import pino, { type Logger } from 'pino';

/** A logger at `level`; 'silent' for tests. */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({ level, base: { service: 'puente' } });
}
