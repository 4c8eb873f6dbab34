// The feeds a volunteer subscribes to without an account: current needs near a place (Atom) and a task force's
// meetings (iCalendar). Decision 0065. The paths are in feed-paths.ts, which the map page imports without zod.
import { z } from 'zod';
import { SearchQuery, single } from './search';

export * from './feed-paths';

/** The query string of the needs feed: one of near, zip or place (as the search), the radius, and the language. */
export const NeedsFeedQuery = SearchQuery.pick({ near: true, zip: true, place: true, radiusKm: true })
  .extend({
    lang: single(z.enum(['en', 'es']))
      .default('en')
      .describe('Language of the titles and texts; a text written in one language only comes in that one'),
  })
  .strict();
export type NeedsFeedQuery = z.output<typeof NeedsFeedQuery>;
