// Kind-specific details of a listing, validated by a discriminated union on `kind`.
import { z } from 'zod';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, MAX_MEETINGS, US_STATES, VOLUNTEER_ACTIVITIES } from './vocabulary';
import { IsoDate, LocalizedText, WeeklyHours } from './common';
import { safeText } from './safe-text';
import { FacilityCode, RELEASED_FROM_TWICE } from './facility-code';
import { TaskForceMeeting } from './meetings';

/** What a shelter needs now; it disappears from public answers after `expiresOn`. */
export const CurrentNeeds = z.object({
  text: LocalizedText,
  expiresOn: IsoDate.describe('Last day the needs are shown (inclusive)'),
});

/** Details of a private shelter or respite centre. */
export const ShelterDetails = z.object({
  kind: z.literal('shelter'),
  acceptedGoods: z.array(z.enum(ACCEPTED_GOODS)).default([]),
  volunteerActivities: z.array(z.enum(VOLUNTEER_ACTIVITIES)).default([]),
  currentNeeds: CurrentNeeds.optional(),
  dropOffHours: WeeklyHours.optional(),
  shippingAddress: safeText('lines').max(500).optional().describe('Where to ship goods (may differ from the shelter)'),
});

/** Details of a detention visitation program. */
export const VisitationProgramDetails = z.object({
  kind: z.literal('visitation_program'),
  facility: z
    .object({
      code: FacilityCode.optional().describe(
        "A facility's code (GET /api/v1/facilities): links the program to it; name, city and state are then the facility's",
      ),
      name: safeText().min(1).max(200),
      city: safeText().min(1).max(100),
      state: z.enum(US_STATES),
    })
    .describe('The detention facility visited: by code when it is listed, else by its name as text'),
  visitingSchedule: LocalizedText.optional(),
  howToSignUp: LocalizedText.optional(),
});

/** Details of a court and ICE check-in accompaniment group. */
export const AccompanimentDetails = z.object({
  kind: z.literal('accompaniment'),
  services: z.array(z.enum(ACCOMPANIMENT_SERVICES)).min(1),
  howToSignUp: LocalizedText.optional(),
  releasedFrom: z
    .array(z.object({ code: FacilityCode }))
    .max(20)
    .refine((list) => new Set(list.map((f) => f.code)).size === list.length, RELEASED_FROM_TWICE)
    .optional()
    .describe(
      'Detention facilities whose released people the group accompanies, by code (GET /api/v1/facilities); absent: none',
    ),
});

/** Details of a local government task force. */
export const TaskForceDetails = z.object({
  kind: z.literal('task_force'),
  jurisdiction: z.object({
    level: z.enum(['city', 'county', 'state']),
    name: safeText().min(1).max(200),
    state: z.enum(US_STATES),
  }),
  governmentBody: safeText().min(1).max(200),
  meetingSchedule: LocalizedText.optional(),
  publicParticipation: LocalizedText.optional(),
  meetings: z
    .array(TaskForceMeeting)
    .max(MAX_MEETINGS)
    .optional()
    .describe(
      "Public meetings, in the listing's time zone (hours.timeZone, required with them); /listings/{id}/meetings.ics",
    ),
});

/** Details of a legal help line or referral service. */
export const LegalHelpDetails = z.object({
  kind: z.literal('legal_help'),
  whoCanGetHelp: LocalizedText.optional(),
  howToGetHelp: LocalizedText.optional(),
});

/** Details of a foster-care program or agency. */
export const FosterCareDetails = z.object({
  kind: z.literal('foster_care'),
  servesUnaccompaniedChildren: z.boolean().default(true),
  howToBecomeAFosterParent: LocalizedText.optional(),
});

/** The kind-specific part of a listing; `kind` must equal the listing's kind. */
export const ListingDetails = z.discriminatedUnion('kind', [
  ShelterDetails,
  VisitationProgramDetails,
  AccompanimentDetails,
  TaskForceDetails,
  LegalHelpDetails,
  FosterCareDetails,
]);
export type ListingDetails = z.infer<typeof ListingDetails>;

/** A facility a listing names, as public answers give it: with its id, so pages link to /facilities/{id}. */
const PublicFacilityReference = z.object({
  id: z.uuid().optional().describe("The facility's id when the program is linked to one (page /facilities/{id})"),
  code: FacilityCode.optional(),
  name: z.string(),
  city: z.string(),
  state: z.enum(US_STATES),
});

/** The kind-specific part of a listing in public answers: linked facilities carry their id, name and place. */
export const PublicListingDetails = z.discriminatedUnion('kind', [
  ShelterDetails,
  VisitationProgramDetails.extend({ facility: PublicFacilityReference }),
  AccompanimentDetails.extend({
    releasedFrom: z
      .array(PublicFacilityReference.partial().required({ code: true }))
      .optional()
      .describe(
        'Detention facilities whose released people the group accompanies, each with its id, name and place ' +
          '(a code whose facility is gone is left out)',
      ),
  }),
  TaskForceDetails,
  LegalHelpDetails,
  FosterCareDetails,
]);
export type PublicListingDetails = z.infer<typeof PublicListingDetails>;
