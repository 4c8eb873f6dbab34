// The current version of a listing as its organization wrote it: what the edit link shows and changes are compared to.
import type { Kysely } from 'kysely';
import { ListingInput, type ListingInputParsed } from '../contract/listing';
import { parseStored } from '../contract/safe-text';
import type { Database } from '../db/schema';

/** Saves `input` as listing `listingId`'s current version. */
export async function saveListingSource(
  db: Kysely<Database>,
  listingId: string,
  input: ListingInputParsed,
  now: Date,
): Promise<void> {
  const json = JSON.stringify(input);
  await db
    .insertInto('listing_source')
    .values({ listing_id: listingId, input: json, updated_at: now })
    .onConflict((oc) => oc.column('listing_id').doUpdateSet({ input: json, updated_at: now }))
    .execute();
}

/** The listing's current version, or undefined for one never written through a submission (seeds). */
export async function readListingSource(
  db: Kysely<Database>,
  listingId: string,
): Promise<ListingInputParsed | undefined> {
  const row = await db
    .selectFrom('listing_source')
    .select('input')
    .where('listing_id', '=', listingId)
    .executeTakeFirst();
  return row ? parseStored(ListingInput, row.input) : undefined;
}

// Set by moderators and the clock, not by the organization: never "a change" it proposes.
const MODERATED_FIELDS = new Set(['status', 'lastVerifiedOn', 'isDemo']);

/** The top-level fields the organization changed between two versions, in the contract's order. */
export function changedFields(before: ListingInputParsed, after: ListingInputParsed): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !MODERATED_FIELDS.has(key),
  );
  const order = Object.keys(ListingInput.shape);
  return keys
    .filter(
      (key) =>
        JSON.stringify(canonical((before as Record<string, unknown>)[key])) !==
        JSON.stringify(canonical((after as Record<string, unknown>)[key])),
    )
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

// Key order must not make two equal values differ.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}
