// Demo listings in Houston, TX (Central time). The shelter is confidential: its exact address is fictional.
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

/** Sample listings around Houston, TX, keyed by seed name. */
export const houstonListings: Record<string, ListingInput> = {
  'demo-houston-shelter': {
    ...DEMO,
    name: 'Casa Bayou Family Shelter',
    organization: { name: 'Casa Bayou', website: sampleWebsite('casa-bayou'), email: sampleEmail('casa-bayou') },
    description: sampleText(
      'A shelter for mothers and children who are waiting for their court dates. Because children live here, call for the address before bringing donations.',
      'Un albergue para madres e hijos que esperan su fecha en la corte. Como aquí viven niños, llame para pedir la dirección antes de traer donaciones.',
    ),
    location: {
      privacy: 'confidential',
      address: { address1: '1800 Sample Lane', city: 'Houston', state: 'TX', postalCode: '77003' },
      latitude: 29.7489,
      longitude: -95.348,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [
      { number: '713-555-0170', description: { en: 'Donations and volunteering', es: 'Donaciones y voluntariado' } },
    ],
    email: sampleEmail('casa-bayou'),
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(EVERY_DAY, '09:00', '21:00') },
    details: {
      kind: 'shelter',
      acceptedGoods: ['baby_supplies', 'toys', 'books', 'school_supplies', 'art_supplies', 'hygiene'],
      volunteerActivities: ['tutoring', 'story_time', 'art_projects', 'play_and_childcare'],
      currentNeeds: {
        text: {
          en: 'Backpacks and school supplies for the new school year, and bilingual picture books.',
          es: 'Mochilas y útiles escolares para el nuevo año escolar, y libros ilustrados bilingües.',
        },
        expiresOn: DEMO_NEEDS_EXPIRE_ON,
      },
      dropOffHours: {
        timeZone,
        openings: on(['sa'], '10:00', '14:00'),
        notes: {
          en: 'Drop-off at a partner church; call for the place.',
          es: 'Entrega en una iglesia asociada; llame para saber el lugar.',
        },
      },
      shippingAddress: 'Casa Bayou, PO Box 0170, Houston, TX 77002 (sample address)',
    },
    lastVerifiedOn: '2026-11-05',
  },
  'demo-houston-visitation': {
    ...DEMO,
    name: 'Gulf Coast Detention Visitors',
    organization: { name: 'Gulf Coast Detention Visitors', website: sampleWebsite('gulf-coast-visitors') },
    description: sampleText(
      'Visits people held at the Sample Houston Detention Facility, many of them recently separated from their children.',
      'Visita a personas detenidas en el Sample Houston Detention Facility, muchas de ellas separadas recientemente de sus hijos.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '2020 Sample Street', city: 'Houston', state: 'TX', postalCode: '77002' },
      latitude: 29.75,
      longitude: -95.36,
    },
    serviceArea: { type: 'radius', radiusKm: 80 },
    phones: [{ number: '713-555-0171' }],
    email: sampleEmail('gulf-coast-visitors'),
    languages: ['en', 'es', 'fr'],
    details: {
      kind: 'visitation_program',
      facility: demoFacilityReference('SAMPLE-HOU'),
      visitingSchedule: { en: 'Weekends, by appointment.', es: 'Los fines de semana, con cita previa.' },
      howToSignUp: {
        en: 'Email us to be invited to the next training.',
        es: 'Escríbanos para recibir una invitación a la próxima capacitación.',
      },
    },
    lastVerifiedOn: '2026-05-30',
  },
  'demo-houston-accompaniment': {
    ...DEMO,
    name: 'Bayou City Accompaniment Project',
    organization: { name: 'Bayou City Accompaniment Project', website: sampleWebsite('bayou-accompaniment') },
    description: sampleText(
      'Goes with families to their ICE check-ins and immigration court hearings and gives rides from across the city.',
      'Acompaña a las familias a sus citas con ICE y a sus audiencias en la corte de inmigración, y ofrece transporte desde toda la ciudad.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '3300 Sample Avenue', city: 'Houston', state: 'TX', postalCode: '77006' },
      latitude: 29.7456,
      longitude: -95.3904,
    },
    serviceArea: { type: 'radius', radiusKm: 60 },
    phones: [{ number: '713-555-0172' }],
    languages: ['en', 'es', 'mam'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '07:00', '17:00') },
    details: { kind: 'accompaniment', services: ['ice_checkin', 'court', 'rides'] },
    lastVerifiedOn: '2026-08-14',
  },
  'demo-houston-task-force': {
    ...DEMO,
    name: 'Harris County Immigrant Families Task Force',
    organization: { name: 'Harris County Immigrant Families Task Force', website: sampleWebsite('harris-task-force') },
    description: sampleText(
      'Advises the county on services for immigrant families, from school enrolment to disaster shelters.',
      'Asesora al condado sobre servicios para familias inmigrantes, desde la inscripción escolar hasta los refugios en caso de desastre.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '1001 Sample Street', city: 'Houston', state: 'TX', postalCode: '77002' },
      latitude: 29.7604,
      longitude: -95.3598,
    },
    serviceArea: { type: 'radius', radiusKm: 70 },
    phones: [{ number: '713-555-0173' }],
    languages: ['en', 'es', 'vi'],
    hours: { timeZone, openings: [] }, // the zone of the meetings' times
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'county', name: 'Harris County', state: 'TX' },
      governmentBody: 'Harris County Commissioners Court',
      meetings: [
        {
          date: '2026-01-21',
          start: '13:30',
          end: '15:00',
          repeats: 'monthly',
          place: 'Sample Administration Building, 1st floor',
        },
      ],
      meetingSchedule: {
        en: 'Third Wednesday of each month at 13:30.',
        es: 'El tercer miércoles de cada mes a las 13:30.',
      },
      publicParticipation: {
        en: 'Speakers register online by noon the day before.',
        es: 'Quienes deseen hablar se inscriben en línea antes del mediodía del día anterior.',
      },
    },
    lastVerifiedOn: '2026-04-02',
  },
  'demo-houston-foster-care': {
    ...DEMO,
    name: 'Gulf Coast Transitional Foster Care',
    organization: { name: 'Gulf Coast Children’s Homes', website: sampleWebsite('gulf-coast-foster') },
    description: sampleText(
      'Trains and supports local families who take in an unaccompanied child for a few weeks until the child can join a relative.',
      'Capacita y apoya a familias locales que reciben a un niño no acompañado durante unas semanas, hasta que pueda reunirse con un familiar.',
    ),
    location: {
      privacy: 'exact',
      address: { address1: '5000 Sample Parkway', city: 'Houston', state: 'TX', postalCode: '77004' },
      latitude: 29.725,
      longitude: -95.37,
    },
    serviceArea: { type: 'states', states: ['TX'] },
    phones: [{ number: '713-555-0174' }],
    email: sampleEmail('gulf-coast-foster'),
    languages: ['en', 'es'],
    hours: { timeZone, openings: on(WEEKDAYS_MON_FRI, '09:00', '17:00') },
    details: {
      kind: 'foster_care',
      servesUnaccompaniedChildren: true,
      howToBecomeAFosterParent: {
        en: 'Attend an information evening, then a licensing course of about ten weeks.',
        es: 'Asista a una reunión informativa y luego a un curso de licencia de unas diez semanas.',
      },
    },
    lastVerifiedOn: '2026-09-24',
  },
};
