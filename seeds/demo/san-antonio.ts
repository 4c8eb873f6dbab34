// Demo listings in San Antonio, TX (Central time).
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

const timeZone = 'America/Chicago';

/** Sample listings around San Antonio, TX, keyed by seed name. */
export const sanAntonioListings: Record<string, ListingInput> = {
  'demo-san-antonio-shelter': {
    ...DEMO,
    name: 'Puerta Abierta Migrant Resource Center',
    organization: {
      name: 'Puerta Abierta',
      website: sampleWebsite('puerta-abierta'),
      email: sampleEmail('puerta-abierta'),
    },
    description: sampleText(
      'A resource centre near the bus and airport connections where families released in South Texas get food, clothes, a phone charge and help reading their travel papers.',
      'Un centro de recursos cerca de las conexiones de autobús y aeropuerto, donde las familias liberadas en el sur de Texas reciben comida, ropa, carga para el teléfono y ayuda para leer sus documentos de viaje.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '900 Sample Street', city: 'San Antonio', state: 'TX', postalCode: '78205' },
      latitude: 29.426,
      longitude: -98.49,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [{ number: '210-555-0160' }],
    website: sampleWebsite('puerta-abierta'),
    languages: ['en', 'es', 'pt'],
    hours: { timeZone, openings: on(EVERY_DAY, '06:00', '22:00') },
    details: {
      kind: 'shelter',
      acceptedGoods: ['clothing', 'hygiene', 'baby_supplies', 'books', 'school_supplies'],
      volunteerActivities: ['sorting_donations', 'interpreting', 'rides', 'story_time'],
      currentNeeds: {
        text: {
          en: 'Suitcases and duffel bags, phone chargers, and children’s books in Spanish.',
          es: 'Maletas y bolsas de viaje, cargadores de teléfono y libros infantiles en español.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '09:00', '18:00') },
      shippingAddress: 'Puerta Abierta Donations, 900 Sample Street, San Antonio, TX 78205 (sample address)',
    },
    lastVerifiedOn: '2026-10-28',
  },
  'demo-san-antonio-visitation': {
    ...DEMO,
    name: 'Alamo Visitors Network',
    organization: { name: 'Alamo Visitors Network', website: sampleWebsite('alamo-visitors') },
    description: sampleText(
      'Organizes visits to people held at the South Texas ICE Processing Center in Pearsall, and sends books and letters.',
      'Organiza visitas a personas detenidas en el South Texas ICE Processing Center en Pearsall, y envía libros y cartas.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '3100 Sample Avenue', city: 'San Antonio', state: 'TX', postalCode: '78212' },
      latitude: 29.442,
      longitude: -98.505,
    },
    serviceArea: { type: 'radius', radiusKm: 120 },
    phones: [{ number: '210-555-0161' }],
    email: sampleEmail('alamo-visitors'),
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(['mo'], '18:30', '20:30') },
    details: {
      kind: 'visitation_program',
      facility: { name: 'South Texas ICE Processing Center', city: 'Pearsall', state: 'TX' },
      visitingSchedule: {
        en: 'Saturdays; carpools leave San Antonio at 7:30.',
        es: 'Los sábados; los coches compartidos salen de San Antonio a las 7:30.',
      },
      howToSignUp: {
        en: 'Come to a Monday evening meeting to meet the team and sign up.',
        es: 'Venga a una reunión los lunes por la tarde para conocer al equipo e inscribirse.',
      },
    },
    lastVerifiedOn: '2026-07-19',
  },
  'demo-san-antonio-accompaniment': {
    ...DEMO,
    name: 'Compañeros en la Corte San Antonio',
    organization: { name: 'Compañeros en la Corte', website: sampleWebsite('companeros-corte') },
    description: sampleText(
      'Volunteers accompany parents to immigration court and ICE check-ins, and care for their children in a room nearby during the hearing.',
      'Voluntarios acompañan a madres y padres a la corte de inmigración y a sus citas con ICE, y cuidan a sus hijos en una sala cercana durante la audiencia.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '410 Sample Street', city: 'San Antonio', state: 'TX', postalCode: '78204' },
      latitude: 29.418,
      longitude: -98.485,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '210-555-0162' }],
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '07:00', '15:00') },
    details: {
      kind: 'accompaniment',
      services: ['court', 'ice_checkin', 'childcare'],
      howToSignUp: {
        en: 'Childcare volunteers need a background check; we pay for it.',
        es: 'Los voluntarios que cuidan niños necesitan una verificación de antecedentes; nosotros la pagamos.',
      },
    },
    lastVerifiedOn: '2026-09-12',
  },
  'demo-san-antonio-task-force': {
    ...DEMO,
    name: 'Bexar County Newcomer Services Task Force',
    organization: { name: 'Bexar County Newcomer Services Task Force', website: sampleWebsite('bexar-task-force') },
    description: sampleText(
      'Coordinates county and city services, the airport and the resource centres so that newcomers passing through reach their destinations safely.',
      'Coordina los servicios del condado y la ciudad, el aeropuerto y los centros de recursos para que las personas recién llegadas que están de paso lleguen a salvo a su destino.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '101 Sample Plaza', city: 'San Antonio', state: 'TX', postalCode: '78205' },
      latitude: 29.4241,
      longitude: -98.4936,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [{ number: '210-555-0163' }],
    languages: ['en', 'es'],
    hours: { timeZone, openings: [] }, // the zone of the meetings' times
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'county', name: 'Bexar County', state: 'TX' },
      governmentBody: 'Bexar County Commissioners Court',
      meetings: [
        {
          date: '2026-01-30',
          start: '09:00',
          end: '10:30',
          repeats: 'monthly',
          place: 'Sample Courthouse, Commissioners Courtroom',
        },
      ],
      meetingSchedule: { en: 'Last Friday of each month at 9:00.', es: 'El último viernes de cada mes a las 9:00.' },
      publicParticipation: {
        en: 'Public comment is taken in writing and read into the minutes.',
        es: 'Los comentarios del público se reciben por escrito y se leen en el acta.',
      },
    },
    lastVerifiedOn: '2026-01-23',
  },
};
