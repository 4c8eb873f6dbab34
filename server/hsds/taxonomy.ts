// Puente's vocabularies published as HSDS taxonomies, with ids that never change: uuid v5 of a fixed namespace and a
// path such as `kind/shelter`. Plus the `puente-profile` taxonomy, whose terms name what HSDS has no field for
// (docs/decisions/0054-hsds-profile.md).
import { parse, v5 } from 'uuid';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS, VOLUNTEER_ACTIVITIES } from '../contract/vocabulary';

/** The namespace of every HSDS id Puente derives (taxonomies, terms, and the rows a listing spreads into). Never change it. */
export const PUENTE_HSDS_NAMESPACE = '6f1d7c2e-4b0a-5e8f-9c3d-2a7b1e5f0d48';

/** A stable HSDS id for a path (`kind/shelter`, `<listing id>/phone/0`). */
// Parsed once: uuid parses a string namespace on every call, a visible share of an export's CPU in a profile.
const NAMESPACE_BYTES = parse(PUENTE_HSDS_NAMESPACE);
export const hsdsId = (path: string): string => v5(path, NAMESPACE_BYTES);

/** An HSDS taxonomy. */
export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

/** An HSDS taxonomy term. */
export interface HsdsTaxonomyTerm {
  id: string;
  code: string; // `<taxonomy key>/<value>`: unique across every Puente taxonomy (interpreting is both an activity and a service)
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
}

/** The taxonomies by key; the key is the first part of each term's code. */
export const TAXONOMY_KEYS = [
  'kind',
  'accepted_goods',
  'volunteer_activity',
  'accompaniment_service',
  'language',
  'profile',
] as const;
export type TaxonomyKey = (typeof TAXONOMY_KEYS)[number];

const TAXONOMY_TEXT: Record<TaxonomyKey, { name: string; description: string }> = {
  kind: { name: 'puente-kind', description: 'What a Puente listing is: shelter, visitation program, and so on' },
  accepted_goods: { name: 'puente-accepted-goods', description: 'Donated goods a shelter accepts' },
  volunteer_activity: { name: 'puente-volunteer-activities', description: 'Volunteer activities a shelter welcomes' },
  accompaniment_service: {
    name: 'puente-accompaniment-services',
    description: 'What a court and ICE check-in accompaniment group offers',
  },
  language: {
    name: 'puente-languages',
    description:
      "Languages the directory offers as a filter, by ISO 639 code (a listing's every language is also an HSDS language)",
  },
  profile: {
    name: 'puente-profile',
    description:
      'Fields of the Puente profile of HSDS: what HSDS has no field for, carried as attribute values (docs/decisions/0054-hsds-profile.md)',
  },
};

// English names: HSDS gives a term one name and one language; the Spanish labels are the client's (client/src/i18n).
const KIND_NAMES: Record<(typeof LISTING_KINDS)[number], string> = {
  shelter: 'Shelter',
  visitation_program: 'Detention visitation program',
  accompaniment: 'Court and ICE accompaniment',
  task_force: 'Local task force',
  legal_help: 'Legal help',
  foster_care: 'Foster care',
};
const GOODS_NAMES: Record<(typeof ACCEPTED_GOODS)[number], string> = {
  clothing: 'Clothing',
  books: 'Books',
  toys: 'Toys and stuffed animals',
  art_supplies: 'Art supplies',
  school_supplies: 'School supplies',
  hygiene: 'Hygiene items',
  baby_supplies: 'Baby supplies',
  food: 'Food',
};
const ACTIVITY_NAMES: Record<(typeof VOLUNTEER_ACTIVITIES)[number], string> = {
  story_time: 'Story time',
  art_projects: 'Art projects',
  tutoring: 'Tutoring',
  play_and_childcare: 'Play and childcare',
  meal_service: 'Serving meals',
  sorting_donations: 'Sorting donations',
  interpreting: 'Interpreting',
  rides: 'Rides',
};
const SERVICE_NAMES: Record<(typeof ACCOMPANIMENT_SERVICES)[number], string> = {
  court: 'Going to immigration court',
  ice_checkin: 'ICE check-ins',
  interpreting: 'Interpreting',
  childcare: 'Childcare',
  rides: 'Rides',
};

/**
 * The languages with a term: the client's filter chips and the Indigenous languages of Mexico and Central America it
 * names (client/src/i18n/language-names.ts). A listing's other languages are HSDS languages without a term.
 */
export const TERM_LANGUAGES: Record<string, string> = {
  es: 'Spanish',
  en: 'English',
  ht: 'Haitian Creole',
  pt: 'Portuguese',
  fr: 'French',
  zh: 'Chinese',
  vi: 'Vietnamese',
  ar: 'Arabic',
  ru: 'Russian',
  uk: 'Ukrainian',
  quc: "K'iche'",
  mam: 'Mam',
  kjb: "Q'anjob'al",
  cak: 'Kaqchikel',
  kek: "Q'eqchi'",
  acr: 'Achi',
  jac: "Popti'",
  ixl: 'Ixil',
  tzj: "Tz'utujil",
  poh: "Poqomchi'",
  chj: 'Chuj',
  agu: 'Awakateko',
  tzo: 'Tzotzil',
  tzh: 'Tzeltal',
  yua: 'Yucatec Maya',
  nah: 'Nahuatl',
  mix: 'Mixtec',
  zap: 'Zapotec',
  trs: 'Triqui',
  cab: 'Garifuna',
  miq: 'Miskito',
};

