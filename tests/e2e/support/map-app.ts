// The app for browser tests: a fresh database with the demo seeds (plus any extra listings), the
// built client (built first when missing or stale), on a free port.
import type { Kysely } from 'kysely';
import { ensureClientBuild } from '../../../client/build/client-build';
import type { ListingInput } from '@contract/listing';
import type { Database } from '../../../server/db/schema';
import { insertListing } from '../../../server/listings/listings.writer';
import { seedDatabase, seedId } from '../../../seeds/seed';
import { createTestDatabase } from '../../helpers/test-database';
import { startTestServer, type TestServerOptions } from '../../helpers/test-server';

/** A running app with its database. */
export interface MapApp {
  baseUrl: string;
  db: Kysely<Database>;
  extraIds: string[]; // ids of `extraListings`, in order
  close(): Promise<void>;
}

/** The id of a demo listing by its seed name ('demo-el-paso-shelter'). */
export const demoId = seedId;

/** Starts the app on the demo data and `extraListings`; `serverOptions` reach createApp (abuse limits, clock). */
export async function startMapApp(
  extraListings: ListingInput[] = [],
  serverOptions: TestServerOptions = {},
): Promise<MapApp> {
  await ensureClientBuild();
  const database = await createTestDatabase();
  await seedDatabase(database.db, 'demo');
  const extraIds: string[] = [];
  for (const listing of extraListings) extraIds.push(await insertListing(database.db, listing));
  const server = await startTestServer(database.db, serverOptions);
  return {
    baseUrl: server.baseUrl,
    db: database.db,
    extraIds,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}
