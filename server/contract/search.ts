// The search request (query string) and response, with defaults and bounds stated once, here.
import { z } from 'zod';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS, VOLUNTEER_SKILLS } from './vocabulary';
import { LanguageCode } from './common';
import { safeText, textRule } from './safe-text';
import { ListingNearby, ListingSummary } from './listing';

/** The message for a facility= that is no UUID (contract/facility.ts has it in Spanish). */
export const FACILITY_ID_MESSAGE = 'a facility id (a UUID), as GET /api/v1/facilities gives it';

/** Radius around a point origin, km. */
export const RADIUS_KM = { default: 50, min: 0.1, max: 500 } as const;
/** Results per page. */
export const PAGE_SIZE = { default: 20, min: 1, max: 100 } as const;

/** A query parameter given once; a repeated one is an error rather than a silent pick. */
export const single = <T extends z.ZodType>(schema: T) =>
  z
    .string('give this parameter once')
    .pipe(schema as unknown as z.ZodType<z.output<T>, string>) as unknown as z.ZodPipe<z.ZodString, T>;

/** A list parameter: repeated (`kind=a&kind=b`) or comma-separated (`kind=a,b`). */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      v === undefined
        ? undefined
        : ([] as unknown[])
            .concat(v)
            .flatMap((s) => String(s).split(','))
            .map((s) => s.trim())
            .filter(Boolean),
    z.array(item).max(20).optional(),
  );

const finite = (s: string) => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : Number.NaN);

/** `near=lat,lng`. */
export const LatLng = z.string().transform((s, ctx) => {
  const parts = s.split(',').map(finite);
  const [lat, lng] = parts;
  if (parts.length !== 2 || lat === undefined || lng === undefined || Number.isNaN(lat) || Number.isNaN(lng)) {
    ctx.addIssue({ code: 'custom', message: 'give latitude,longitude in decimal degrees, such as 31.76,-106.49' });
    return z.NEVER;
  }
  if (lat < -90 || lat > 90) ctx.addIssue({ code: 'custom', message: `latitude ${lat} is outside -90..90` });
  if (lng < -180 || lng > 180) ctx.addIssue({ code: 'custom', message: `longitude ${lng} is outside -180..180` });
  return { latitude: lat, longitude: lng };
});

/** `bbox=west,south,east,north` (RFC 7946 order); west > east crosses the antimeridian. */
export const BoundingBox = z.string().transform((s, ctx) => {
  const parts = s.split(',').map(finite);
  if (parts.length !== 4 || parts.some(Number.isNaN)) {
    ctx.addIssue({
      code: 'custom',
      message: 'give west,south,east,north in decimal degrees, such as -106.6,31.6,-106.2,31.9',
    });
    return z.NEVER;
  }
  const [west, south, east, north] = parts as [number, number, number, number];
  if (south < -90 || north > 90 || south > 90 || north < -90)
    ctx.addIssue({ code: 'custom', message: 'south and north must lie within -90..90' });
  if (west < -180 || west > 180 || east < -180 || east > 180)
    ctx.addIssue({ code: 'custom', message: 'west and east must lie within -180..180' });
  if (south >= north) ctx.addIssue({ code: 'custom', message: `south (${south}) must be below north (${north})` });
  if (west === east) ctx.addIssue({ code: 'custom', message: 'west and east must differ' });
  return { west, south, east, north };
});
export type BoundingBox = { west: number; south: number; east: number; north: number };

const booleanText = z.enum(['true', 'false', '1', '0'], 'true or false').transform((v) => v === 'true' || v === '1');

