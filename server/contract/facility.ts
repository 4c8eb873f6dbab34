// Detention facilities: what an import or a moderator writes (FacilityInput) and what the public reads
// (docs/decisions/0061-facilities-and-references.md). Nothing about a detention facility is confidential; children's
// shelters run for ORR are never facilities here (their locations are not published).
import { z } from 'zod';
import { US_STATES } from './vocabulary';
import { IsoDate, Phone } from './common';
import { safeText, textRule } from './safe-text';
import { ListingSummary, UsPostalCode } from './listing';
import { BoundingBox, FACILITY_ID_MESSAGE, LatLng, SearchOrigin, single } from './search';
import { FACILITY_CODE_MESSAGE, FacilityCode, RELEASED_FROM_TWICE } from './facility-code';

export { FacilityCode, FACILITY_CODE_MESSAGE };

/** Kinds of detention facility. */
export const FACILITY_TYPES = [
  'ice_processing_center',
  'contract_facility',
  'county_jail',
  'family_residential_center',
  'other',
] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

/** Radius around a point origin for facilities, km: wider than the listings' default, facilities are few. */
export const FACILITY_RADIUS_KM = { default: 100, min: 0.1, max: 500 } as const;
/** Facilities per answer. */
export const FACILITY_LIMIT = { default: 50, min: 1, max: 500 } as const;

/** The refusal of an ORR children's shelter. */
export const ORR_SHELTER_REFUSED =
  "Children's shelters run for ORR are never listed as facilities: their locations are not published.";
/** The message when a facility has neither a point nor a ZIP code to place it. */
export const FACILITY_POINT_REQUIRED = 'give latitude and longitude, or a ZIP code';
/** The message when only one of latitude and longitude is given. */
export const FACILITY_POINT_PAIR = 'give both latitude and longitude, or neither';

/** Spanish for the messages above (server/http/validate.ts adds them to its table). */
export const FACILITY_MESSAGES_ES: Record<string, string> = {
  [ORR_SHELTER_REFUSED]:
    'Los albergues para niños de la ORR nunca se publican como centros de detención: su ubicación no se publica.',
  [FACILITY_POINT_REQUIRED]: 'indique la latitud y la longitud, o un código postal',
  [RELEASED_FROM_TWICE]: 'nombre cada centro una sola vez',
  [FACILITY_POINT_PAIR]: 'indique la latitud y la longitud juntas, o ninguna de las dos',
  [FACILITY_ID_MESSAGE]: 'el id de un centro de detención (un UUID), como lo da GET /api/v1/facilities',
  [FACILITY_CODE_MESSAGE]:
    'un código de centro: una letra o cifra y hasta 39 letras, cifras, puntos, guiones o guiones bajos, como ELPSPC',
};

// Words that say a place is a shelter for unaccompanied children run for the Office of Refugee Resettlement.
const ORR_WORDS =
  /\bORR\b|office of refugee resettlement|unaccompanied (alien )?(children|minors)|children'?s shelter|refugio (de|para) (niños|ninos|menores)|albergue (de|para) (niños|ninos|menores)|\bUAC\b/i;

/** True when a name or operator says the place is an ORR children's shelter. */
export function saysOrrShelter(text: string | undefined): boolean {
  return text !== undefined && ORR_WORDS.test(text);
}

/** Public facility (nothing is confidential about a detention facility). */
export const Facility = z.object({
  id: z.uuid(),
  code: FacilityCode,
  name: z.string(),
  type: z.enum(FACILITY_TYPES),
  operator: z.string().optional().describe('Who runs it: a company, a county sheriff...'),
  address: z.object({
    address1: z.string().optional(),
    city: z.string(),
    state: z.enum(US_STATES),
    postalCode: z.string().optional(),
  }),
  latitude: z.number(),
  longitude: z.number(),
  iceFieldOffice: z.string().optional().describe("ICE field office, e.g. 'El Paso'"),
  visitingPhone: z.string().optional().describe('Public phone for visiting information'),
  source: z.object({ name: z.string(), url: z.string().optional() }).describe('Where the record came from'),
  asOf: IsoDate.describe('The day the source gave the record'),
  isSample: z.boolean().describe('true for demo data: pages say "sample facility"'),
  visitorCount: z.number().int().describe('published visitation programs linked to it'),
});
export type Facility = z.infer<typeof Facility>;

