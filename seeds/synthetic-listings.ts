// Synthetic listings for load tests: valid by construction, spread like the US population, varied so every filter has work.
import type { ListingInputParsed } from '../server/contract/listing';
import type { WeeklyHours } from '../server/contract/common';
import {
  ACCEPTED_GOODS,
  ACCOMPANIMENT_SERVICES,
  VOLUNTEER_ACTIVITIES,
  WEEKDAYS,
  type ListingKind,
  type UsState,
} from '../server/contract/vocabulary';
import { jitteredPoint, pickPlace, type Random, type UsPlace } from './us-population';

/** Share of listings that are confidential shelters (the public sees only their cell). */
export const CONFIDENTIAL_SHARE = 0.03;
/** Share of listings still waiting for moderation (never public). */
export const PENDING_SHARE = 0.05;
/** One listing in this many is a nationwide resource with no place: 20 at a million. Real life has a few dozen, and
 * every first page of a search carries them (up to 50), so more would make each response unrealistically heavy. */
export const NATIONWIDE_EVERY = 50_000;

// Local kinds by cumulative weight: mostly shelters, accompaniment, visitation and task forces.
const LOCAL_KINDS: Array<[ListingKind, number]> = [
  ['shelter', 0.4],
  ['accompaniment', 0.6],
  ['visitation_program', 0.75],
  ['task_force', 0.9],
  ['legal_help', 0.96],
  ['foster_care', 1],
];

const LABELS: Record<ListingKind, [string, string]> = {
  shelter: ['shelter', 'albergue'],
  visitation_program: ['visitation program', 'programa de visitas'],
  accompaniment: ['accompaniment group', 'grupo de acompañamiento'],
  task_force: ['task force', 'grupo de trabajo'],
  legal_help: ['legal help', 'ayuda legal'],
  foster_care: ['foster care program', 'programa de cuidado de crianza'],
};

// Other languages, each offered by a few listings; English and Spanish are common.
const OTHER_LANGUAGES = ['fr', 'ht', 'pt', 'zh', 'vi', 'ar', 'ru', 'uk', 'so', 'quc', 'mam', 'kjb'];