/** The profile's fields: each is a term of `puente-profile`; an attribute with that term carries the field's value. */
export const PROFILE_FIELDS = {
  name_es: 'The name in Spanish (service)',
  text_es: 'The Spanish text of the HSDS field named in link_type (any entity)',
  text_language: 'es: the HSDS field named in link_type holds Spanish; the listing gave no English (any entity)',
  privacy: 'exact or confidential (location); confidential: the point is the centre of a ~5 km cell, no address',
  city: 'City of a location that has no address (location)',
  state: 'USPS state code of a location that has no address (location)',
  postal_code: 'ZIP code of an exact location without a full HSDS address (street and ZIP) (location)',
  address_1: 'Street of an exact location that gives no ZIP code, hence no HSDS address (location)',
  address_2: 'Suite or floor of such a location (location)',
  point_from_zip: "true: the point is the ZIP code's centre, not the place itself (location)",
  service_area: 'radius <km> | states <CODE CODE ...> | nationwide (service_area)',
  extension: 'A phone extension with leading zeros, as written (phone)',
  schedule_of:
    'hours | drop_off_hours | visiting_schedule | meeting_schedule | meetings: which schedule this row belongs to',
  time_zone: 'IANA time zone of the schedule times, which are local (schedule)',
  current_needs_expires_on: 'Last day (YYYY-MM-DD) a shelter shows its current needs (service.alert)',
  shipping_address: 'Where to ship donated goods (service)',
  facility_code:
    "The code of a listed detention facility a visitation program visits; its name and place are the facility's (service)",
  facility_name: 'The detention facility a visitation program visits (service)',
  facility_city: "The facility's city (service)",
  facility_state: "The facility's state (service)",
  jurisdiction_level: "city, county or state: a task force's jurisdiction (service)",
  jurisdiction_name: "The jurisdiction's name (service)",
  jurisdiction_state: "The jurisdiction's state (service)",
  government_body: 'The government body a task force belongs to (service)',
  released_from:
    'Codes of the detention facilities whose released people an accompaniment group accompanies, ; between them (service)',
  public_participation: 'How the public takes part in a task force (service)',
  meeting_place: "Where a task force's meeting is held (schedule of meetings)",
  how_to_become_a_foster_parent: 'How to become a foster parent (service)',
  serves_unaccompanied_children: 'true or false: a foster-care program serves unaccompanied children (service)',
  is_demo: 'true: sample data, not a real place (service)',
} as const;
export type ProfileField = keyof typeof PROFILE_FIELDS;

/** The taxonomy of `key`. */
export function taxonomyOf(key: TaxonomyKey): HsdsTaxonomy {
  return { id: hsdsId(`taxonomy/${key}`), ...TAXONOMY_TEXT[key], version: '1' };
}

/** The term for `value` in the taxonomy `key` (a profile field, a kind, a good...). */
export function termOf(key: TaxonomyKey, value: string): HsdsTaxonomyTerm {
  // Built once per term (an export links tens of thousands of attributes to a few hundred terms); a copy each time, so
  // no caller can change the shared one.
  const code = `${key}/${value}`;
  let term = TERMS.get(code);
  if (!term) TERMS.set(code, (term = buildTerm(key, value, code)));
  return { ...term };
}

const TERMS = new Map<string, HsdsTaxonomyTerm>();

function buildTerm(key: TaxonomyKey, value: string, code: string): HsdsTaxonomyTerm {
  const names: Record<TaxonomyKey, Record<string, string>> = {
    kind: KIND_NAMES,
    accepted_goods: GOODS_NAMES,
    volunteer_activity: ACTIVITY_NAMES,
    accompaniment_service: SERVICE_NAMES,
    language: TERM_LANGUAGES,
    profile: Object.fromEntries(Object.keys(PROFILE_FIELDS).map((f) => [f, f])),
  };
  return {
    id: hsdsId(code),
    code,
    name: names[key][value] ?? value,
    description:
      key === 'profile'
        ? PROFILE_FIELDS[value as ProfileField]
        : `${TAXONOMY_TEXT[key].description}: ${names[key][value]}`,
    taxonomy: TAXONOMY_TEXT[key].name,
    taxonomy_id: taxonomyOf(key).id,
    language: 'en',
  };
}

const VALUES: Record<TaxonomyKey, readonly string[]> = {
  kind: LISTING_KINDS,
  accepted_goods: ACCEPTED_GOODS,
  volunteer_activity: VOLUNTEER_ACTIVITIES,
  accompaniment_service: ACCOMPANIMENT_SERVICES,
  language: Object.keys(TERM_LANGUAGES),
  profile: Object.keys(PROFILE_FIELDS),
};

/** Every taxonomy Puente publishes. */
export function hsdsTaxonomies(): HsdsTaxonomy[] {
  return TAXONOMY_KEYS.map(taxonomyOf);
}

/** Every taxonomy term Puente publishes, taxonomy by taxonomy, in the contract's order. */
export function hsdsTaxonomyTerms(): HsdsTaxonomyTerm[] {
  return TAXONOMY_KEYS.flatMap((key) => VALUES[key].map((value) => termOf(key, value)));
}

const TERMS_BY_ID = new Map(hsdsTaxonomyTerms().map((t) => [t.id, t]));
const TERMS_BY_CODE = new Map(hsdsTaxonomyTerms().map((t) => [t.code, t]));

/** Which Puente term an attribute names, by its taxonomy_term_id or its nested term's code; undefined for foreign terms. */
export function puenteTerm(attribute: {
  taxonomy_term_id?: string;
  taxonomy_term?: { id?: string; code?: string };
}): { key: TaxonomyKey; value: string } | undefined {
  const term =
    TERMS_BY_ID.get(attribute.taxonomy_term_id ?? attribute.taxonomy_term?.id ?? '') ??
    TERMS_BY_CODE.get(attribute.taxonomy_term?.code ?? '');
  if (!term) return undefined;
  const slash = term.code.indexOf('/');
  return { key: term.code.slice(0, slash) as TaxonomyKey, value: term.code.slice(slash + 1) };
}
