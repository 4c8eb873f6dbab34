// The HSDS 3.0 read API (/api/hsds): its query parameters, with defaults and bounds, and its answers at the level of
// detail the OpenAPI document states (the full objects are the spec's, github.com/openreferral/specification 3.0).
import { z } from 'zod';
import { safeText } from './safe-text';

/** The Spanish of this contract's own messages (server/http/validate.ts adds them to its table). */
export const HSDS_MESSAGES_ES: Record<string, string> = {
  'give this parameter once': 'dé este parámetro una sola vez',
  'true or false': 'true o false',
  'a whole number': 'un número entero',
  'an id (UUID) from this API': 'un id (UUID) de esta API',
  'a date-time such as 2026-12-01T00:00:00Z': 'una fecha y hora como 2026-12-01T00:00:00Z',
  'a distance in metres': 'una distancia en metros',
  'proximity needs a postcode to measure from': 'proximity necesita un postcode desde donde medir',
};

/** Items per page of an HSDS list. */
export const HSDS_PAGE_SIZE = { default: 50, min: 1, max: 100 } as const;
/** The largest proximity, metres: the v1 search's largest radius. */
export const HSDS_MAX_PROXIMITY_METRES = 500_000;

const single = z.string('give this parameter once');
const flag = single
  .pipe(z.enum(['true', 'false'], 'true or false'))
  .transform((v) => v === 'true')
  .optional();
const wholeNumber = (min: number, max: number, fallback: number) =>
  single
    .regex(/^\d+$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((v) => v ?? fallback);
const anId = single.pipe(z.uuid('an id (UUID) from this API'));

const listParameters = {
  search: single
    .pipe(safeText().min(1).max(200))
    .optional()
    .describe('Words in the name or text, English or Spanish stems'),
  page: wholeNumber(1, 1_000_000, 1).describe('Page number, from 1'),
  per_page: wholeNumber(HSDS_PAGE_SIZE.min, HSDS_PAGE_SIZE.max, HSDS_PAGE_SIZE.default).describe(
    `Items per page, at most ${HSDS_PAGE_SIZE.max}`,
  ),
  format: single
    .pipe(z.enum(['json', 'ndjson']))
    .optional()
    .describe('ndjson: every match, one JSON object per line, without paging (application/x-ndjson)'),
};

/** GET /api/hsds/services and /service_at_locations. */
export const HsdsServiceListQuery = z
  .object({
    ...listParameters,
    full: flag.describe('true: fully nested objects, as /services/{id} answers'),
    taxonomy_term_id: anId.optional().describe('Only services with this term (a kind, an accepted good, a service...)'),
    taxonomy_id: anId.optional().describe('Only services with any term of this taxonomy'),
    organization_id: anId.optional().describe('Only the services of this organization'),
    modified_after: single
      .pipe(z.union([z.iso.datetime({ offset: true }), z.iso.date()], 'a date-time such as 2026-12-01T00:00:00Z'))
      .optional()
      .describe('Only services changed on or after this instant (ISO 8601)'),
    postcode: single
      .regex(/^\d{5}$/, 'a five-digit ZIP code such as 79901')
      .optional()
      .describe(
        "Order by distance from this ZIP code's centre (to each listing's public point; a confidential one's is its cell's centre)",
      ),
    proximity: single
      .regex(/^\d+(\.\d+)?$/, 'a distance in metres')
      .transform(Number)
      .pipe(z.number().positive().max(HSDS_MAX_PROXIMITY_METRES))
      .optional()
      .describe('With postcode: only services within this many metres of its centre'),
  })
  .strict()
  .refine((q) => q.proximity === undefined || q.postcode !== undefined, {
    message: 'proximity needs a postcode to measure from',
    path: ['proximity'],
  });
export type HsdsServiceListQuery = z.output<typeof HsdsServiceListQuery>;

/** GET /api/hsds/organizations. */
export const HsdsOrganizationListQuery = z
  .object({
    ...listParameters,
    search: listParameters.search.describe("Text in the organization's name, accents and case aside"),
    full: flag.describe('true: each organization with its services'),
    full_service: flag.describe('true: the services nested fully'),
  })
  .strict();
export type HsdsOrganizationListQuery = z.output<typeof HsdsOrganizationListQuery>;

/** GET /api/hsds/taxonomies and /taxonomy_terms. */
export const HsdsTaxonomyListQuery = z
  .object({
    ...listParameters,
    taxonomy_id: anId.optional().describe('Terms of this taxonomy only'),
    top_only: flag.describe("Puente's terms have no parents: every term is a top term"),
    parent_id: anId.optional().describe("Terms under this parent: none, Puente's terms have no parents"),
  })
  .strict();
export type HsdsTaxonomyListQuery = z.output<typeof HsdsTaxonomyListQuery>;

/** GET /api/hsds/organizations/{id}. */
export const HsdsOrganizationQuery = z
  .object({ full_service: flag.describe('true: the services nested fully') })
  .strict();

/** The spec's Page object around a list's contents. */
export const HsdsPage = z.object({
  total_items: z.number().int().describe('Items matching, on every page'),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int().describe('Items on this page'),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean().describe('true when nothing matches'),
  contents: z.array(z.looseObject({ id: z.uuid() })),
});
export type HsdsPage = z.infer<typeof HsdsPage>;

/** GET /api/hsds/: what this API is. */
export const HsdsApiInfo = z.object({
  version: z.literal('3.0').describe('The HSDS version'),
  profile: z.url().describe('The Puente profile: what rides in attributes and schedules'),
  openapi_url: z.url(),
});

const linked = (description: string) =>
  z
    .array(z.looseObject({ id: z.uuid() }))
    .optional()
    .describe(description);

/** A taxonomy (HSDS taxonomy). */
export const HsdsTaxonomy = z.looseObject({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  version: z.string().optional(),
});

/** A taxonomy term (HSDS taxonomy_term); `code` is `<taxonomy key>/<value>`, such as kind/shelter. */
export const HsdsTaxonomyTerm = z.looseObject({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  taxonomy: z.string(),
  taxonomy_id: z.uuid(),
  language: z.string(),
});

/** An organization (HSDS organization); `services` when asked for. */
export const HsdsOrganization = z.looseObject({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  website: z.string().optional(),
  email: z.string().optional(),
  services: linked('Its services (full_service=true: fully nested)'),
});

/** A service (HSDS service): one Puente listing. Lists without `full` carry the one-to-one fields only. */
export const HsdsService = z.looseObject({
  id: z.uuid().describe("The listing's id"),
  organization_id: z.uuid(),
  name: z.string(),
  alternate_name: z.string().optional().describe('The name in Spanish, when it has its own'),
  description: z.string().optional(),
  status: z.literal('active').describe('Only published listings are ever answered'),
  last_modified: z.string().optional(),
  organization: HsdsOrganization.optional(),
  phones: linked('Phones'),
  schedules: linked('Opening hours, drop-off hours, visiting and meeting schedules (profile: schedule_of)'),
  service_areas: linked('Where it helps'),
  service_at_locations: linked('Its place: none for a nationwide resource'),
  languages: linked('Languages spoken (ISO 639 codes)'),
  attributes: linked('Taxonomy terms: kind, goods, activities, services, and the Puente profile'),
});

/** A service at a location (HSDS service_at_location), the location nested; a confidential one's is its cell centre. */
export const HsdsServiceAtLocation = z.looseObject({
  id: z.uuid(),
  service_id: z.uuid(),
  location_id: z.uuid(),
  location: z.looseObject({ id: z.uuid(), latitude: z.number(), longitude: z.number() }),
  service: HsdsService.optional(),
});
