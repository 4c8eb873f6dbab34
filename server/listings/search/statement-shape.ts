// A search statement is built from its shape (what decides the SQL text) and its values (what it takes as
// parameters), so each shape is compiled once (statement-templates.ts) and filled with each search's values.
import type { BoundingBox } from '../../contract/search';
import type { DistanceKey } from '../../db/pagination';
import { chordMetres, earthBoxLiteral, earthCubeLiteral } from '../../db/geo';
import type { Point } from '../public-point';
import { HIDDEN_FROM_SEARCH_AFTER_DAYS, utcDateDaysBefore } from '../staleness';
import { facetBits, facetParameters, type FacetBits, type FacetParameters, type SearchFilters } from './facets';

/** What to find: one page of listings nearest a point, or inside a box (ordered from its centre). */
export interface StatementRequest {
  page: 'first' | 'next'; // first: the nearest and the nationwide section in one statement; next: the nearest only
  origin: Point;
  radiusMetres: number; // for a box: the distance from its centre to its farthest corner
  bbox?: BoundingBox; // exact membership test when searching a map view
  filters?: SearchFilters; // none: every published, current listing
  textMatchIds?: string[]; // with filters.q: the ids of its matches, when there are few (text-matches.ts)
  now: Date; // the clock for open-now and staleness
  limit: number; // rows of the nearest; one more than the page tells whether there is a next page
  after?: DistanceKey; // keyset: rows strictly after this one
}

/** What decides a search statement's text. */
export interface StatementShape {
  page: StatementRequest['page'];
  cutoff: string; // the staleness cutoff date, written into the text (see search-statement.ts)
  facets: FacetBits;
  box: 'none' | 'plain' | 'wrapped'; // wrapped: a map view across the antimeridian (west > east)
  after: boolean;
  limit: number;
}

/** A search statement's parameters: the facets' (by facet name) and the origin's. */
export interface StatementValues extends FacetParameters {
  now: string; // ISO instant, for open-now
  origin: string; // the origin as cube text (earthCubeLiteral)
  searchBox: string; // the cube around the radius, as cube text (earthBoxLiteral)
  radiusChord: number; // the radius as a chord, metres (chordMetres)
  west?: number;
  south?: number;
  east?: number;
  north?: number;
  afterKnn?: number;
  afterId?: string;
}

/** The shape and the parameter values of a search statement. */
export function shapeAndValues(request: StatementRequest): [StatementShape, StatementValues] {
  const { origin, radiusMetres, bbox, filters = {}, after } = request;
  const context = { now: request.now.toISOString(), textMatchIds: request.textMatchIds };
  const facets = facetBits(filters, context);
  const shape: StatementShape = {
    page: request.page,
    cutoff: utcDateDaysBefore(request.now, HIDDEN_FROM_SEARCH_AFTER_DAYS),
    facets,
    box: bbox ? (bbox.west <= bbox.east ? 'plain' : 'wrapped') : 'none',
    after: after !== undefined,
    limit: wholeNumber(request.limit),
  };
  const values: StatementValues = {
    ...facetParameters(facets, filters, context),
    now: context.now,
    origin: earthCubeLiteral(origin.latitude, origin.longitude),
    searchBox: earthBoxLiteral(origin.latitude, origin.longitude, radiusMetres),
    radiusChord: chordMetres(radiusMetres),
    ...bbox,
    afterKnn: after?.knn,
    afterId: after?.id,
  };
  return [shape, values];
}

/** A row count fit to write into SQL text. */
export function wholeNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a row count: ${n}`);
  return n;
}
