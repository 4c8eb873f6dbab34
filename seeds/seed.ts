// Seeds: the national resources always, the demo listings on request; idempotent by stable ids.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../server/db/schema';
import type { ListingInput } from '../server/contract/listing';
import { upsertFacility } from '../server/facilities/facilities.writer';
import { insertListing } from '../server/listings/listings.writer';
import { nationalListings } from './national';
import { demoListings } from './demo';
import { demoFacilities } from './demo-facilities';
import { demoDateShiftDays, shiftDemoDates } from './demo-dates';

/** What to seed: nothing, the national resources, or those plus the demo local listings. */
export type SeedMode = 'none' | 'national' | 'demo';

/** A stable UUID for a seed name, so seeding twice never duplicates a listing. */
export function seedId(name: string): string {
  const h = createHash('sha256').update(`puente-seed:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Inserts the seed listings that are not there yet (with --demo, the sample facilities first); returns how many listings
 * it inserted. Demo dates keep their age at `now`.
 */
export async function seedDatabase(db: Kysely<Database>, mode: SeedMode, now = new Date()): Promise<number> {
  if (mode === 'none') return 0;
  // The national lines keep the date their facts were checked: moderators re-confirm them like any listing.
  const entries: Array<[string, ListingInput]> = Object.entries(nationalListings);
  const shift = demoDateShiftDays(now);
  if (mode === 'demo')
    entries.push(
      ...Object.entries(demoListings).map(([name, listing]): [string, ListingInput] => [
        name,
        shiftDemoDates(listing, shift),
      ]),
    );
  const existing = new Set(
    (
      await db
        .selectFrom('listing')
        .select('id')
        .where(
          'id',
          'in',
          entries.map(([name]) => seedId(name)),
        )
        .execute()
    ).map((r) => r.id),
  );
  let inserted = 0;
  await db.transaction().execute(async (trx) => {
    // Before the listings: demo visitation programs name these facilities by code.
    if (mode === 'demo') for (const facility of demoFacilities) await upsertFacility(trx, facility, now);
    for (const [name, listing] of entries) {
      if (existing.has(seedId(name))) continue;
      await insertListing(trx, listing, { id: seedId(name) });
      inserted += 1;
    }
  });
  return inserted;
}

/** Seeds only when the database holds no listings at all (first start). */
export async function seedIfEmpty(db: Kysely<Database>, mode: SeedMode): Promise<number> {
  const any = await db.selectFrom('listing').select('id').limit(1).executeTakeFirst();
  return any ? 0 : seedDatabase(db, mode);
}
