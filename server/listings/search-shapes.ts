// A search statement is built from its shape (what decides the SQL text) and its values (what it takes as
// parameters), so the app compiles each shape once (server/db/statement-templates.ts) while the bench and the plan
// test can still build exactly what the app runs. This file turns a search into the two.
import type { BoundingBox } from '../contract/search';
import type { DistanceKey } from '../db/pagination';
import { chordMetres, earthBoxLiteral, earthCubeLiteral } from '../db/geo';
import type { Point } from './public-point';
import { HIDDEN_FROM_SEARCH_AFTER_DAYS, utcDateDaysBefore } from './staleness';

/** Filters shared by the distance-ordered and the nationwide queries; within a facet any value matches. */
export interface ListingFilters {
  kinds?: string[];
  accepts?: string[];
  services?: string[];
  languages?: string[];
  q?: string;
  // With q: every listing whose text matches (findFewTextMatches), when there are few. The statement then reads them by id
  // instead of testing each listing near the origin for the text; absent when there are many (or no q).
  textMatchIds?: string[];
  openNow?: boolean;
  now: Date; // the clock for open-now
}

/** A distance-ordered search around a point, or inside a box (ordered from its centre). */
export interface NearbySearch {
  origin: Point;
  radiusMetres: number; // for a box: the distance from its centre to its farthest corner
  bbox?: BoundingBox; // exact membership test when searching a map view
  filters: ListingFilters;
  limit: number;
  after?: DistanceKey; // keyset: rows strictly after this one
}

/** What decides the text of a search statement's filters. */
export interface FilterShape {
  cutoff: string; // the staleness cutoff date, written into the text (see applyFilters)
  kinds: boolean;
  accepts: boolean;
  services: boolean;
  languages: boolean;
  q: boolean;
  qIds: boolean; // q given as the ids of its matches (ListingFilters.textMatchIds)
  openNow: boolean | null;
}
/** The parameters of a search statement's filters. */
export interface FilterValues {
  now: string; // ISO instant, for open-now
  kinds?: string[];
  accepts?: string[];
  services?: string[];
  languages?: string[];
  q?: string;
  qIds?: string[];
}
/** What decides the text of a distance-ordered search statement. */
export interface NearbyShape extends FilterShape {
  box: 'none' | 'plain' | 'wrapped'; // wrapped: a map view across the antimeridian (west > east)
  after: boolean;
  limit: number;
}
/** The parameters of a distance-ordered search statement. */
export interface NearbyValues extends FilterValues {
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
/** What decides the text of the nationwide statement. */
export interface NationwideShape extends FilterShape {
  limit: number;
}

// The shape of these filters.
function filterShape(f: ListingFilters): FilterShape {
  return {
    cutoff: utcDateDaysBefore(f.now, HIDDEN_FROM_SEARCH_AFTER_DAYS),
    kinds: Boolean(f.kinds?.length),
    accepts: Boolean(f.accepts?.length),
    services: Boolean(f.services?.length),
    languages: Boolean(f.languages?.length),
    q: Boolean(f.q),
    qIds: Boolean(f.q) && f.textMatchIds !== undefined,
    openNow: f.openNow ?? null,
  };
}

// The parameter values of these filters.
function filterValues(f: ListingFilters): FilterValues {
  return {
    now: f.now.toISOString(),
    kinds: f.kinds,
    accepts: f.accepts,
    services: f.services,
    languages: f.languages,
    q: f.q,
    qIds: f.textMatchIds,
  };
}

/** The shape and the parameter values of a distance-ordered search. */
export function nearbyShapeAndValues(s: NearbySearch): [NearbyShape, NearbyValues] {
  const box = s.bbox ? (s.bbox.west <= s.bbox.east ? 'plain' : 'wrapped') : 'none';
  const shape = { ...filterShape(s.filters), box, after: s.after !== undefined, limit: wholeNumber(s.limit) } as const;
  const values = {
    ...filterValues(s.filters),
    origin: earthCubeLiteral(s.origin.latitude, s.origin.longitude),
    searchBox: earthBoxLiteral(s.origin.latitude, s.origin.longitude, s.radiusMetres),
    radiusChord: chordMetres(s.radiusMetres),
    ...s.bbox,
    afterKnn: s.after?.knn,
    afterId: s.after?.id,
  };
  return [shape, values];
}

/** A row count fit to write into SQL text. */
export function wholeNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a row count: ${n}`);
  return n;
}
