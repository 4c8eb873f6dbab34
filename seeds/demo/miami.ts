// Demo listings in Miami, FL (Eastern time), where many families speak Haitian Creole.
import type { ListingInput } from '../../server/contract/listing';
import {
  DEMO,
  DEMO_NEEDS_EXPIRE_ON,
  EVERY_DAY,
  WEEKDAYS_MON_FRI,
  on,
  sampleEmail,
  sampleText,
  sampleWebsite,
} from './demo-helpers';

const timeZone = 'America/New_York';

/** Sample listings around Miami, FL, keyed by seed name. */
export const miamiListings: Record<string, ListingInput> = {
  'demo-miami-shelter': {
    ...DEMO,
    name: 'Puerto Seguro Family Center',
    organization: {
      name: 'Puerto Seguro',
      website: sampleWebsite('puerto-seguro'),
      email: sampleEmail('puerto-seguro'),
    },
    description: sampleText(
      'A family centre offering a few nights of shelter, meals, baby supplies and help reaching relatives, in Spanish and Haitian Creole.',
      'Un centro familiar que ofrece algunas noches de albergue, comidas, artículos para bebé y ayuda para comunicarse con familiares, en español y criollo haitiano.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '350 Sample Street', city: 'Miami', state: 'FL', postalCode: '33128' },
      latitude: 25.78,
      longitude: -80.2,
    },
    serviceArea: { type: 'radius', radiusKm: 40 },
    phones: [{ number: '305-555-0118' }],
    website: sampleWebsite('puerto-seguro'),
    languages: ['en', 'es', 'ht'],
    hours: { timeZone, openings: on(EVERY_DAY, '08:00', '20:00') },
    details: {
      kind: 'shelter',
      acceptedGoods: ['baby_supplies', 'hygiene', 'clothing', 'food'],
      volunteerActivities: ['interpreting', 'meal_service', 'play_and_childcare', 'sorting_donations'],
      currentNeeds: {
        text: {
          en: 'Diapers, baby wipes, light summer clothes and insect repellent.',
          es: 'Pañales, toallitas húmedas, ropa ligera de verano y repelente de insectos.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '09:00', '17:00') },
    },
    lastVerifiedOn: '2026-09-09',
  },
  'demo-miami-visitation': {
    ...DEMO,
    name: 'South Florida Detention Visitors',
    organization: { name: 'South Florida Detention Visitors', website: sampleWebsite('south-florida-visitors') },
    description: sampleText(
      'Visits people held at the Krome North Service Processing Center, in Spanish, Haitian Creole and English.',
      'Visita a personas detenidas en el Krome North Service Processing Center, en español, criollo haitiano e inglés.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '900 Sample Avenue', city: 'Miami', state: 'FL', postalCode: '33130' },
      latitude: 25.7617,
      longitude: -80.1918,
    },
    serviceArea: { type: 'radius', radiusKm: 80 },
    phones: [{ number: '305-555-0119' }],
    email: sampleEmail('south-florida-visitors'),
    languages: ['en', 'es', 'ht'],
    hours: { timeZone, openings: on(['mo'], '18:00', '20:00') },
    details: {
      kind: 'visitation_program',
      facility: { name: 'Krome North Service Processing Center', city: 'Miami', state: 'FL' },
      visitingSchedule: { en: 'Weekends, in small groups.', es: 'Los fines de semana, en grupos pequeños.' },
      howToSignUp: { en: 'Call on a Monday evening to sign up.', es: 'Llame un lunes por la tarde para inscribirse.' },
    },
    lastVerifiedOn: '2026-04-26',
  },
  'demo-miami-accompaniment': {
    ...DEMO,
    name: 'Biscayne Court Companions',
    organization: { name: 'Biscayne Court Companions', website: sampleWebsite('biscayne-companions') },
    description: sampleText(
      'Goes with families to immigration court and ICE check-ins, interprets in Haitian Creole and Portuguese, and gives rides.',
      'Acompaña a las familias a la corte de inmigración y a sus citas con ICE, interpreta en criollo haitiano y portugués, y ofrece transporte.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '150 Sample Street', city: 'Miami', state: 'FL', postalCode: '33132' },
      latitude: 25.7785,
      longitude: -80.188,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '305-555-0124' }],
    languages: ['en', 'es', 'ht', 'pt'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '07:00', '16:00') },
    details: {
      kind: 'accompaniment',
      services: ['court', 'ice_checkin', 'interpreting', 'rides'],
      howToSignUp: {
        en: 'Sign up on our website for the next training.',
        es: 'Inscríbase en nuestro sitio web para la próxima capacitación.',
      },
    },
    lastVerifiedOn: '2026-10-11',
  },
  'demo-miami-task-force': {
    ...DEMO,
    name: 'Miami-Dade Newcomer Families Task Force',
    organization: { name: 'Miami-Dade Newcomer Families Task Force', website: sampleWebsite('miami-dade-task-force') },
    description: sampleText(
      'A county task force on services for newly arrived families, from shelter to school enrolment and hurricane preparedness.',
      'Un grupo de trabajo del condado sobre servicios para familias recién llegadas, desde el albergue hasta la inscripción escolar y la preparación ante huracanes.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '111 Sample Street', city: 'Miami', state: 'FL', postalCode: '33128' },
      latitude: 25.7743,
      longitude: -80.1937,
    },
    serviceArea: { type: 'radius', radiusKm: 70 },
    phones: [{ number: '305-555-0125' }],
    languages: ['en', 'es', 'ht'],
    hours: { timeZone, openings: [] }, // the zone of the meetings' times
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'county', name: 'Miami-Dade County', state: 'FL' },
      governmentBody: 'Miami-Dade Board of County Commissioners',
      meetings: [
        {
          date: '2026-01-12',
          start: '15:00',
          end: '17:00',
          repeats: 'monthly',
          place: 'Sample Government Center, Commission Chambers',
          note: {
            en: 'Interpretation into Spanish and Haitian Creole on request.',
            es: 'Interpretación al español y al criollo haitiano si se pide.',
          },
        },
      ],
      meetingSchedule: { en: 'Second Monday of each month at 15:00.', es: 'El segundo lunes de cada mes a las 15:00.' },
      publicParticipation: {
        en: 'Public comment in English, Spanish or Haitian Creole.',
        es: 'Comentarios del público en inglés, español o criollo haitiano.',
      },
    },
    lastVerifiedOn: '2026-02-18',
  },
};
