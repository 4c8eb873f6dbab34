// Demo listings in Denver, CO (Mountain time).
// The shelter closes for lunch: the two-openings-in-one-day example of the demo data.
import type { ListingInput } from '../../server/contract/listing';
import {
  DEMO,
  DEMO_NEEDS_EXPIRE_ON,
  WEEKDAYS_MON_FRI,
  on,
  sampleEmail,
  sampleText,
  sampleWebsite,
} from './demo-helpers';

const timeZone = 'America/Denver';

/** Sample listings around Denver, CO, keyed by seed name. */
export const denverListings: Record<string, ListingInput> = {
  'demo-denver-shelter': {
    ...DEMO,
    name: 'Front Range Newcomer Shelter',
    organization: {
      name: 'Front Range Newcomer Shelter',
      website: sampleWebsite('front-range-shelter'),
      email: sampleEmail('front-range-shelter'),
    },
    description: sampleText(
      'Emergency shelter for families who arrived by bus, with hot meals, warm clothes and help finding longer-term housing.',
      'Albergue de emergencia para familias que llegaron en autobús, con comidas calientes, ropa de abrigo y ayuda para encontrar vivienda a más largo plazo.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '1550 Sample Street', city: 'Denver', state: 'CO', postalCode: '80202' },
      latitude: 39.743,
      longitude: -104.99,
    },
    serviceArea: { type: 'radius', radiusKm: 40 },
    phones: [{ number: '303-555-0110' }],
    website: sampleWebsite('front-range-shelter'),
    languages: ['en', 'es'],
    hours: {
      timeZone,
      openings: [
        ...on(WEEKDAYS_MON_FRI, '09:00', '12:00'),
        ...on(WEEKDAYS_MON_FRI, '14:00', '18:00'),
        { day: 'sa', opensAt: '10:00', closesAt: '14:00' },
      ],
      notes: {
        en: 'Closed 12:00 to 14:00 for lunch service.',
        es: 'Cerrado de 12:00 a 14:00 durante el servicio de almuerzo.',
      },
    },
    details: {
      kind: 'shelter',
      acceptedGoods: ['clothing', 'food', 'hygiene', 'baby_supplies'],
      volunteerActivities: ['meal_service', 'sorting_donations', 'rides', 'interpreting'],
      currentNeeds: {
        text: {
          en: 'Warm blankets, thermal underwear and non-perishable food for families moving on.',
          es: 'Mantas abrigadas, ropa térmica y comida no perecedera para las familias que siguen su camino.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: { timeZone, openings: on(['mo', 'we', 'fr'], '09:00', '12:00') },
    },
    lastVerifiedOn: '2026-10-30',
  },
  'demo-denver-visitation': {
    ...DEMO,
    name: 'Aurora Visitation Circle',
    organization: { name: 'Aurora Visitation Circle', website: sampleWebsite('aurora-visitation') },
    description: sampleText(
      'Visits people held at the Denver Contract Detention Facility in Aurora, and sends them books, letters and commissary money.',
      'Visita a personas detenidas en el Denver Contract Detention Facility, en Aurora, y les envía libros, cartas y dinero para la tienda del centro.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '3100 Sample Avenue', city: 'Aurora', state: 'CO', postalCode: '80010' },
      latitude: 39.7294,
      longitude: -104.8319,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [{ number: '720-555-0111' }],
    email: sampleEmail('aurora-visitation'),
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(['tu'], '17:30', '19:30') },
    details: {
      kind: 'visitation_program',
      facility: { name: 'Denver Contract Detention Facility', city: 'Aurora', state: 'CO' },
      visitingSchedule: { en: 'Tuesday and Saturday afternoons.', es: 'Los martes y sábados por la tarde.' },
      howToSignUp: {
        en: 'Email us to attend a Tuesday orientation.',
        es: 'Escríbanos para asistir a una orientación un martes.',
      },
    },
    lastVerifiedOn: '2026-07-27',
  },
  'demo-denver-accompaniment': {
    ...DEMO,
    name: 'Mile High Accompaniment Network',
    organization: { name: 'Mile High Accompaniment Network', website: sampleWebsite('mile-high-accompaniment') },
    description: sampleText(
      'Accompanies families to ICE check-ins and court hearings, and gives rides to appointments across the metro area.',
      'Acompaña a las familias a sus citas con ICE y a sus audiencias, y ofrece transporte a citas en toda el área metropolitana.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '890 Sample Street', city: 'Denver', state: 'CO', postalCode: '80204' },
      latitude: 39.734,
      longitude: -105.02,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '303-555-0112' }],
    languages: ['en', 'es', 'mam', 'quc'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '06:30', '15:30') },
    details: {
      kind: 'accompaniment',
      services: ['ice_checkin', 'court', 'rides', 'interpreting'],
      howToSignUp: {
        en: 'Call to join the next volunteer training.',
        es: 'Llame para unirse a la próxima capacitación de voluntarios.',
      },
    },
    lastVerifiedOn: '2026-09-18',
  },
  'demo-denver-task-force': {
    ...DEMO,
    name: 'Colorado Newcomer Coordination Task Force',
    organization: {
      name: 'Colorado Newcomer Coordination Task Force',
      website: sampleWebsite('colorado-newcomer-task-force'),
    },
    description: sampleText(
      'A state task force that coordinates cities, counties and nonprofits receiving newly arrived families in Colorado.',
      'Un grupo de trabajo estatal que coordina a las ciudades, los condados y las organizaciones sin fines de lucro que reciben a familias recién llegadas en Colorado.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '200 Sample Avenue', city: 'Denver', state: 'CO', postalCode: '80203' },
      latitude: 39.7393,
      longitude: -104.985,
    },
    serviceArea: { type: 'states', states: ['CO'] },
    phones: [{ number: '303-555-0113' }],
    languages: ['en', 'es'],
    hours: { timeZone, openings: [] }, // the zone of the meetings' times
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'state', name: 'Colorado', state: 'CO' },
      governmentBody: 'Colorado Office of New Americans',
      meetings: [
        {
          date: '2026-01-05',
          start: '10:00',
          end: '11:30',
          repeats: 'monthly',
          online: sampleWebsite('colorado-newcomer-task-force/meetings'),
        },
      ],
      meetingSchedule: {
        en: 'Monthly, on the first Monday at 10:00, online.',
        es: 'Cada mes, el primer lunes a las 10:00, en línea.',
      },
      publicParticipation: {
        en: 'Open to the public; comments in the chat or by email.',
        es: 'Abierto al público; comentarios en el chat o por correo electrónico.',
      },
    },
    lastVerifiedOn: '2026-03-27',
  },
};
