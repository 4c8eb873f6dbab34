// Which weekday of the month a meeting's date is, the one rule behind "monthly" everywhere it is written: the
// calendar's RRULE, the HSDS byday, the page's sentence (decision 0065). No zod: the map page imports it.

/** The date's weekday, 0 = Sunday .. 6 = Saturday (the date is a calendar day, read in UTC). */
export function meetingWeekday(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/** Its ordinal among the month's same weekdays: 1..4, or -1 for a fifth (the last), so no month is skipped. */
export function monthlyOrdinal(isoDate: string): 1 | 2 | 3 | 4 | -1 {
  const ordinal = Math.ceil(new Date(`${isoDate}T00:00:00Z`).getUTCDate() / 7);
  return ordinal >= 5 ? -1 : (ordinal as 1 | 2 | 3 | 4);
}
