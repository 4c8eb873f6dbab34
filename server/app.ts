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
import { DEFAULT_TILE_CONFIG, type TileConfig, type TrustProxySetting } from './config';
import { moderatorSessionRouter } from './moderation/moderator-session.routes';
import type { LoginThrottlePolicy } from './moderation/moderator-login-throttle';
import type { SessionPolicy } from './moderation/session-tokens';

/** What the app is built from; tests pass their own database and clock. */
export interface AppOptions {
  db: Kysely<Database>;
  logger: Logger;
  cursorSecret: string;
  now?: () => Date;
  tiles?: TileConfig; // the map's background; OpenStreetMap when absent
  trustProxy?: TrustProxySetting; // Express 'trust proxy' (req.ip, req.secure); false when absent
  loginThrottle?: LoginThrottlePolicy; // moderator sign-in throttling; the documented defaults when absent
  moderatorSession?: SessionPolicy; // moderator session lifetime; 8 h (1 h idle) when absent
  sleep?: (ms: number) => Promise<void>; // how throttled sign-ins are held back; tests pass one that returns at once
}

/** Builds the Express app. */
export function createApp(options: AppOptions): Express {
  const { db, logger, cursorSecret, now = () => new Date(), tiles = DEFAULT_TILE_CONFIG } = options;
  const app = express();
  app.disable('x-powered-by');
  // Only behind a proxy the operator names may X-Forwarded-For/-Proto decide the client address and HTTPS.
  app.set('trust proxy', options.trustProxy ?? false);
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
  app.use(
    '/api/v1/moderation/session',
    moderatorSessionRouter({ db, now, throttle: options.loginThrottle, session: options.moderatorSession, sleep: options.sleep }),
  );
  app.use('/api/docs', docsPagePolicy);
  app.use('/api', openApiRouter());
  app.use('/api', notFoundHandler);
  app.use(clientRouter(clientConfigFor(tiles)));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