// The time zone most of each state keeps; hours are stored with it.
const ZONES: Record<string, string> = {
  'America/New_York': 'CT DE DC FL GA KY ME MD MA NH NJ NY NC OH PA RI SC VT VA WV',
  'America/Detroit': 'MI',
  'America/Indiana/Indianapolis': 'IN',
  'America/Chicago': 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI',
  'America/Denver': 'CO MT NM UT WY',
  'America/Boise': 'ID',
  'America/Phoenix': 'AZ',
  'America/Los_Angeles': 'CA NV OR WA',
  'America/Anchorage': 'AK',
  'Pacific/Honolulu': 'HI',
};
const ZONE_OF_STATE = new Map(
  Object.entries(ZONES).flatMap(([zone, states]) => states.split(' ').map((s) => [s, zone] as const)),
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Turns a seeded random source into synthetic listings, one at a time, in a reproducible order. */
export class SyntheticListingFactory {
  constructor(private readonly random: Random) {}

  /** The listing numbered `index`, run by `organizationName`; nationwide ones have no location. */
  next(index: number, organizationName: string): ListingInputParsed {
    const r = this.random;
    if (index % NATIONWIDE_EVERY === 1) return this.nationwide(index, organizationName);
    const place = pickPlace(r);
    const confidential = r() < CONFIDENTIAL_SHARE;
    const kind = confidential ? 'shelter' : this.localKind();
    const point = jitteredPoint(place, r);
    const [en, es] = LABELS[kind];
    return {
      name: `Synthetic ${en} #${index}`,
      organization: { name: organizationName },
      description: {
        en: `Synthetic ${en} near ${place.name}, ${place.state}: sample data.`,
        ...(r() < 0.5 ? { es: `${capitalize(es)} cerca de ${place.name}, ${place.state}: datos de prueba.` } : {}),
      },
      location: {
        privacy: confidential ? 'confidential' : 'exact',
        address: {
          address1: `${100 + Math.floor(r() * 9900)} Synthetic Ave`,
          city: place.name,
          state: place.state,
          postalCode: pad(Math.floor(r() * 99999) + 1, 5),
        },
        latitude: point.latitude,
        longitude: point.longitude,
      },
      serviceArea:
        r() < 0.85
          ? { type: 'radius', radiusKm: 10 + Math.floor(r() * 90) }
          : { type: 'states', states: [place.state] },
      phones: this.phones(index),
      ...(r() < 0.4 ? { email: `listing${index}@synthetic.example` } : {}),
      ...(r() < 0.5 ? { website: `https://synthetic.example/listings/${index}` } : {}),
      languages: this.languages(),
      ...(r() < 0.75 ? { hours: this.hours(place.state) } : {}),
      details: this.details(kind, place),
      status: r() < PENDING_SHARE ? 'pending' : 'published',
      lastVerifiedOn: `2026-${pad(1 + Math.floor(r() * 11))}-${pad(1 + Math.floor(r() * 28))}`,
      isDemo: true,
    };
  }

  private nationwide(index: number, organizationName: string): ListingInputParsed {
    const kind = this.random() < 0.6 ? 'legal_help' : 'foster_care';
    const [en] = LABELS[kind];
    return {
      name: `Synthetic nationwide ${en} #${index}`,
      organization: { name: organizationName },
      description: { en: `Synthetic nationwide ${en}: sample data.` },
      serviceArea: { type: 'nationwide' },
      phones: this.phones(index),
      languages: ['en', 'es'],
      details: kind === 'legal_help' ? { kind } : { kind, servesUnaccompaniedChildren: true },
      status: 'published',
      isDemo: true,
    };
  }

  private localKind(): ListingKind {
    const x = this.random();
    return LOCAL_KINDS.find(([, upTo]) => x < upTo)![0];
  }

  // Each value independently with probability p; `atLeastOne` keeps a required non-empty list valid.
  private subset<T>(values: readonly T[], p: number, atLeastOne = false): T[] {
    const chosen = values.filter(() => this.random() < p);
    if (atLeastOne && chosen.length === 0) chosen.push(values[Math.floor(this.random() * values.length)]!);
    return chosen;
  }

  private languages(): string[] {
    const r = this.random;
    const languages = [
      ...(r() < 0.9 ? ['en'] : []),
      ...(r() < 0.85 ? ['es'] : []),
      ...this.subset(OTHER_LANGUAGES, 0.04),
    ];
    return languages.length ? languages : ['es'];
  }

  private phones(index: number): ListingInputParsed['phones'] {
    const area = 200 + (index % 800);
    const main = { number: `(${area}) 555-${pad(index % 10000, 4)}` };
    return this.random() < 0.2 ? [main, { number: `1-800-555-${pad(index % 10000, 4)}`, extension: '12' }] : [main];
  }

  // Weekday office hours, round the clock, long days, late nights across midnight, or a random week.
  private hours(state: UsState): WeeklyHours {
    const r = this.random;
    const timeZone = ZONE_OF_STATE.get(state) ?? 'America/Chicago';
    const pattern = r();
    const every = (days: readonly (typeof WEEKDAYS)[number][], opensAt: string, closesAt: string) =>
      days.map((day) => ({ day, opensAt, closesAt }));
    if (pattern < 0.35) return { timeZone, openings: every(WEEKDAYS.slice(0, 5), '09:00', '17:00') };
    if (pattern < 0.5) return { timeZone, openings: every(WEEKDAYS, '00:00', '24:00') };
    if (pattern < 0.65) return { timeZone, openings: every(WEEKDAYS.slice(0, 6), '08:00', '20:00') };
    if (pattern < 0.72)
      return {
        timeZone,
        openings: every(['fr', 'sa'], '18:00', '02:00'),
        notes: { en: 'Call ahead.', es: 'Llame antes.' },
      };
    const openings = WEEKDAYS.filter(() => r() < 0.6).map((day) => {
      const opens = 6 + Math.floor(r() * 6);
      return { day, opensAt: `${pad(opens)}:00`, closesAt: `${pad(opens + 4 + Math.floor(r() * 7))}:30` };
    });
    return { timeZone, openings };
  }

  private details(kind: ListingKind, place: UsPlace): ListingInputParsed['details'] {
    const r = this.random;
    switch (kind) {
      case 'shelter':
        return {
          kind,
          acceptedGoods: this.subset(ACCEPTED_GOODS, 0.35),
          volunteerActivities: this.subset(VOLUNTEER_ACTIVITIES, 0.25),
          ...(r() < 0.1
            ? {
                currentNeeds: {
                  text: { en: 'Winter coats and diapers.', es: 'Abrigos de invierno y pañales.' },
                  expiresOn: `2027-0${1 + Math.floor(r() * 9)}-15`,
                },
              }
            : {}),
        };
      case 'visitation_program':
        return { kind, facility: { name: `${place.name} Processing Center`, city: place.name, state: place.state } };
      case 'accompaniment':
        return { kind, services: this.subset(ACCOMPANIMENT_SERVICES, 0.4, true) };
      case 'task_force': {
        const level = r() < 0.5 ? 'county' : r() < 0.8 ? 'city' : 'state';
        const name = level === 'county' ? `${place.name} County` : level === 'city' ? place.name : place.state;
        return {
          kind,
          jurisdiction: { level, name, state: place.state },
          governmentBody: `${name} ${level === 'state' ? 'Legislature' : 'Council'}`,
        };
      }
      case 'legal_help':
        return { kind };
      case 'foster_care':
        return { kind, servesUnaccompaniedChildren: r() < 0.8 };
    }
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
