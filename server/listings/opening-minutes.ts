// The open minutes of the week as PostgreSQL stores them (listing.opening_minutes, an int4multirange): the
// server-side half of the contract's opening hours (server/contract/opening-hours.ts).

/** The ranges as a PostgreSQL int4multirange literal, such as {[540,1020),[1980,2460)}. */
export function toMultirangeLiteral(ranges: ReadonlyArray<readonly [number, number]>): string {
  return `{${ranges.map(([a, b]) => `[${a},${b})`).join(',')}}`;
}