/** The query string of GET /api/v1/listings. Exactly one of near, zip, place, bbox. */
export const SearchQuery = z
  .object({
    near: single(LatLng).optional().describe('Origin as latitude,longitude'),
    zip: single(z.string().regex(/^\d{5}$/, 'a five-digit ZIP code such as 79901'))
      .optional()
      .describe('Origin as a US ZIP code'),
    place: single(safeText().min(2).max(100)).optional().describe('Origin as "City, ST", such as "El Paso, TX"'),
    bbox: single(BoundingBox)
      .optional()
      .describe('Map view as west,south,east,north; results inside it, nearest its centre first'),
    radiusKm: single(z.coerce.number('a number of kilometres').min(RADIUS_KM.min).max(RADIUS_KM.max))
      .default(RADIUS_KM.default)
      .describe(`Search radius around a point origin in km (${RADIUS_KM.min} to ${RADIUS_KM.max}); ignored with bbox`),
    kind: list(z.enum(LISTING_KINDS)).describe('Kinds of listing, any of'),
    accepts: list(z.enum(ACCEPTED_GOODS)).describe('Shelters accepting any of these goods'),
    service: list(z.enum(ACCOMPANIMENT_SERVICES)).describe('Accompaniment groups offering any of these services'),
    language: list(LanguageCode).describe('Listings speaking any of these languages'),
    skill: list(z.enum(VOLUNTEER_SKILLS)).describe(
      'Listings asking volunteers for any of these skills, across kinds (accompaniment: court or ICE check-in); ' +
        'with language=, "interpreting in Mixteco"',
    ),
    facility: single(z.uuid(FACILITY_ID_MESSAGE))
      .optional()
      .describe('Listings serving this detention facility: its visitation programs and accompaniment groups'),
    q: single(safeText().min(1).max(200)).optional().describe('Words to find, English or Spanish, accents optional'),
    openNow: single(booleanText)
      .optional()
      .meta({
        description: 'Only listings open at this moment, in their own time zone',
        type: 'string',
        enum: ['true', 'false', '1', '0'],
      }),
    limit: single(z.coerce.number('a whole number').int('a whole number').min(PAGE_SIZE.min).max(PAGE_SIZE.max))
      .default(PAGE_SIZE.default)
      .describe(`Results per page (${PAGE_SIZE.min} to ${PAGE_SIZE.max})`),
    cursor: single(z.string().check(textRule()).min(1).max(1000))
      .optional()
      .describe('nextCursor from the previous page'),
    format: single(z.enum(['json', 'geojson']))
      .optional()
      .describe('geojson: RFC 7946 FeatureCollection (or send Accept: application/geo+json)'),
  })
  .strict(); // a misspelt parameter (radius=10) is a 400 naming it, not a silently wider search
export type SearchQuery = z.output<typeof SearchQuery>;

/** Where a search was centred, and how that point was found. */
export const SearchOrigin = z.object({
  latitude: z.number(),
  longitude: z.number(),
  source: z.enum(['near', 'zip', 'place', 'bbox']),
  label: z.string().describe('What was asked for: the ZIP, the place as found, the coordinates or the box'),
  approximate: z.boolean().describe('true when the point stands for a wider area (a PO-box ZIP, say)'),
  note: z.string().optional().describe('Why the origin is approximate'),
});
export type SearchOrigin = z.infer<typeof SearchOrigin>;

/** The JSON answer to a search. */
export const SearchResponse = z.object({
  origin: SearchOrigin,
  radiusKm: z.number().nullable().describe('null for a bbox search'),
  bbox: z.array(z.number()).length(4).nullable(),
  results: z.array(ListingNearby).describe('Nearest first'),
  nationwide: z.array(ListingSummary).describe('National resources of the requested kinds (first page only)'),
  nextCursor: z.string().nullable(),
  nearestBeyond: z
    .array(ListingNearby)
    .max(3)
    .optional()
    .describe(
      'Only on a first page with no results around a point (near, zip, place; never bbox): up to 3 listings nearest the origin beyond the radius, ' +
        'of the same kinds and filters, nearest first, each with its distance (a confidential listing measured to its public cell centre). Empty when none exists anywhere',
    ),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
