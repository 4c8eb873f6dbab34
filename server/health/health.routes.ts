// Liveness and readiness probes for orchestrators.
import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DatabaseUnavailableError } from '../db/connection-errors';
import { pingDatabase } from './health.queries';

/** How long /readyz waits for the database before answering 503: within a typical probe's own 1 s timeout. */
export const READY_TIMEOUT_MS = 900;

/** /healthz: the process answers. /readyz: the database answers too, within READY_TIMEOUT_MS. */
export function healthRouter(db: Kysely<Database>, readyTimeoutMs = READY_TIMEOUT_MS): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to SELECT 1 within ${readyTimeoutMs} ms`)), readyTimeoutMs);
    });
    try {
      await Promise.race([pingDatabase(db), deadline]);
    } catch (err) {
      // Any failure means "not ready", including one that is not a connection error (a closed pool at shutdown).
      req.log?.warn({ err }, 'readiness check failed');
      throw new DatabaseUnavailableError((err as Error).message, { cause: err });
    } finally {
      clearTimeout(timer);
    }
    res.json({ status: 'ready' });
  });
  return router;
}
