// Demo listings in Los Angeles, CA (Pacific time).
import type { ListingInput } from '../../server/contract/listing';
import { DEMO, EVERY_DAY, WEEKDAYS_MON_FRI, on, sampleEmail, sampleText, sampleWebsite } from './demo-helpers';

const timeZone = 'America/Los_Angeles';

/** Sample listings around Los Angeles, CA, keyed by seed name. */
export const losAngelesListings: Record<string, ListingInput> = {
  'demo-los-angeles-shelter': {
    ...DEMO,
    name: 'Casa Jacaranda Family Shelter',
    organization: {
      name: 'Casa Jacaranda',
      website: sampleWebsite('casa-jacaranda'),
      email: sampleEmail('casa-jacaranda'),
    },
    description: sampleText(
      'A family shelter downtown with meals, a clothing closet, art classes for children and help finding schools and clinics.',
      'Un albergue familiar en el centro con comidas, un ropero, clases de arte para niños y ayuda para encontrar escuelas y clínicas.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '800 Sample Street', city: 'Los Angeles', state: 'CA', postalCode: '90013' },
      latitude: 34.045,
      longitude: -118.24,
    },
    serviceArea: { type: 'radius', radiusKm: 40 },
    phones: [{ number: '213-555-0114' }],
    website: sampleWebsite('casa-jacaranda'),
    languages: ['en', 'es', 'kjb'],
    hours: { timeZone, openings: on(EVERY_DAY, '08:00', '20:00') },
    details: {
      kind: 'shelter',
      acceptedGoods: ['art_supplies', 'clothing', 'toys', 'hygiene', 'school_supplies'],
      volunteerActivities: ['art_projects', 'play_and_childcare', 'tutoring', 'meal_service'],
      currentNeeds: {
        text: {
          en: 'Watercolour sets, sketchbooks and new underwear for children aged 4 to 12.',
          es: 'Juegos de acuarelas, cuadernos de dibujo y ropa interior nueva para niños de 4 a 12 años.',
        },
        expiresOn: '2027-06-30',
      },
      dropOffHours: { timeZone, openings: on(['tu', 'th', 'sa'], '10:00', '15:00') },
    },
    lastVerifiedOn: '2026-08-25',
  },
  'demo-los-angeles-visitation': {
    ...DEMO,
    name: 'Inland Empire Visitors Network',
    organization: { name: 'Inland Empire Visitors Network', website: sampleWebsite('inland-visitors') },
    description: sampleText(
      'Carpools from Los Angeles to visit people held at the Adelanto ICE Processing Center, and supports their families by phone.',
      'Organiza viajes compartidos desde Los Ángeles para visitar a personas detenidas en el Adelanto ICE Processing Center, y apoya a sus familias por teléfono.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '1200 Sample Avenue', city: 'Los Angeles', state: 'CA', postalCode: '90012' },
      latitude: 34.06,
      longitude: -118.25,
    },
    serviceArea: { type: 'radius', radiusKm: 150 },
    phones: [{ number: '213-555-0115' }],
    email: sampleEmail('inland-visitors'),
    languages: ['en', 'es'],
    details: {
      kind: 'visitation_program',
      facility: { name: 'Adelanto ICE Processing Center', city: 'Adelanto', state: 'CA' },
      visitingSchedule: {
        en: 'Saturdays; cars leave downtown at 7:00.',
        es: 'Los sábados; los coches salen del centro a las 7:00.',
      },
      howToSignUp: { en: 'Email us; orientation is online.', es: 'Escríbanos; la orientación es en línea.' },
    },
    lastVerifiedOn: '2026-01-30',
  },
  'demo-los-angeles-accompaniment': {
    ...DEMO,
    name: 'Angelenos Court Companions',
    organization: { name: 'Angelenos Court Companions', website: sampleWebsite('angelenos-companions') },
    description: sampleText(
      'Accompanies families to immigration court and ICE check-ins downtown, with interpreters for Q’anjob’al and K’iche’ speakers.',
      'Acompaña a las familias a la corte de inmigración y a sus citas con ICE en el centro, con intérpretes para hablantes de q’anjob’al y k’iche’.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '420 Sample Boulevard', city: 'Los Angeles', state: 'CA', postalCode: '90057' },
      latitude: 34.062,
      longitude: -118.275,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [{ number: '213-555-0116' }],
    languages: ['en', 'es', 'kjb', 'quc'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '07:00', '16:00') },
    details: {
      kind: 'accompaniment',
      services: ['court', 'ice_checkin', 'interpreting', 'rides', 'childcare'],
      howToSignUp: {
        en: 'Trainings every month; see our website.',
        es: 'Capacitaciones cada mes; consulte nuestro sitio web.',
      },
    },
    lastVerifiedOn: '2026-11-18',
  },
  'demo-los-angeles-task-force': {
    ...DEMO,
    name: 'Los Angeles County Newcomer Task Force',
    organization: { name: 'Los Angeles County Newcomer Task Force', website: sampleWebsite('la-county-task-force') },
    description: sampleText(
      'A county task force that coordinates shelter, legal services and schools for newly arrived families.',
      'Un grupo de trabajo del condado que coordina albergue, servicios legales y escuelas para familias recién llegadas.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '500 Sample Street', city: 'Los Angeles', state: 'CA', postalCode: '90012' },
      latitude: 34.0537,
      longitude: -118.2428,
    },
    serviceArea: { type: 'radius', radiusKm: 90 },
    phones: [{ number: '213-555-0117' }],
    languages: ['en', 'es', 'ko', 'zh'],
    hours: { timeZone, openings: [] }, // the zone of the meetings' times
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'county', name: 'Los Angeles County', state: 'CA' },
      governmentBody: 'Los Angeles County Board of Supervisors',
      meetings: [
        { date: '2026-01-08', start: '10:00', repeats: 'monthly', place: 'Sample Hall of Administration, Board Room' },
      ],
      meetingSchedule: {
        en: 'Second Thursday of each month at 10:00.',
        es: 'El segundo jueves de cada mes a las 10:00.',
      },
      publicParticipation: {
        en: 'Public comment in person or by phone.',
        es: 'Comentarios del público en persona o por teléfono.',
      },
    },
    lastVerifiedOn: '2026-06-16',
  },
};
