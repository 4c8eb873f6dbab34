// Demo listings in New York City, NY (Eastern time).
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

/** Sample listings around New York City, NY, keyed by seed name. */
export const newYorkListings: Record<string, ListingInput> = {
  'demo-new-york-shelter': {
    ...DEMO,
    name: 'Harbor Light Family Shelter',
    organization: { name: 'Harbor Light', website: sampleWebsite('harbor-light'), email: sampleEmail('harbor-light') },
    description: sampleText(
      'A family shelter in Lower Manhattan with a children’s library, homework help in the evenings and a free store of donated clothes.',
      'Un albergue familiar en el Bajo Manhattan con una biblioteca infantil, ayuda con las tareas por las tardes y una tienda gratuita de ropa donada.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '60 Sample Street', city: 'New York', state: 'NY', postalCode: '10002' },
      latitude: 40.715,
      longitude: -73.995,
    },
    serviceArea: { type: 'radius', radiusKm: 30 },
    phones: [{ number: '212-555-0190' }],
    website: sampleWebsite('harbor-light'),
    languages: ['en', 'es', 'ht', 'fr'],
    hours: { timeZone, openings: on(EVERY_DAY, '07:00', '22:00') },
    details: {
      kind: 'shelter',
      acceptedGoods: ['books', 'school_supplies', 'clothing', 'toys', 'art_supplies'],
      volunteerActivities: ['tutoring', 'story_time', 'art_projects', 'interpreting'],
      currentNeeds: {
        text: {
          en: 'Picture books in Spanish, French and Haitian Creole; MetroCards for families going to appointments.',
          es: 'Libros ilustrados en español, francés y criollo haitiano; tarjetas de metro para familias que van a sus citas.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '10:00', '18:00') },
    },
    lastVerifiedOn: '2026-10-17',
  },
  'demo-new-york-visitation': {
    ...DEMO,
    name: 'Hudson Detention Visitors',
    organization: { name: 'Hudson Detention Visitors', website: sampleWebsite('hudson-visitors') },
    description: sampleText(
      'Volunteers from the city visit people held at the Elizabeth Detention Center in New Jersey and help their families keep in touch.',
      'Voluntarios de la ciudad visitan a personas detenidas en el Elizabeth Detention Center, en Nueva Jersey, y ayudan a sus familias a mantenerse en contacto.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '200 Sample Place', city: 'New York', state: 'NY', postalCode: '10003' },
      latitude: 40.7306,
      longitude: -73.9866,
    },
    serviceArea: { type: 'states', states: ['NY', 'NJ'] },
    phones: [{ number: '212-555-0191' }],
    email: sampleEmail('hudson-visitors'),
    languages: ['en', 'es', 'fr', 'ht'],
    hours: { timeZone, openings: on(['we'], '18:00', '20:00') },
    details: {
      kind: 'visitation_program',
      facility: { name: 'Elizabeth Detention Center', city: 'Elizabeth', state: 'NJ' },
      visitingSchedule: {
        en: 'Weekday afternoons; volunteers commit to one visit a month.',
        es: 'Entre semana por la tarde; los voluntarios se comprometen a una visita al mes.',
      },
      howToSignUp: {
        en: 'Come to a Wednesday evening orientation.',
        es: 'Venga a una orientación los miércoles por la tarde.',
      },
    },
    lastVerifiedOn: '2026-06-08',
  },
  'demo-new-york-accompaniment': {
    ...DEMO,
    name: 'Five Boroughs Court Companions',
    organization: { name: 'Five Boroughs Court Companions', website: sampleWebsite('five-boroughs-companions') },
    description: sampleText(
      'Accompanies families to immigration court and ICE check-ins in Manhattan, with volunteer interpreters and childcare.',
      'Acompaña a las familias a la corte de inmigración y a sus citas con ICE en Manhattan, con intérpretes voluntarios y cuidado de niños.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '75 Sample Street', city: 'Brooklyn', state: 'NY', postalCode: '11201' },
      latitude: 40.693,
      longitude: -73.99,
    },
    serviceArea: { type: 'radius', radiusKm: 40 },
    phones: [{ number: '718-555-0192' }],
    languages: ['en', 'es', 'ht', 'fr', 'quc'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '07:00', '17:00') },
    details: {
      kind: 'accompaniment',
      services: ['court', 'ice_checkin', 'interpreting', 'childcare'],
      howToSignUp: {
        en: 'Online training, then one shadow shift with a team lead.',
        es: 'Capacitación en línea y luego un turno de acompañamiento con una persona responsable del equipo.',
      },
    },
    lastVerifiedOn: '2026-11-12',
  },
  'demo-new-york-task-force': {
    ...DEMO,
    name: 'New York State Newcomer Task Force',
    organization: { name: 'New York State Newcomer Task Force', website: sampleWebsite('ny-newcomer-task-force') },
    description: sampleText(
      'A statewide task force that matches towns that can host newly arrived families with the services those families need.',
      'Un grupo de trabajo estatal que pone en contacto a los municipios que pueden acoger a familias recién llegadas con los servicios que esas familias necesitan.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '250 Sample Street', city: 'New York', state: 'NY', postalCode: '10007' },
      latitude: 40.7135,
      longitude: -74.0046,
    },
    serviceArea: { type: 'states', states: ['NY'] },
    phones: [{ number: '212-555-0193' }],
    languages: ['en', 'es'],
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'state', name: 'New York', state: 'NY' },
      governmentBody: 'New York State Office for New Americans',
      meetingSchedule: { en: 'Every two months, online and in Albany.', es: 'Cada dos meses, en línea y en Albany.' },
      publicParticipation: {
        en: 'Comments by email, and a public session at each meeting.',
        es: 'Comentarios por correo electrónico y una sesión pública en cada reunión.',
      },
    },
    lastVerifiedOn: '2026-05-04',
  },
};
