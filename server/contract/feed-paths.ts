// Where the feeds are served (decision 0065): plain functions without zod, so the map page's bundle can name them
// (the contract's schemas stay out of it; tests/e2e/bundle-budget.test.ts).

/** Where the needs feed is served. */
export const NEEDS_FEED_PATH = '/feeds/needs.atom';

/** The Atom media type, as the feed is served and as pages announce it. */
export const ATOM_MEDIA_TYPE = 'application/atom+xml';

/** Where a search is centred, as the feed's query string names it. */
export type NeedsFeedOrigin = { zip: string } | { place: string } | { near: { latitude: number; longitude: number } };

/** The feed's address (path and query) for an origin, a radius and a language; the order is the feed's own id. */
export function needsFeedHref(origin: NeedsFeedOrigin, radiusKm: number, lang: 'en' | 'es'): string {
  const params = new URLSearchParams();
  if ('zip' in origin) params.set('zip', origin.zip);
  else if ('place' in origin) params.set('place', origin.place);
  else params.set('near', `${origin.near.latitude},${origin.near.longitude}`);
  params.set('radiusKm', String(radiusKm));
  if (lang === 'es') params.set('lang', 'es');
  return `${NEEDS_FEED_PATH}?${params.toString()}`;
}

/** Where a task force's meetings calendar is served. */
export function meetingsCalendarPath(listingId: string): string {
  return `/listings/${encodeURIComponent(listingId)}/meetings.ics`;
}