/** A facility in distance-ordered results. */
export const FacilityNearby = Facility.extend({
  distanceKm: z.number().describe('Great-circle distance from the origin, km, 2 decimals'),
});
export type FacilityNearby = z.infer<typeof FacilityNearby>;

/** The query string of GET /api/v1/facilities. Exactly one of near, zip, place, bbox. */
export const FacilitySearchQuery = z
  .object({
    near: single(LatLng).optional().describe('Origin as latitude,longitude'),
    zip: single(z.string().regex(/^\d{5}$/, 'a five-digit ZIP code such as 79901'))
      .optional()
      .describe('Origin as a US ZIP code'),
    place: single(safeText().min(2).max(100)).optional().describe('Origin as "City, ST", such as "El Paso, TX"'),
    bbox: single(BoundingBox).optional().describe('Map view as west,south,east,north; facilities inside it'),
    radiusKm: single(z.coerce.number('a number of kilometres').min(FACILITY_RADIUS_KM.min).max(FACILITY_RADIUS_KM.max))
      .default(FACILITY_RADIUS_KM.default)
      .describe(`Radius around a point origin in km (${FACILITY_RADIUS_KM.min} to ${FACILITY_RADIUS_KM.max})`),
    limit: single(
      z.coerce.number('a whole number').int('a whole number').min(FACILITY_LIMIT.min).max(FACILITY_LIMIT.max),
    )
      .default(FACILITY_LIMIT.default)
      .describe(`Facilities at most (${FACILITY_LIMIT.min} to ${FACILITY_LIMIT.max})`),
  })
  .strict();
export type FacilitySearchQuery = z.output<typeof FacilitySearchQuery>;

/** The answer to GET /api/v1/facilities: nearest first. */
export const FacilitySearchResponse = z.object({
  origin: SearchOrigin,
  radiusKm: z.number().nullable().describe('null for a bbox search'),
  results: z.array(FacilityNearby).describe('Nearest first'),
});
export type FacilitySearchResponse = z.infer<typeof FacilitySearchResponse>;

/** One facility with who serves it (published listings only). */
export const FacilityDetail = Facility.extend({
  visitors: z.array(ListingSummary).describe('Published visitation programs visiting people held here'),
  accompaniers: z
    .array(ListingSummary)
    .describe('Published accompaniment groups accompanying people released from here'),
});
export type FacilityDetail = z.infer<typeof FacilityDetail>;

const optionalText = (max: number) => safeText().min(1).max(max).optional();

/** A facility as an import or a moderator writes it. Without latitude/longitude, the ZIP code's centre places it. */
export const FacilityInput = z
  .object({
    code: FacilityCode,
    name: safeText().min(1).max(200),
    type: z.enum(FACILITY_TYPES),
    operator: optionalText(200),
    address1: optionalText(200),
    city: safeText().min(1).max(100),
    state: z.enum(US_STATES),
    postalCode: UsPostalCode.optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    iceFieldOffice: optionalText(100),
    visitingPhone: Phone.shape.number.optional(),
    sourceName: safeText().min(1).max(200),
    sourceUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .check(textRule())
      .optional(),
    asOf: IsoDate,
    isSample: z.boolean().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const field of ['name', 'operator'] as const)
      if (saysOrrShelter(input[field])) ctx.addIssue({ code: 'custom', message: ORR_SHELTER_REFUSED, path: [field] });
    if ((input.latitude === undefined) !== (input.longitude === undefined))
      ctx.addIssue({ code: 'custom', message: FACILITY_POINT_PAIR, path: ['latitude'] });
    else if (input.latitude === undefined && input.postalCode === undefined)
      ctx.addIssue({ code: 'custom', message: FACILITY_POINT_REQUIRED, path: ['latitude'] });
  });
export type FacilityInput = z.input<typeof FacilityInput>;
export type FacilityInputParsed = z.output<typeof FacilityInput>;
