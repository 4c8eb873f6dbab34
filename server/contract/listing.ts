// The listing: what an organization writes (ListingInput) and what the public reads (summary, detail).
import { z } from 'zod';
import {
  ACCEPTED_GOODS,
  ACCOMPANIMENT_SERVICES,
  LISTING_KINDS,
  LISTING_STATUSES,
  US_STATES,
  VOLUNTEER_SKILLS,
} from './vocabulary';
import { IsoDate, LanguageCode, LocalizedText, Phone, ServiceArea, WeeklyHours } from './common';
import { ListingDetails, PublicListingDetails } from './details';
import { MEETINGS_NEED_TIME_ZONE } from './meetings';
import { safeText, textRule } from './safe-text';

/** A US ZIP code, five digits or ZIP+4. */
export const UsPostalCode = z
  .string()
  .trim()
  .regex(/^\d{5}(-\d{4})?$/, 'a ZIP code such as 79901');

/** A postal address in the US (HSDS `address`). */
export const Address = z.object({
  address1: safeText().min(1).max(200).optional().describe('Street address'),
  address2: safeText().min(1).max(200).optional(),
  city: safeText().min(1).max(100),
  state: z.enum(US_STATES),
  postalCode: UsPostalCode.optional(),
});
export type Address = z.infer<typeof Address>;

/** The message when a location does not say who may see it. */
export const PRIVACY_REQUIRED =
  'choose who may see the address: exact (shown with a pin) or confidential (only the area)';

/** Where a listing is, and whether that may be shown. */
export const LocationInput = z.object({
  // No default: where an address may be shown is always the organization's explicit choice (a shelter may house children).
  privacy: z
    .enum(['exact', 'confidential'], { error: (issue) => (issue.input === undefined ? PRIVACY_REQUIRED : undefined) })
    .describe('Required, no default. confidential: only an area of about 5 km and the city are ever public'),
  address: Address,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  pointFromZip: z
    .boolean()
    .optional()
    .describe("true: the point is the ZIP code's centre, not the place itself (a row imported with a ZIP and no pin)"),
});
export type LocationInput = z.infer<typeof LocationInput>;

/** The organization behind a listing (HSDS `organization`). */
export const OrganizationInput = z.object({
  name: safeText().min(1).max(200),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .check(textRule())
    .optional(),
  email: z.email().max(200).optional(),
});

/** A listing as written by an organization, a seed or a moderator. */
export const ListingInput = z
  .object({
    name: safeText().min(1).max(200),
    nameEs: safeText()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'The name in Spanish, when the listing has one of its own (ACNUR for UNHCR); absent: `name` in both languages',
      ),
    organization: OrganizationInput,
    description: LocalizedText,
    location: LocationInput.optional().describe('Required unless the service area is nationwide'),
    serviceArea: ServiceArea,
    phones: z.array(Phone).max(10).default([]),
    email: z.email().max(200).optional(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .check(textRule())
      .optional(),
    languages: z.array(LanguageCode).max(30).default([]),
    hours: WeeklyHours.optional(),
    details: ListingDetails,
    status: z.enum(LISTING_STATUSES).default('pending'),
    lastVerifiedOn: IsoDate.optional(),
    isDemo: z.boolean().default(false),
  })
  .refine((l) => l.location !== undefined || l.serviceArea.type === 'nationwide', {
    message: 'a location is required unless the service area is nationwide',
    path: ['location'],
  })
  .refine((l) => l.hours !== undefined || l.details.kind !== 'task_force' || !l.details.meetings?.length, {
    message: MEETINGS_NEED_TIME_ZONE,
    path: ['hours'],
  });
export type ListingInput = z.input<typeof ListingInput>;
export type ListingInputParsed = z.output<typeof ListingInput>;

/** Where the public may see a listing. For confidential listings: the centre of its ~5 km cell and the city only. */
export const PublicLocation = z.object({
  latitude: z.number(),
  longitude: z.number(),
  precision: z.enum(['exact', 'approximate']).describe('approximate: a confidential location; call for the address'),
  address1: z.string().optional().describe('Absent for confidential locations'),
  address2: z.string().optional().describe('Suite, floor; absent for confidential locations'),
  city: z.string(),
  state: z.enum(US_STATES),
  postalCode: z.string().optional().describe('Absent for confidential locations'),
  pointFromZip: z
    .literal(true)
    .optional()
    .describe("The pin marks the ZIP code's centre, not the place itself; only on exact locations"),
});
export type PublicLocation = z.infer<typeof PublicLocation>;

/** One listing in a list of results. */
export const ListingSummary = z.object({
  id: z.uuid(),
  kind: z.enum(LISTING_KINDS),
  name: z.string(),
  nameEs: z
    .string()
    .optional()
    .describe('The name in Spanish, when the listing has one of its own; show `name` otherwise'),
  organizationName: z.string(),
  location: PublicLocation.nullable().describe('null for nationwide resources without a public place'),
  serviceArea: ServiceArea,
  phones: z.array(Phone),
  website: z.string().optional(),
  languages: z.array(z.string()),
  acceptedGoods: z.array(z.enum(ACCEPTED_GOODS)).describe('Shelters: donated goods accepted'),
  services: z.array(z.enum(ACCOMPANIMENT_SERVICES)).describe('Accompaniment: services offered'),
  volunteerSkills: z
    .array(z.enum(VOLUNTEER_SKILLS))
    .describe('What volunteers can help with, across kinds (the skill= filter); derived from the details'),
  currentNeeds: LocalizedText.optional().describe(
    'Shelters in search results: what they need now, until the last day they gave',
  ),
  openNow: z.boolean().nullable().describe('null when the listing gives no hours'),
  lastVerifiedOn: IsoDate.nullable(),
  mayBeOutOfDate: z
    .boolean()
    .describe('true when not re-confirmed for 180 days or more (after 365 days it leaves search)'),
  isDemo: z.boolean().describe('true for sample data: the UI says "sample listing"'),
});
export type ListingSummary = z.infer<typeof ListingSummary>;

/** A listing in distance-ordered results. */
export const ListingNearby = ListingSummary.extend({
  distanceKm: z.number().describe('Great-circle distance from the origin to the public point, km, 2 decimals'),
});
export type ListingNearby = z.infer<typeof ListingNearby>;

/** Everything the public may see about one listing. */
export const ListingDetail = ListingSummary.extend({
  description: LocalizedText,
  organization: z.object({ name: z.string(), website: z.string().optional(), email: z.string().optional() }),
  email: z.string().optional(),
  hours: WeeklyHours.nullable(),
  details: PublicListingDetails,
});
export type ListingDetail = z.infer<typeof ListingDetail>;
