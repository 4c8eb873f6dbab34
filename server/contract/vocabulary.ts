// Fixed vocabularies shared by the server, the client and the OpenAPI document.
// Adding a value is a contract change: the client's filter chips and translations follow these lists.

/** The kinds of listing the directory holds. */
export const LISTING_KINDS = [
  'shelter', // private shelters and respite centres
  'visitation_program', // visits to people held in immigration detention
  'accompaniment', // going with families to immigration court and ICE check-ins
  'task_force', // local government task forces
  'legal_help', // legal help, mostly national lines
  'foster_care', // foster care for unaccompanied children
] as const;

/** Donated goods a shelter can say it accepts (filterable with `accepts=`). */
export const ACCEPTED_GOODS = [
  'clothing',
  'books',
  'toys', // toys and stuffed animals
  'art_supplies',
  'school_supplies',
  'hygiene',
  'baby_supplies',
  'food',
] as const;

/** Volunteer activities a shelter welcomes. */
export const VOLUNTEER_ACTIVITIES = [
  'story_time',
  'art_projects',
  'tutoring',
  'play_and_childcare',
  'meal_service',
  'sorting_donations',
  'interpreting',
  'rides',
] as const;

/** What an accompaniment group offers (filterable with `service=`). */
export const ACCOMPANIMENT_SERVICES = ['court', 'ice_checkin', 'interpreting', 'childcare', 'rides'] as const;

/**
 * What a volunteer can help with, across kinds (filterable with `skill=`): derived from a shelter's volunteer
 * activities, an accompaniment group's services and every visitation program (server/listings/volunteer-skills.ts;
 * docs/decisions/0066-volunteer-by-skill.md).
 */
export const VOLUNTEER_SKILLS = [
  'interpreting',
  'childcare',
  'rides',
  'accompaniment', // going with someone to immigration court or an ICE check-in
  'visiting', // visiting people held in immigration detention
] as const;

/** US states, DC and the territories, by USPS code. */
export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const;

/** Days of the week as HSDS `byday` abbreviations, Monday first. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/** Moderation status of a listing; only `published` is ever public. */
export const LISTING_STATUSES = ['pending', 'published', 'rejected', 'archived'] as const;

export type ListingKind = (typeof LISTING_KINDS)[number];
export type AcceptedGood = (typeof ACCEPTED_GOODS)[number];
export type AccompanimentService = (typeof ACCOMPANIMENT_SERVICES)[number];
export type VolunteerSkill = (typeof VOLUNTEER_SKILLS)[number];
export type UsState = (typeof US_STATES)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** The most public meetings a task force lists (the form shows a few rows and keeps the rest as they came). */
export const MAX_MEETINGS = 20;

/** How a task force's meeting repeats; monthly: on the same weekday of the month as its date (decision 0065). */
export const MEETING_REPEATS = ['none', 'weekly', 'monthly'] as const;
export type MeetingRepeats = (typeof MEETING_REPEATS)[number];
