// What an organization changed between two versions of its listing: the fields moderators review in a change.
import { ListingInput, type ListingInputParsed } from '../contract/listing';

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
