// GET /api/v1/listings (search, JSON or GeoJSON) and GET /api/v1/listings/:id. Thin: parse -> call -> respond.
import { Router, type Request } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { SearchQuery, type SearchResponse } from '../contract/search';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { parseInput, requestLocale } from '../http/validate';
import { findPublishedListing } from './listings.queries';
import { toDetail, toFeature } from './listings.views';
import type { ListingSearch } from './search';

/** What the listing routes need. */
export interface ListingRoutesOptions {
  db: Kysely<Database>;
  search: ListingSearch;
  now: () => Date; // injectable clock (open now, expired needs)
}

const GEOJSON = 'application/geo+json';

/** The public listing endpoints. */
export function listingsRouter({ db, search, now }: ListingRoutesOptions): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.vary('Accept-Language'); // errors and notes about the origin come in the reader's language
    const locale = requestLocale(req);
    const query = parseInput(SearchQuery, req.query, locale);
    const result = await search.run(query, { now: now(), locale });
    if (wantsGeoJson(req, query.format)) {
      res.type(GEOJSON).send(JSON.stringify(toFeatureCollection(result)));
    } else {
      res.json(result);
    }
  });

  router.get('/:id', async (req, res) => {
    const id = z.uuid().safeParse(req.params.id);
    const instant = now();
    const row = id.success ? await findPublishedListing(db, id.data, instant) : undefined;
    if (!row)
      throw new ApiError(
        404,
        'listing_not_found',
        'No published listing has this id. It may have been removed; search again.',
      );
    res.json(toDetail(row, instant));
  });

  return router;
}

function wantsGeoJson(req: Request, format: 'json' | 'geojson' | undefined): boolean {
  if (format) return format === 'geojson';
  return req.accepts(['application/json', GEOJSON]) === GEOJSON; // */* and no Accept header get plain JSON
}

/** The search as an RFC 7946 FeatureCollection; origin, paging, the nationwide section and nearestBeyond ride as foreign members. */
function toFeatureCollection(result: SearchResponse) {
  return {
    type: 'FeatureCollection' as const,
    features: result.results.map(toFeature),
    origin: result.origin,
    radiusKm: result.radiusKm,
    bbox: result.bbox ?? undefined,
    nationwide: result.nationwide.map(toFeature),
    nextCursor: result.nextCursor,
    ...(result.nearestBeyond ? { nearestBeyond: result.nearestBeyond.map(toFeature) } : {}),
  };
}
