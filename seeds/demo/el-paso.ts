// Demo listings in El Paso, TX. El Paso keeps Mountain time (America/Denver), unlike the rest of Texas.
// The shelter is confidential: its exact address below is fictional and stays in the private table.
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

const timeZone = 'America/Denver';

/** Sample listings around El Paso, TX, keyed by seed name. */
export const elPasoListings: Record<string, ListingInput> = {
  'demo-el-paso-shelter': {
    ...DEMO,
    name: 'Casa Sendero Family Respite Center',
    organization: { name: 'Casa Sendero', website: sampleWebsite('casa-sendero'), email: sampleEmail('casa-sendero') },
    description: sampleText(
      'A respite centre for families released from immigration custody: a bed, hot meals, a shower, clean clothes and help calling relatives and booking travel. Children are housed here, so the address is given only by phone.',
      'Un centro de descanso para familias liberadas de la custodia migratoria: cama, comida caliente, ducha, ropa limpia y ayuda para llamar a sus familiares y organizar el viaje. Aquí se alojan niños, por eso la dirección solo se da por teléfono.',
    ),
    location: {
      privacy: 'confidential',
      address: { address1: '1400 Sample Street', city: 'El Paso', state: 'TX', postalCode: '79901' },
      latitude: 31.7652,
      longitude: -106.4795,
    },
    serviceArea: { type: 'radius', radiusKm: 40 },
    phones: [
      {
        number: '915-555-0142',
        description: { en: 'Volunteer and donation line', es: 'Línea para voluntarios y donaciones' },
      },
    ],
    email: sampleEmail('casa-sendero'),
    website: sampleWebsite('casa-sendero'),
    languages: ['en', 'es'],
    hours: {
      timeZone,
      openings: on(EVERY_DAY, '08:00', '20:00'),
      notes: { en: 'Call before visiting.', es: 'Llame antes de venir.' },
    },
    details: {
      kind: 'shelter',
      acceptedGoods: ['clothing', 'hygiene', 'baby_supplies', 'toys', 'books', 'food'],
      volunteerActivities: ['meal_service', 'sorting_donations', 'play_and_childcare', 'interpreting', 'rides'],
      currentNeeds: {
        text: {
          en: "Winter coats in children's sizes, new socks and underwear, diapers in sizes 4 to 6.",
          es: 'Abrigos de invierno en tallas infantiles, calcetines y ropa interior nuevos, pañales de las tallas 4 a 6.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: { timeZone, openings: on(['mo', 'tu', 'we', 'th', 'fr', 'sa'], '09:00', '17:00') },
      shippingAddress: 'Casa Sendero Donations, PO Box 0142, El Paso, TX 79902 (sample address)',
    },
    lastVerifiedOn: '2026-10-14',
  },
  'demo-el-paso-visitation': {
    ...DEMO,
    name: 'Borderland Detention Visitors Circle',
    organization: { name: 'Borderland Visitors Circle', website: sampleWebsite('borderland-visitors') },
    description: sampleText(
      'Volunteers visit people held at the Sample El Paso Processing Center who have no family nearby, to listen, share news from outside and put money on phone accounts.',
      'Voluntarios visitan a personas detenidas en el Sample El Paso Processing Center que no tienen familia cerca, para escucharlas, compartir noticias de afuera y poner saldo en sus cuentas telefónicas.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '2300 Sample Avenue', city: 'El Paso', state: 'TX', postalCode: '79903' },
      latitude: 31.7791,
      longitude: -106.442,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [{ number: '915-555-0143' }],
    email: sampleEmail('borderland-visitors'),
    languages: ['en', 'es'],
    hours: {
      timeZone,
      openings: on(['tu', 'th'], '18:00', '20:00'),
      notes: { en: 'Office hours for new volunteers.', es: 'Horario de oficina para nuevos voluntarios.' },
    },
    details: {
      kind: 'visitation_program',
      facility: demoFacilityReference('SAMPLE-ELP'),
      visitingSchedule: {
        en: 'Visits in pairs on Saturday mornings, after a two-hour orientation.',
        es: 'Visitas en parejas los sábados por la mañana, después de una orientación de dos horas.',
      },
      howToSignUp: {
        en: 'Fill in the volunteer form on our website; we call you within a week to schedule an orientation.',
        es: 'Llene el formulario de voluntariado en nuestro sitio web; le llamamos en una semana para programar una orientación.',
      },
    },
    lastVerifiedOn: '2026-09-30',
  },
  'demo-el-paso-accompaniment': {
    ...DEMO,
    name: 'Paso a Paso Court Companions',
    organization: { name: 'Paso a Paso', website: sampleWebsite('paso-a-paso') },
    description: sampleText(
      'Companions who go with families to immigration court hearings and ICE check-ins downtown, so no one walks in alone. We also give rides and interpret.',
      'Acompañantes que van con las familias a sus audiencias en la corte de inmigración y a sus citas con ICE en el centro, para que nadie entre solo. También ofrecemos transporte e interpretación.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '515 Sample Plaza', city: 'El Paso', state: 'TX', postalCode: '79901' },
      latitude: 31.7603,
      longitude: -106.49,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '915-555-0144', description: { en: 'Request a companion', es: 'Pida un acompañante' } }],
    website: sampleWebsite('paso-a-paso'),
    languages: ['en', 'es', 'quc'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '07:00', '16:00') },
    details: {
      kind: 'accompaniment',
      services: ['court', 'ice_checkin', 'interpreting', 'rides'],
      releasedFrom: [{ code: 'SAMPLE-ELP' }],
      howToSignUp: {
        en: 'Come to a Wednesday evening training, or call to ask about the next one.',
        es: 'Venga a una capacitación los miércoles por la tarde, o llame para preguntar por la próxima.',
      },
    },
    lastVerifiedOn: '2026-11-02',
  },
  'demo-el-paso-task-force': {
    ...DEMO,
    name: 'El Paso County Newcomer Coordination Task Force',
    organization: {
      name: 'El Paso County Newcomer Coordination Task Force',
      website: sampleWebsite('ep-newcomer-task-force'),
    },
    description: sampleText(
      'Coordinates the county, the city, shelters and churches when many families are released at once, so that no one is left on the street.',
      'Coordina al condado, la ciudad, los albergues y las iglesias cuando se libera a muchas familias a la vez, para que nadie se quede en la calle.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '500 Sample Street', city: 'El Paso', state: 'TX', postalCode: '79901' },
      latitude: 31.7597,
      longitude: -106.4887,
    },
    serviceArea: { type: 'radius', radiusKm: 80 },
    phones: [{ number: '915-555-0145' }],
    email: sampleEmail('ep-newcomer-task-force'),
    languages: ['en', 'es'],
    hours: { timeZone, openings: [] }, // the zone of the meetings' times
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'county', name: 'El Paso County', state: 'TX' },
      governmentBody: 'El Paso County Commissioners Court',
      meetings: [
        {
          date: '2026-01-13',
          start: '10:00',
          end: '12:00',
          repeats: 'monthly',
          place: 'Sample County Courthouse, Room 303',
          online: sampleWebsite('el-paso-county-court/live'),
        },
      ],
      meetingSchedule: {
        en: 'Second Tuesday of each month at 10:00, in person and online.',
        es: 'El segundo martes de cada mes a las 10:00, en persona y en línea.',
      },
      publicParticipation: {
        en: 'Public comment at the start of each meeting; sign up 30 minutes before.',
        es: 'Comentarios del público al inicio de cada reunión; inscríbase 30 minutos antes.',
      },
    },
    lastVerifiedOn: '2026-08-19',
  },
  'demo-el-paso-legal-help': {
    ...DEMO,
    name: 'Franklin Mountains Immigrant Legal Clinic',
    organization: { name: 'Franklin Mountains Legal Clinic', website: sampleWebsite('franklin-legal') },
    description: sampleText(
      'Free legal consultations for families in removal proceedings, and help finding a lawyer for children who face a judge alone.',
      'Consultas legales gratuitas para familias en proceso de deportación, y ayuda para encontrar abogado a los niños que se presentan solos ante un juez.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '320 Sample Street', city: 'El Paso', state: 'TX', postalCode: '79902' },
      latitude: 31.7694,
      longitude: -106.5011,
    },
    serviceArea: { type: 'radius', radiusKm: 100 },
    phones: [{ number: '915-555-0146' }],
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(['mo', 'we', 'fr'], '09:00', '13:00') },
    details: {
      kind: 'legal_help',
      whoCanGetHelp: {
        en: 'Anyone with a case at the El Paso immigration court.',
        es: 'Cualquier persona con un caso en la corte de inmigración de El Paso.',
      },
      howToGetHelp: {
        en: 'Walk in during clinic hours or call for an appointment.',
        es: 'Venga en horario de atención o llame para hacer una cita.',
      },
    },
    lastVerifiedOn: '2026-07-08',
  },
};
