// Staleness: a listing not re-confirmed for a while is flagged, and later leaves public search until re-confirmed.

/** After this many days without re-confirmation a listing is marked "may be out of date". */
export const MAY_BE_OUT_OF_DATE_AFTER_DAYS = 180;
/** After this many days it leaves public search (its own page still opens, flagged) until re-confirmed. */
export const HIDDEN_FROM_SEARCH_AFTER_DAYS = 365;

const DAY_MS = 86_400_000;

/** The calendar date (YYYY-MM-DD, UTC) of an instant. Staleness counts whole UTC days: a few hours either way do not matter here. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The UTC date `days` days before `instant`. */
export function utcDateDaysBefore(instant: Date, days: number): string {
  return utcDate(new Date(instant.getTime() - days * DAY_MS));
}

// "Verified on or before the day `days` days before now", in whole UTC days. Compared as times rather than as date
// text: a search asks this for each of its forty-odd rows, and Date.parse of a date is cheaper than formatting one.
function verifiedAtLeastDaysAgo(lastVerifiedOn: string, now: Date, days: number): boolean {
  const today = now.getTime() - (now.getTime() % DAY_MS);
  return Date.parse(lastVerifiedOn) <= today - days * DAY_MS;
}

/** Whether a listing last verified on `lastVerifiedOn` (or never) may be out of date at `now`: 180 days or more ago. */
export function mayBeOutOfDate(lastVerifiedOn: string | null, now: Date): boolean {
  return lastVerifiedOn === null || verifiedAtLeastDaysAgo(lastVerifiedOn, now, MAY_BE_OUT_OF_DATE_AFTER_DAYS);
}

/** Whether such a listing is out of public search at `now`: 365 days or more ago. The search's SQL states the same rule. */
export function hiddenFromSearch(lastVerifiedOn: string | null, now: Date): boolean {
  return lastVerifiedOn === null || verifiedAtLeastDaysAgo(lastVerifiedOn, now, HIDDEN_FROM_SEARCH_AFTER_DAYS);
}
