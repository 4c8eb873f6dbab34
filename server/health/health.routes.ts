// Liveness and readiness probes for orchestrators.
import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DatabaseUnavailableError } from '../db/connection-errors';
import type { ReplicaStatus } from '../db/read-replicas';
import { pingDatabase } from './health.queries';

/** How long /readyz waits for the database before answering 503: within a typical probe's own 1 s timeout. */
export const READY_TIMEOUT_MS = 900;

/** What the replica monitor last saw of each replica (server/db/read-replicas.ts). */
export type ReplicaStatusSource = () => ReplicaStatus[];

/** How the probes behave. */
export interface HealthOptions {
  readyTimeoutMs?: number; // READY_TIMEOUT_MS when absent
  replicaStatus?: ReplicaStatusSource; // DATABASE_READ_URL set: /readyz lists the replicas too
}

/**
 * /healthz: the process answers. /readyz: the primary answers too, within the timeout. With replicas, /readyz also
 * says which databases answer; a replica that is down or lagging does not make the instance unready, since reads
 * then go to the primary.
 */
export function healthRouter(db: Kysely<Database>, options: HealthOptions = {}): Router {
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
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
    // Names and states only: the replicas' URLs carry hosts and passwords.
    if (!options.replicaStatus) res.json({ status: 'ready' });
    else res.json({ status: 'ready', databases: { primary: 'up', replicas: options.replicaStatus() } });
  });
  return router;
}
