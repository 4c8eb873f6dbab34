// Moderators' view of detention facilities: every column as a moderator edits it (the FacilityInput fields), so what
// GET /api/v1/moderation/facilities answers can be changed and sent back with PUT
// (docs/decisions/0062-facility-import-and-moderator-edits.md).
import { z } from 'zod';
import { IsoDate } from './common';
import { FACILITY_TYPES, FacilityCode } from './facility';
import { US_STATES } from './vocabulary';

/** A facility as moderators read and edit it. */
export const ModeratedFacility = z.object({
  id: z.uuid(),
  code: FacilityCode.describe('Stable: imports and listings refer to the facility by it; a PUT cannot change it'),
  name: z.string(),
  type: z.enum(FACILITY_TYPES),
  operator: z.string().optional(),
  address1: z.string().optional(),
  city: z.string(),
  state: z.enum(US_STATES),
  postalCode: z.string().optional(),
  latitude: z.number(),
  longitude: z.number(),
  iceFieldOffice: z.string().optional(),
  visitingPhone: z.string().optional(),
  sourceName: z.string(),
  sourceUrl: z.string().optional(),
  asOf: IsoDate,
  isSample: z.boolean(),
  updatedAt: z.string().describe('ISO 8601 instant of the last change'),
});
export type ModeratedFacility = z.infer<typeof ModeratedFacility>;

/** The query string of GET /api/v1/moderation/facilities. */
export const ModeratedFacilityQuery = z
  .object({
    state: z.enum(US_STATES).optional().describe('Only the facilities in this state'),
    limit: z.coerce
      .number('a whole number')
      .int('a whole number')
      .min(1)
      .max(2000)
      .default(500)
      .describe('Facilities at most, by state then name'),
  })
  .strict();

/** GET /api/v1/moderation/facilities: by state, then name. */
export const ModeratedFacilityList = z.object({ facilities: z.array(ModeratedFacility) });
export type ModeratedFacilityList = z.infer<typeof ModeratedFacilityList>;

/** The answer to a moderator's POST or PUT of a facility. */
export const FacilityWriteResult = z.object({
  facility: ModeratedFacility,
  changed: z.boolean().describe('false when the PUT said what was already stored (nothing was logged)'),
  linkedVisitationPrograms: z
    .number()
    .int()
    .describe('Visitation programs naming a facility as text that were linked to one by this write'),
});
export type FacilityWriteResult = z.infer<typeof FacilityWriteResult>;
