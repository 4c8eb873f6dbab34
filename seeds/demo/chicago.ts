// Demo listings in Chicago, IL (Central time). The shelter is confidential: its exact address is fictional.
// The visitation program names a sample facility: we name a real one only where we are sure it exists.
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

const timeZone = 'America/Chicago';

/** Sample listings around Chicago, IL, keyed by seed name. */
export const chicagoListings: Record<string, ListingInput> = {
  'demo-chicago-shelter': {
    ...DEMO,
    name: 'Hogar Lago Family Shelter',
    organization: { name: 'Hogar Lago', website: sampleWebsite('hogar-lago'), email: sampleEmail('hogar-lago') },
    description: sampleText(
      'A shelter for newly arrived families with children, with warm clothes for the winter, English classes and help enrolling in school. The address is shared only by phone.',
      'Un albergue para familias recién llegadas con niños, con ropa de abrigo para el invierno, clases de inglés y ayuda para inscribirse en la escuela. La dirección solo se comparte por teléfono.',
    ),
    location: {
      privacy: 'confidential',
      address: { address1: '2600 Sample Avenue', city: 'Chicago', state: 'IL', postalCode: '60608' },
      latitude: 41.853,
      longitude: -87.67,
    },
    serviceArea: { type: 'radius', radiusKm: 40 },
    phones: [
      { number: '312-555-0180', description: { en: 'Donations and volunteering', es: 'Donaciones y voluntariado' } },
    ],
    email: sampleEmail('hogar-lago'),
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(EVERY_DAY, '08:00', '21:00') },
    details: {
      kind: 'shelter',
      acceptedGoods: ['clothing', 'school_supplies', 'toys', 'books', 'hygiene', 'food'],
      volunteerActivities: ['tutoring', 'story_time', 'play_and_childcare', 'meal_service', 'sorting_donations'],
      currentNeeds: {
        text: {
          en: 'Snow boots, gloves and hats for children, and winter coats in adult sizes S and M.',
          es: 'Botas para la nieve, guantes y gorros para niños, y abrigos de invierno de adulto en tallas S y M.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: {
        timeZone,
        openings: on(['tu', 'th'], '16:00', '19:00'),
        notes: {
          en: 'At a partner church; call for the place.',
          es: 'En una iglesia asociada; llame para saber el lugar.',
        },
      },
      shippingAddress: 'Hogar Lago, PO Box 0180, Chicago, IL 60607 (sample address)',
    },
    lastVerifiedOn: '2026-11-20',
  },
  'demo-chicago-visitation': {
    ...DEMO,
    name: 'Great Lakes Detention Visitors',
    organization: { name: 'Great Lakes Detention Visitors', website: sampleWebsite('great-lakes-visitors') },
    description: sampleText(
      'Drives volunteers from Chicago to visit people held in immigration detention in the region, and keeps in touch with their families here.',
      'Lleva a voluntarios desde Chicago a visitar a personas en detención migratoria en la región, y mantiene el contacto con sus familias aquí.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '77 Sample Street', city: 'Chicago', state: 'IL', postalCode: '60606' },
      latitude: 41.879,
      longitude: -87.64,
    },
    serviceArea: { type: 'states', states: ['IL', 'IN', 'WI'] },
    phones: [{ number: '312-555-0181' }],
    email: sampleEmail('great-lakes-visitors'),
    languages: ['en', 'es', 'pl'],
    hours: { timeZone, openings: on(['th'], '18:00', '20:00') },
    details: {
      kind: 'visitation_program',
      facility: demoFacilityReference('SAMPLE-CHI'),
      visitingSchedule: {
        en: 'Every other Saturday; the drive takes about two hours.',
        es: 'Cada dos sábados; el viaje dura unas dos horas.',
      },
      howToSignUp: {
        en: 'Join a Thursday evening orientation.',
        es: 'Asista a una orientación los jueves por la tarde.',
      },
    },
    lastVerifiedOn: '2026-03-15',
  },
  'demo-chicago-accompaniment': {
    ...DEMO,
    name: 'Lakeshore Court Companions',
    organization: { name: 'Lakeshore Court Companions', website: sampleWebsite('lakeshore-companions') },
    description: sampleText(
      'Accompanies families to immigration court and ICE check-ins downtown, watches children during hearings and interprets in K’iche’.',
      'Acompaña a las familias a la corte de inmigración y a sus citas con ICE en el centro, cuida a los niños durante las audiencias e interpreta en k’iche’.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '1850 Sample Street', city: 'Chicago', state: 'IL', postalCode: '60608' },
      latitude: 41.857,
      longitude: -87.685,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '773-555-0182' }],
    languages: ['en', 'es', 'quc'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '07:30', '16:00') },
    details: {
      kind: 'accompaniment',
      services: ['court', 'ice_checkin', 'interpreting', 'childcare'],
      howToSignUp: {
        en: 'Sign up for a training on our website.',
        es: 'Inscríbase en una capacitación en nuestro sitio web.',
      },
    },
    lastVerifiedOn: '2026-10-09',
  },
  'demo-chicago-task-force': {
    ...DEMO,
    name: 'Illinois Newcomer Welcome Task Force',
    organization: {
      name: 'Illinois Newcomer Welcome Task Force',
      website: sampleWebsite('illinois-welcome-task-force'),
    },
    description: sampleText(
      'A state task force that coordinates shelter, health care and school enrolment for newly arrived families across Illinois.',
      'Un grupo de trabajo estatal que coordina albergue, atención médica e inscripción escolar para las familias recién llegadas en todo Illinois.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '100 Sample Plaza', city: 'Chicago', state: 'IL', postalCode: '60601' },
      latitude: 41.884,
      longitude: -87.632,
    },
    serviceArea: { type: 'states', states: ['IL'] },
    phones: [{ number: '312-555-0183' }],
    languages: ['en', 'es'],
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'state', name: 'Illinois', state: 'IL' },
      governmentBody: 'Illinois Department of Human Services',
      meetingSchedule: {
        en: 'Quarterly; dates are posted a month ahead.',
        es: 'Cada trimestre; las fechas se publican con un mes de antelación.',
      },
      publicParticipation: {
        en: 'Written comments by email; a public hearing once a year.',
        es: 'Comentarios por escrito por correo electrónico; una audiencia pública al año.',
      },
    },
    lastVerifiedOn: '2026-02-11',
  },
};
