// createApp: the Express application with its routes and error handling; no listen, no process concerns.
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { errorHandler, notFoundHandler } from './http/errors';
import { healthRouter } from './health/health.routes';
import { listingsRouter } from './listings/listings.routes';
import { openApiRouter } from './openapi/openapi.routes';
import { clientRouter } from './http/client.routes';
import { clientConfigFor } from './http/client-config';
import { docsPagePolicy, securityHeaders } from './http/security';
import { DEFAULT_TILE_CONFIG, type TileConfig } from './config';

/** What the app is built from; tests pass their own database and clock. */
export interface AppOptions {
  db: Kysely<Database>;
  logger: Logger;
  cursorSecret: string;
  now?: () => Date;
  tiles?: TileConfig; // the map's background; OpenStreetMap when absent
}

/** Builds the Express app. */
export function createApp({ db, logger, cursorSecret, now = () => new Date(), tiles = DEFAULT_TILE_CONFIG }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(tiles));
  app.use(
    pinoHttp({
      logger,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req) => ({ method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(healthRouter(db));
  app.use('/api/v1/listings', listingsRouter({ db, cursorSecret, now }));
  app.use('/api/docs', docsPagePolicy);
  app.use('/api', openApiRouter());
  app.use('/api', notFoundHandler);
  app.use(clientRouter(clientConfigFor(tiles)));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
