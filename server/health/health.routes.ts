// Liveness and readiness probes for orchestrators.
import { Router } from 'express';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** /healthz: the process answers. /readyz: the database answers too. */
export function healthRouter(db: Kysely<Database>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    try {
      await sql`SELECT 1`.execute(db);
      res.json({ status: 'ready' });
    } catch (err) {
      req.log?.warn({ err }, 'readiness check failed');
      res.status(503).json({ error: { code: 'database_unavailable', message: 'The database is not answering.' } });
    }
  });
  return router;
}
