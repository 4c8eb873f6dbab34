// createApp: the Express application with its routes and error handling; no listen, no process concerns.
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { errorHandler, notFoundHandler } from './http/errors';
import { requestLog } from './http/request-log';
import { compressResponses } from './http/response-compression';
import {
  DEFAULT_HTTP_CACHE_POLICY,
  type HttpCachePolicy,
  privateAnswers,
  publicReadCaching,
} from './http/cache-headers';
import { healthRouter, type ReplicaStatusSource } from './health/health.routes';
import { listingsRouter } from './listings/listings.routes';
import { facilitiesRouter } from './facilities/facilities.routes';
import { createListingSearch } from './listings/search';
import { openApiRouter } from './openapi/openapi.routes';
import { clientRouter } from './http/client.routes';
import { pagesRouter } from './pages/pages.routes';
import { clientConfigFor } from './http/client-config';
import { docsPagePolicy, securityHeaders } from './http/security';
import {
  DEFAULT_ABUSE_LIMITS,
  DEFAULT_TILE_CONFIG,
  UNCONFIGURED_INSTANCE,
  type AbuseLimits,
  type InstanceInfo,
  type TileConfig,
  type TrustProxySetting,
} from './config';
import { aboutRouter } from './about/about.routes';
import { feedsRouter } from './feeds/feeds.routes';
import { helpPagesRouter } from './help/help-pages.routes';
import { facilityPagesRouter } from './facilities/pages/facility-pages.routes';
import { moderationRouter } from './moderation/moderation.routes';
import { reportsRouter } from './reports/reports.routes';
import { editRouter, submissionsRouter } from './submissions/submissions.routes';
import { moderatorSessionRouter } from './moderation/moderator-session.routes';
import { hsdsRouter } from './hsds/hsds.routes';
import { hsdsExportRouter } from './exchange/hsds-package/hsds-export.routes';
import { publicReadCors } from './http/cors';
import { exportRouter } from './exchange/export.routes';
import { templatesRouter } from './exchange/template.routes';
import type { LoginThrottlePolicy } from './moderation/moderator-login-throttle';
import type { SessionPolicy } from './moderation/session-tokens';
import { sharedAbuseLimits } from './http/shared-abuse-limits';

/** What the app is built from; tests pass their own database and clock. */
export interface AppOptions {
  db: Kysely<Database>;
  readDb?: Kysely<Database>; // public reads (search, detail, HSDS, exports, pages): replicas (db/read-replicas.ts); db when absent
  replicaStatus?: ReplicaStatusSource; // what /readyz says of each replica; with readDb
  logger: Logger;
  cursorSecret: string;
  now?: () => Date;
  tiles?: TileConfig; // the map's background; OpenStreetMap when absent
  trustProxy?: TrustProxySetting; // Express 'trust proxy' (req.ip, req.secure); false when absent
  loginThrottle?: LoginThrottlePolicy; // moderator sign-in throttling; the documented defaults when absent
  moderatorSession?: SessionPolicy; // moderator session lifetime; 8 h (1 h idle) when absent
  sleep?: (ms: number) => Promise<void>; // how throttled sign-ins are held back; tests pass one that returns at once
  abuseLimits?: AbuseLimits; // per-address limits on submissions and reports; DEFAULT_ABUSE_LIMITS when absent
  textMatchLimit?: number; // up to how many text matches a search reads by id (listings/search); tests set 0 to walk
  instance?: InstanceInfo; // who runs this copy (/about, /privacy); an unconfigured demo when absent
  httpCache?: HttpCachePolicy; // Cache-Control of public reads (server/http/cache-headers.ts); 60 s + 300 s stale when absent
}

/** Builds the Express app. */
export function createApp(options: AppOptions): Express {
  const {
    db,
    logger,
    cursorSecret,
    now = () => new Date(),
    tiles = DEFAULT_TILE_CONFIG,
    abuseLimits: limits = DEFAULT_ABUSE_LIMITS,
  } = options;
  // Counted in the database, so every instance on it enforces one limit (decision 0058).
  const abuseLimits = sharedAbuseLimits(limits, { db, secret: cursorSecret, now, logger });
  const app = express();
  app.disable('x-powered-by');
  // Only behind a proxy the operator names may X-Forwarded-For/-Proto decide the client address and HTTPS.
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(securityHeaders(tiles));
  app.use(requestLog(logger));
  app.use(compressResponses());
  // After compression, so these see the body before it is compressed: ETags, 304s, Cache-Control (cache-headers.ts).
  app.use(privateAnswers);
  app.use(publicReadCaching(options.httpCache ?? DEFAULT_HTTP_CACHE_POLICY));
  app.use(publicReadCors); // Access-Control-Allow-Origin: * on the public reads only (server/http/cors.ts)
  app.use(healthRouter(db, { replicaStatus: options.replicaStatus }));
  // Public reads may come from a replica; everything that writes or must see its own writes stays on db.
  const readDb = options.readDb ?? db;
  app.use('/api/v1/listings/:id/reports', reportsRouter({ db, now, reportLimit: abuseLimits.reports }));
  // One search for the API and the pages: they share its compiled statements.
  const search = createListingSearch(readDb, { cursorSecret, textMatchLimit: options.textMatchLimit });
  app.use('/api/v1/listings', listingsRouter({ db: readDb, search, now }));
  app.use('/api/v1/facilities', facilitiesRouter({ db: readDb, now }));
  app.use('/api/v1/export', exportRouter({ db: readDb, now }));
  app.use('/api/v1/submissions', submissionsRouter({ db, now, submissionLimit: abuseLimits.submissions }));
  app.use('/api/v1/edit', editRouter({ db, now, submissionLimit: abuseLimits.submissions }));
  app.use(
    '/api/v1/moderation/session',
    moderatorSessionRouter({
      db,
      now,
      throttle: options.loginThrottle,
      session: options.moderatorSession,
      sleep: options.sleep,
    }),
  );
  app.use('/api/v1/moderation', moderationRouter({ db, now, session: options.moderatorSession }));
  app.use('/api/hsds', hsdsExportRouter({ db: readDb, now })); // /api/hsds/export.zip, before the HSDS read API
  app.use('/api/hsds', hsdsRouter({ db: readDb, now }));
  app.use('/api/docs', docsPagePolicy);
  app.use('/api', openApiRouter());
  app.use('/api', notFoundHandler);
  app.use(templatesRouter());
  app.use(aboutRouter(options.instance ?? UNCONFIGURED_INSTANCE));
  app.use(feedsRouter({ db: readDb, search, now })); // /feeds/needs.atom, /listings/{id}/meetings.ics
  app.use(helpPagesRouter()); // /ways-to-help and the help pages' stylesheet
  app.use(facilityPagesRouter({ db: readDb, now })); // /facilities, /facilities/{id}
  app.use(
    pagesRouter({
      db: readDb,
      search,
      now,
      clientConfig: clientConfigFor(tiles),
    }),
  );
  app.use(clientRouter(clientConfigFor(tiles)));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
