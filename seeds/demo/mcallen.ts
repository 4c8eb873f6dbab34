// Demo listings in the Rio Grande Valley around McAllen, TX (Central time).
// The respite centre is open around the clock: the 24-hour example of the demo data.
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

/** Sample listings around McAllen, TX, keyed by seed name. */
export const mcallenListings: Record<string, ListingInput> = {
  'demo-mcallen-shelter': {
    ...DEMO,
    name: 'Valle Esperanza Respite Center',
    organization: {
      name: 'Valle Esperanza',
      website: sampleWebsite('valle-esperanza'),
      email: sampleEmail('valle-esperanza'),
    },
    description: sampleText(
      'Open day and night for families who arrive from the bus station: a meal, a shower, clean clothes, a place to rest and help with the next leg of the journey.',
      'Abierto día y noche para las familias que llegan de la estación de autobuses: comida, ducha, ropa limpia, un lugar para descansar y ayuda para la siguiente etapa del viaje.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '300 Sample Street', city: 'McAllen', state: 'TX', postalCode: '78501' },
      latitude: 26.205,
      longitude: -98.229,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [
      { number: '956-555-0120', description: { en: 'Front desk, any hour', es: 'Recepción, a cualquier hora' } },
    ],
    email: sampleEmail('valle-esperanza'),
    website: sampleWebsite('valle-esperanza'),
    languages: ['en', 'es'],
    hours: {
      timeZone,
      openings: on(EVERY_DAY, '00:00', '24:00'),
      notes: { en: 'Open 24 hours, every day.', es: 'Abierto las 24 horas, todos los días.' },
    },
    details: {
      kind: 'shelter',
      acceptedGoods: ['clothing', 'hygiene', 'baby_supplies', 'food', 'toys'],
      volunteerActivities: ['meal_service', 'sorting_donations', 'play_and_childcare', 'story_time'],
      currentNeeds: {
        text: {
          en: "Men's shoes in sizes 7 to 10, toothbrushes, baby formula and bottled water.",
          es: 'Zapatos de hombre de las tallas 7 a 10, cepillos de dientes, fórmula para bebé y agua embotellada.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: { timeZone, openings: on(EVERY_DAY, '08:00', '20:00') },
    },
    lastVerifiedOn: '2026-11-10',
  },
  'demo-mcallen-visitation': {
    ...DEMO,
    name: 'Rio Grande Valley Visitors Network',
    organization: { name: 'RGV Visitors Network', website: sampleWebsite('rgv-visitors') },
    description: sampleText(
      'Volunteers from the Valley visit people held at the Port Isabel Service Processing Center, many of whom have no one in the United States.',
      'Voluntarios del Valle visitan a personas detenidas en el Port Isabel Service Processing Center; muchas no tienen a nadie en Estados Unidos.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '1200 Sample Avenue', city: 'McAllen', state: 'TX', postalCode: '78501' },
      latitude: 26.2159,
      longitude: -98.239,
    },
    serviceArea: { type: 'radius', radiusKm: 100 },
    phones: [{ number: '956-555-0121' }],
    website: sampleWebsite('rgv-visitors'),
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(['sa'], '09:00', '13:00') },
    details: {
      kind: 'visitation_program',
      facility: { name: 'Port Isabel Service Processing Center', city: 'Los Fresnos', state: 'TX' },
      visitingSchedule: {
        en: 'We carpool from McAllen on the first and third Sunday of each month.',
        es: 'Salimos juntos en coche desde McAllen el primer y el tercer domingo de cada mes.',
      },
      howToSignUp: {
        en: 'Call on a Saturday morning to join the next orientation.',
        es: 'Llame un sábado por la mañana para unirse a la próxima orientación.',
      },
    },
    lastVerifiedOn: '2026-06-21',
  },
  'demo-mcallen-accompaniment': {
    ...DEMO,
    name: 'Acompañantes del Valle',
    organization: { name: 'Acompañantes del Valle', website: sampleWebsite('acompanantes-del-valle') },
    description: sampleText(
      'Goes with families to ICE check-ins and immigration court hearings across the Valley, gives rides from the colonias and looks after children in the waiting room.',
      'Acompaña a las familias a sus citas con ICE y a sus audiencias en la corte de inmigración en todo el Valle, ofrece transporte desde las colonias y cuida a los niños en la sala de espera.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '800 Sample Road', city: 'Pharr', state: 'TX', postalCode: '78577' },
      latitude: 26.1948,
      longitude: -98.1836,
    },
    serviceArea: { type: 'radius', radiusKm: 80 },
    phones: [{ number: '956-555-0122' }],
    email: sampleEmail('acompanantes-del-valle'),
    languages: ['en', 'es', 'mam', 'quc'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '06:30', '15:00') },
    details: {
      kind: 'accompaniment',
      services: ['ice_checkin', 'court', 'rides', 'childcare', 'interpreting'],
      howToSignUp: {
        en: 'Volunteers need a car or a morning free each month; call and we will explain how it works.',
        es: 'Los voluntarios necesitan coche o una mañana libre al mes; llame y le explicamos cómo funciona.',
      },
    },
    lastVerifiedOn: '2026-10-03',
  },
  'demo-mcallen-task-force': {
    ...DEMO,
    name: 'Hidalgo County Humanitarian Response Task Force',
    organization: {
      name: 'Hidalgo County Humanitarian Response Task Force',
      website: sampleWebsite('hidalgo-task-force'),
    },
    description: sampleText(
      'Brings together county offices, the cities of the Valley and the respite centres to plan for arrivals, hurricanes and heat waves.',
      'Reúne a las oficinas del condado, las ciudades del Valle y los centros de descanso para planificar la llegada de personas, los huracanes y las olas de calor.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '100 Sample Boulevard', city: 'Edinburg', state: 'TX', postalCode: '78539' },
      latitude: 26.3017,
      longitude: -98.1633,
    },
    serviceArea: { type: 'radius', radiusKm: 70 },
    phones: [{ number: '956-555-0123' }],
    languages: ['en', 'es'],
    hours: { timeZone, openings: [] }, // the zone of the meetings' times
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'county', name: 'Hidalgo County', state: 'TX' },
      governmentBody: 'Hidalgo County Commissioners Court',
      meetings: [
        {
          date: '2026-02-05',
          start: '14:00',
          end: '15:30',
          repeats: 'monthly',
          place: 'Sample County Courthouse, Commissioners Courtroom',
        },
      ],
      meetingSchedule: {
        en: 'First Thursday of each month at 14:00.',
        es: 'El primer jueves de cada mes a las 14:00.',
      },
      publicParticipation: {
        en: 'Meetings are open; written comments may be sent by email before the meeting.',
        es: 'Las reuniones son abiertas; se pueden enviar comentarios por correo electrónico antes de la reunión.',
      },
    },
    lastVerifiedOn: '2026-05-12',
  },
};
