// Demo listings in Tucson, AZ. Arizona keeps standard time all year (America/Phoenix).
import type { ListingInput } from '../../server/contract/listing';
import { DEMO, EVERY_DAY, WEEKDAYS_MON_FRI, on, sampleEmail, sampleText, sampleWebsite } from './demo-helpers';
import { demoFacilityReference } from '../demo-facilities';

const timeZone = 'America/Phoenix';

/** Sample listings around Tucson, AZ, keyed by seed name. */
export const tucsonListings: Record<string, ListingInput> = {
  'demo-tucson-shelter': {
    ...DEMO,
    name: 'Casa Saguaro Welcome Center',
    organization: { name: 'Casa Saguaro', website: sampleWebsite('casa-saguaro'), email: sampleEmail('casa-saguaro') },
    description: sampleText(
      'A welcome centre where asylum-seeking families rest for a day or two, see a nurse, and get tickets to join their sponsors.',
      'Un centro de bienvenida donde las familias solicitantes de asilo descansan uno o dos días, ven a una enfermera y reciben boletos para reunirse con sus patrocinadores.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '450 Sample Street', city: 'Tucson', state: 'AZ', postalCode: '85701' },
      latitude: 32.223,
      longitude: -110.97,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '520-555-0150' }],
    website: sampleWebsite('casa-saguaro'),
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(EVERY_DAY, '07:00', '19:00') },
    details: {
      kind: 'shelter',
      acceptedGoods: ['hygiene', 'clothing', 'school_supplies', 'food'],
      volunteerActivities: ['meal_service', 'rides', 'sorting_donations', 'tutoring'],
      currentNeeds: {
        text: {
          en: 'Sun hats, refillable water bottles, electrolyte drinks and sandals in all sizes.',
          es: 'Sombreros para el sol, botellas de agua reutilizables, bebidas con electrolitos y sandalias de todas las tallas.',
        },
        expiresOn: '2027-09-30',
      },
      dropOffHours: { timeZone, openings: on(['tu', 'th', 'sa'], '08:00', '12:00') },
    },
    lastVerifiedOn: '2026-08-02',
  },
  'demo-tucson-visitation': {
    ...DEMO,
    name: 'Desert Visitors Circle',
    organization: { name: 'Desert Visitors Circle', website: sampleWebsite('desert-visitors') },
    description: sampleText(
      'Drives volunteers from Tucson to visit people held at the Sample Desert Detention Center in Eloy, and writes to those who cannot receive visits.',
      'Lleva a voluntarios desde Tucson a visitar a personas detenidas en el Sample Desert Detention Center de Eloy, y escribe a quienes no pueden recibir visitas.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '1900 Sample Road', city: 'Tucson', state: 'AZ', postalCode: '85719' },
      latitude: 32.236,
      longitude: -110.956,
    },
    serviceArea: { type: 'radius', radiusKm: 120 },
    phones: [{ number: '520-555-0151' }],
    email: sampleEmail('desert-visitors'),
    languages: ['en', 'es'],
    details: {
      kind: 'visitation_program',
      facility: demoFacilityReference('SAMPLE-TUS'),
      visitingSchedule: {
        en: 'A van leaves Tucson every Sunday at 8:00.',
        es: 'Una camioneta sale de Tucson todos los domingos a las 8:00.',
      },
      howToSignUp: {
        en: 'Email us your name and phone number; orientations are on the last Saturday of the month.',
        es: 'Envíenos su nombre y teléfono por correo electrónico; las orientaciones son el último sábado del mes.',
      },
    },
    lastVerifiedOn: '2026-02-26',
  },
  'demo-tucson-accompaniment': {
    ...DEMO,
    name: 'Sonoran Court Companions',
    organization: { name: 'Sonoran Court Companions', website: sampleWebsite('sonoran-companions') },
    description: sampleText(
      'Accompanies families to ICE check-ins and court hearings in Tucson, with interpreters for K’iche’ and Mam speakers.',
      'Acompaña a las familias a sus citas con ICE y a sus audiencias en Tucson, con intérpretes para hablantes de k’iche’ y mam.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '60 Sample Street', city: 'Tucson', state: 'AZ', postalCode: '85701' },
      latitude: 32.2095,
      longitude: -110.96,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [{ number: '520-555-0152' }],
    languages: ['en', 'es', 'quc', 'mam'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '08:00', '14:00') },
    details: {
      kind: 'accompaniment',
      services: ['ice_checkin', 'court', 'interpreting', 'rides'],
      howToSignUp: {
        en: 'Speakers of Mayan languages are especially welcome; call to talk with a coordinator.',
        es: 'Damos la bienvenida especialmente a hablantes de idiomas mayas; llame para hablar con una coordinadora.',
      },
    },
    lastVerifiedOn: '2026-11-15',
  },
  'demo-tucson-task-force': {
    ...DEMO,
    name: 'Tucson Migrant Welcome Task Force',
    organization: { name: 'Tucson Migrant Welcome Task Force', website: sampleWebsite('tucson-welcome-task-force') },
    description: sampleText(
      'A city task force that funds emergency shelter space and coordinates volunteers when federal releases rise.',
      'Un grupo de trabajo de la ciudad que financia espacios de albergue de emergencia y coordina a los voluntarios cuando aumentan las liberaciones federales.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '255 Sample Avenue', city: 'Tucson', state: 'AZ', postalCode: '85701' },
      latitude: 32.221,
      longitude: -110.9712,
    },
    serviceArea: { type: 'radius', radiusKm: 40 },
    phones: [{ number: '520-555-0153' }],
    languages: ['en', 'es'],
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'city', name: 'City of Tucson', state: 'AZ' },
      governmentBody: 'Tucson Mayor and Council',
      meetingSchedule: {
        en: 'Quarterly, on a Wednesday evening at 18:00.',
        es: 'Cada trimestre, un miércoles a las 18:00.',
      },
      publicParticipation: {
        en: 'Call to the audience at every meeting, in English or Spanish.',
        es: 'Turno de participación del público en cada reunión, en inglés o en español.',
      },
    },
    lastVerifiedOn: '2026-06-01',
  },
};
