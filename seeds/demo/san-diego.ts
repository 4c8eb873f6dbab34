// Demo listings in San Diego, CA (Pacific time).
// The shelter takes late arrivals on Friday and Saturday nights: the past-midnight example of the demo data.
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
import { demoFacilityReference } from '../demo-facilities';

const timeZone = 'America/Los_Angeles';

/** Sample listings around San Diego, CA, keyed by seed name. */
export const sanDiegoListings: Record<string, ListingInput> = {
  'demo-san-diego-shelter': {
    ...DEMO,
    name: 'Puerta del Mar Family Shelter',
    organization: {
      name: 'Puerta del Mar',
      website: sampleWebsite('puerta-del-mar'),
      email: sampleEmail('puerta-del-mar'),
    },
    description: sampleText(
      'Short stays for families who have just crossed at the border, with meals, showers, a clothing room and a play corner for children.',
      'Estancias cortas para familias que acaban de cruzar la frontera, con comidas, duchas, un ropero y un rincón de juegos para los niños.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '700 Sample Street', city: 'San Diego', state: 'CA', postalCode: '92101' },
      latitude: 32.7118,
      longitude: -117.1532,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '619-555-0130' }],
    website: sampleWebsite('puerta-del-mar'),
    languages: ['en', 'es', 'ht'],
    hours: {
      timeZone,
      openings: [...on(EVERY_DAY, '08:00', '18:00'), ...on(['fr', 'sa'], '20:00', '02:00')],
      notes: {
        en: 'Friday and Saturday nights we stay open until 2 in the morning for late buses.',
        es: 'Los viernes y sábados por la noche abrimos hasta las 2 de la madrugada para recibir los últimos autobuses.',
      },
    },
    details: {
      kind: 'shelter',
      acceptedGoods: ['clothing', 'hygiene', 'toys', 'art_supplies', 'books'],
      volunteerActivities: ['art_projects', 'story_time', 'sorting_donations', 'interpreting'],
      currentNeeds: {
        text: {
          en: 'Crayons and colouring books, travel-size shampoo, and backpacks for the journey.',
          es: 'Crayones y libros para colorear, champú en tamaño de viaje y mochilas para el camino.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '10:00', '16:00') },
      shippingAddress: 'Puerta del Mar, 700 Sample Street, San Diego, CA 92101 (sample address)',
    },
    lastVerifiedOn: '2026-09-05',
  },
  'demo-san-diego-visitation': {
    ...DEMO,
    name: 'Otay Mesa Visitation Friends',
    organization: { name: 'Otay Mesa Visitation Friends', website: sampleWebsite('otay-visitation') },
    description: sampleText(
      'Pairs volunteers with people held at the Sample San Diego Detention Center for regular visits and letters.',
      'Une a voluntarios con personas detenidas en el Sample San Diego Detention Center para visitas regulares y cartas.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '250 Sample Avenue', city: 'Chula Vista', state: 'CA', postalCode: '91910' },
      latitude: 32.6401,
      longitude: -117.0842,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [{ number: '619-555-0131' }],
    email: sampleEmail('otay-visitation'),
    languages: ['en', 'es', 'pt'],
    hours: { timeZone, openings: on(['we'], '17:00', '19:00') },
    details: {
      kind: 'visitation_program',
      facility: demoFacilityReference('SAMPLE-SAN'),
      visitingSchedule: {
        en: 'Weekday afternoons and Saturday mornings, as the facility allows.',
        es: 'Entre semana por la tarde y los sábados por la mañana, según lo permita el centro.',
      },
      howToSignUp: {
        en: 'Email us; new visitors shadow an experienced one twice before visiting alone.',
        es: 'Escríbanos; los nuevos visitantes acompañan dos veces a alguien con experiencia antes de visitar por su cuenta.',
      },
    },
    lastVerifiedOn: '2026-04-17',
  },
  'demo-san-diego-accompaniment': {
    ...DEMO,
    name: 'San Diego Court Companions',
    organization: { name: 'San Diego Court Companions', website: sampleWebsite('sd-court-companions') },
    description: sampleText(
      'Trained companions sit with families at immigration court and at ICE check-ins downtown, and take notes for their lawyers.',
      'Acompañantes capacitados se sientan con las familias en la corte de inmigración y en sus citas con ICE en el centro, y toman notas para sus abogados.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '1100 Sample Boulevard', city: 'San Diego', state: 'CA', postalCode: '92101' },
      latitude: 32.7157,
      longitude: -117.1611,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '619-555-0132' }],
    languages: ['en', 'es', 'ht'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '07:30', '15:30') },
    details: {
      kind: 'accompaniment',
      services: ['court', 'ice_checkin', 'interpreting'],
      howToSignUp: {
        en: 'Monthly trainings; sign up on our website.',
        es: 'Capacitaciones mensuales; inscríbase en nuestro sitio web.',
      },
    },
    lastVerifiedOn: '2026-10-22',
  },
  'demo-san-diego-task-force': {
    ...DEMO,
    name: 'San Diego County Migrant Arrivals Task Force',
    organization: {
      name: 'San Diego County Migrant Arrivals Task Force',
      website: sampleWebsite('sd-arrivals-task-force'),
    },
    description: sampleText(
      'A county working group with shelters, transit and public health that plans for street releases and shares what volunteers can do.',
      'Un grupo de trabajo del condado con albergues, transporte público y salud pública que planifica para las liberaciones en la calle e informa qué pueden hacer los voluntarios.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '1600 Sample Highway', city: 'San Diego', state: 'CA', postalCode: '92101' },
      latitude: 32.7203,
      longitude: -117.1726,
    },
    serviceArea: { type: 'radius', radiusKm: 100 },
    phones: [{ number: '619-555-0133' }],
    languages: ['en', 'es'],
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'county', name: 'San Diego County', state: 'CA' },
      governmentBody: 'San Diego County Board of Supervisors',
      meetingSchedule: { en: 'Every other Monday at 15:00, online.', es: 'Cada dos lunes a las 15:00, en línea.' },
      publicParticipation: {
        en: 'Anyone may join online and speak during the last 20 minutes.',
        es: 'Cualquier persona puede conectarse y tomar la palabra durante los últimos 20 minutos.',
      },
    },
    lastVerifiedOn: '2026-03-09',
  },
};
