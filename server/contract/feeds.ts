// The feeds a volunteer subscribes to without an account: current needs near a place (Atom) and a task force's
// meetings (iCalendar). Decision 0065.
import { z } from 'zod';
import { SearchQuery, single } from './search';

/** Where the needs feed is served. */
export const NEEDS_FEED_PATH = '/feeds/needs.atom';

/** The Atom media type, as the feed is served and as pages announce it. */
export const ATOM_MEDIA_TYPE = 'application/atom+xml';

/** The query string of the needs feed: one of near, zip or place (as the search), the radius, and the language. */
export const NeedsFeedQuery = SearchQuery.pick({ near: true, zip: true, place: true, radiusKm: true })
  .extend({
    lang: single(z.enum(['en', 'es']))
      .default('en')
      .describe('Language of the titles and texts; a text written in one language only comes in that one'),
  })
  .strict();
export type NeedsFeedQuery = z.output<typeof NeedsFeedQuery>;

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
