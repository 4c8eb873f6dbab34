// The setup the moderation API tests share: a fresh database, a server on it with roomy abuse limits and no sign-in
// delays, and a moderator signed in over HTTP. Registers its own beforeAll/afterAll in the calling test file.
import type { DatabaseHandle } from '../../server/db/database';
import { createTestDatabase } from './test-database';
import { ROOMY_ABUSE_LIMITS, startTestServer, type TestServer } from './test-server';
import { signInModerator, type TestModeratorSession } from './moderator-session';

/** What a moderation test works against; filled in before the file's first test runs. */
export interface ModeratedServer {
  database: DatabaseHandle;
  server: TestServer;
  moderator: TestModeratorSession;
}

/** Starts the database, server and moderator before the file's tests and closes them after. */
export function useModeratedServer(): ModeratedServer {
  const env = {} as ModeratedServer;
  beforeAll(async () => {
    env.database = await createTestDatabase();
    env.server = await startTestServer(env.database.db, { abuseLimits: ROOMY_ABUSE_LIMITS, sleep: async () => {} });
    env.moderator = await signInModerator(env.server.baseUrl, env.database.db);
  });
  afterAll(async () => {
    await env.server?.close();
    await env.database?.close();
  });
  return env;
}
