// GET /api/v1/listings/:id: the full public detail of one published listing of each kind; 404 for anything else;
// a shelter's current needs disappear after their last day.
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';
import type { ListingInput } from '@contract/listing';
import type { ListingKind } from '@contract/vocabulary';
import { ListingDetails } from '@contract/details';
import { volunteerSkillsOf } from '../../server/listings/volunteer-skills';

let database: DatabaseHandle;
let server: TestServer;
// Wednesday 2 December 2026, 11:00 in El Paso (America/Denver), 13:00 in New York: the same date all over the contiguous US.
let clock = new Date('2026-12-02T18:00:00Z');

const text = (en: string, es: string) => ({ en, es });
const EL_PASO = { latitude: 31.7619, longitude: -106.485 };

const WEEKDAY_HOURS = {
  timeZone: 'America/Denver',
  openings: (['mo', 'tu', 'we', 'th', 'fr'] as const).map((day) => ({ day, opensAt: '09:00', closesAt: '17:00' })),
  notes: text('Closed on federal holidays.', 'Cerrado los días feriados federales.'),
};

/** One listing of every kind with every optional field filled in, so the detail must carry all of them. */
const FULL: Record<ListingKind, ListingInput> = {
  shelter: full('shelter', {
    kind: 'shelter',
    acceptedGoods: ['clothing', 'toys', 'baby_supplies'],
    volunteerActivities: ['story_time', 'tutoring'],
    currentNeeds: {
      text: text('Winter coats in child sizes.', 'Abrigos de invierno para niños.'),
      expiresOn: '2026-12-31',
    },
    dropOffHours: { timeZone: 'America/Denver', openings: [{ day: 'sa', opensAt: '10:00', closesAt: '14:00' }] },
    shippingAddress: 'PO Box 1, El Paso, TX 79901',
  }),
  visitation_program: full('visitation_program', {
    kind: 'visitation_program',
    facility: { name: 'Otero Processing Center', city: 'Chaparral', state: 'NM' },
    visitingSchedule: text('Saturdays, twice a month.', 'Sábados, dos veces al mes.'),
    howToSignUp: text('Take the training first.', 'Primero tome la capacitación.'),
  }),
  accompaniment: full('accompaniment', {
    kind: 'accompaniment',
    services: ['court', 'interpreting', 'rides'],
    howToSignUp: text('Write to us.', 'Escríbanos.'),
  }),
  task_force: full('task_force', {
    kind: 'task_force',
    jurisdiction: { level: 'county', name: 'El Paso County', state: 'TX' },
    governmentBody: 'El Paso County Commissioners Court',
    meetingSchedule: text('First Monday of the month.', 'El primer lunes del mes.'),
    publicParticipation: text('Public comment at every meeting.', 'Comentarios del público en cada reunión.'),
  }),
  legal_help: full('legal_help', {
    kind: 'legal_help',
    whoCanGetHelp: text('Children in federal custody.', 'Niños bajo custodia federal.'),
    howToGetHelp: text('Call the line.', 'Llame a la línea.'),
  }),
  foster_care: full('foster_care', {
    kind: 'foster_care',
    servesUnaccompaniedChildren: false,
    howToBecomeAFosterParent: text('Attend an information night.', 'Asista a una noche informativa.'),
  }),
};

function full(kind: ListingKind, details: ListingInput['details']): ListingInput {
  const base = kind === 'legal_help' ? aNationwideListing(kind) : aListing(kind, EL_PASO);
  return {
    ...base,
    name: `Full ${kind}`,
    organization: {
      name: `Organization of the ${kind}`,
      website: `https://${kind.replace('_', '-')}.example.org`,
      email: `${kind}@example.org`,
    },
    description: text(`The ${kind} in English.`, `El ${kind} en español.`),
    ...(base.location
      ? {
          location: {
            ...base.location,
            address: {
              address1: '501 Test Ave',
              address2: 'Suite 2',
              city: 'El Paso',
              state: 'TX',
              postalCode: '79901',
            },
          },
        }
      : {}),
    phones: [
      { number: '1-888-555-0100', extension: '12', description: text('Spanish line', 'Línea en español') },
      { number: '566#' },
    ],
    email: `desk@${kind.replace('_', '-')}.example.org`,
    website: `https://${kind.replace('_', '-')}.example.org/help`,
    languages: ['en', 'es', 'quc'],
    hours: WEEKDAY_HOURS,
    details,
    lastVerifiedOn: '2026-10-15',
    isDemo: kind === 'foster_care',
  };
}

const ids = {} as Record<ListingKind, string>;
const needs = {} as Record<'expired' | 'lastDay' | 'future' | 'none', string>;
let confidentialId: string;
let noHoursId: string;
const CONFIDENTIAL_TRUE_POINT = { latitude: 31.7702, longitude: -106.4411 };

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.transaction().execute(async (trx) => {
    for (const kind of Object.keys(FULL) as ListingKind[]) ids[kind] = await insertListing(trx, FULL[kind]);
    const shelterNeeding = (expiresOn: string | null) =>
      aListing('shelter', EL_PASO, {
        details: {
          kind: 'shelter',
          acceptedGoods: ['books'],
          volunteerActivities: [],
          ...(expiresOn
            ? { currentNeeds: { text: text(`Needs until ${expiresOn}`, `Necesidades hasta ${expiresOn}`), expiresOn } }
            : {}),
        },
      });
    needs.expired = await insertListing(trx, shelterNeeding('2026-12-01'));
    needs.lastDay = await insertListing(trx, shelterNeeding('2026-12-02'));
    needs.future = await insertListing(trx, shelterNeeding('2026-12-03'));
    needs.none = await insertListing(trx, shelterNeeding(null));
    const confidential = aListing('shelter', CONFIDENTIAL_TRUE_POINT);
    confidentialId = await insertListing(trx, {
      ...confidential,
      location: { ...confidential.location!, privacy: 'confidential' },
    });
    noHoursId = await insertListing(trx, aListing('legal_help', EL_PASO, { hours: undefined }));
  });
  server = await startTestServer(database.db, { now: () => clock });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

beforeEach(() => {
  clock = new Date('2026-12-02T18:00:00Z');
});

test.each(Object.keys(FULL) as ListingKind[])(
  'the detail of the %s listing carries everything public about it',
  async (kind) => {
    const input = FULL[kind];
    const { status, headers, body } = await server.get(`/api/v1/listings/${ids[kind]}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    const location = input.location;
    const details = input.details;
    expect(body).toEqual({
      id: ids[kind],
      kind,
      name: input.name,
      organizationName: input.organization.name,
      organization: input.organization,
      description: input.description,
      // The street and ZIP are public for an exact location; a second address line is not part of the public shape.
      location: location
        ? {
            latitude: location.latitude,
            longitude: location.longitude,
            precision: 'exact',
            address1: '501 Test Ave',
            address2: 'Suite 2',
            city: 'El Paso',
            state: 'TX',
            postalCode: '79901',
          }
        : null,
      serviceArea: input.serviceArea,
      phones: input.phones,
      email: input.email,
      website: input.website,
      languages: ['en', 'es', 'quc'],
      hours: WEEKDAY_HOURS,
      openNow: true, // Wednesday 11:00 in America/Denver, open 09:00-17:00
      details,
      acceptedGoods: details.kind === 'shelter' ? details.acceptedGoods : [],
      services: details.kind === 'accompaniment' ? details.services : [],
      volunteerSkills: volunteerSkillsOf(ListingDetails.parse(details)),
      lastVerifiedOn: '2026-10-15',
      mayBeOutOfDate: false, // verified weeks before the test's clock
      isDemo: kind === 'foster_care',
    });
  },
);

test('open now follows the clock, and is null for a listing without hours', async () => {
  clock = new Date('2026-12-03T01:00:00Z'); // Wednesday 18:00 in El Paso: closed
  expect((await server.get(`/api/v1/listings/${ids.shelter}`)).body.openNow).toBe(false);
  expect((await server.get(`/api/v1/listings/${noHoursId}`)).body).toMatchObject({ openNow: null, hours: null });
});

test('a confidential location is approximate: no street, no ZIP, not the true point', async () => {
  const { status, body } = await server.get(`/api/v1/listings/${confidentialId}`);
  expect(status).toBe(200);
  expect(Object.keys(body.location).sort()).toEqual(['city', 'latitude', 'longitude', 'precision', 'state']);
  expect(body.location.precision).toBe('approximate');
  expect(body.location).not.toMatchObject(CONFIDENTIAL_TRUE_POINT);
  // Within its ~5 km cell, whose centre is at most half a cell (0.022°) away.
  expect(Math.abs(body.location.latitude - CONFIDENTIAL_TRUE_POINT.latitude)).toBeLessThan(0.023);
  expect(Math.abs(body.location.longitude - CONFIDENTIAL_TRUE_POINT.longitude)).toBeLessThan(0.023);
  expect(JSON.stringify(body)).not.toContain('1 Test St');
});

describe("a shelter's current needs", () => {
  const currentNeeds = async (id: string) => (await server.get(`/api/v1/listings/${id}`)).body.details.currentNeeds;

  test('are left out after their last day, and shown on it and before it', async () => {
    expect(await currentNeeds(needs.expired)).toBeUndefined();
    expect(await currentNeeds(needs.lastDay)).toEqual({
      text: text('Needs until 2026-12-02', 'Necesidades hasta 2026-12-02'),
      expiresOn: '2026-12-02',
    });
    expect(await currentNeeds(needs.future)).toEqual({
      text: text('Needs until 2026-12-03', 'Necesidades hasta 2026-12-03'),
      expiresOn: '2026-12-03',
    });
    expect(await currentNeeds(needs.none)).toBeUndefined();
    // The rest of the details stay.
    expect((await server.get(`/api/v1/listings/${needs.expired}`)).body.details).toEqual({
      kind: 'shelter',
      acceptedGoods: ['books'],
      volunteerActivities: [],
    });
  });

  test('follow the injected clock', async () => {
    clock = new Date('2026-11-30T18:00:00Z');
    expect(await currentNeeds(needs.expired)).toEqual(expect.objectContaining({ expiresOn: '2026-12-01' }));
    // 04:00 UTC on the 3rd is still the evening of the 2nd in the listing's (default, US Central) time zone.
    clock = new Date('2026-12-03T04:00:00Z');
    expect(await currentNeeds(needs.lastDay)).toEqual(expect.objectContaining({ expiresOn: '2026-12-02' }));
    clock = new Date('2026-12-03T18:00:00Z');
    expect(await currentNeeds(needs.lastDay)).toBeUndefined();
    expect(await currentNeeds(needs.future)).toEqual(expect.objectContaining({ expiresOn: '2026-12-03' }));
    clock = new Date('2026-12-04T18:00:00Z');
    expect(await currentNeeds(needs.future)).toBeUndefined();
  });
});

describe('404 listing_not_found', () => {
  const expectNotFound = async (id: string) => {
    const { status, headers, body } = await server.get(`/api/v1/listings/${id}`);
    expect({ id, status, code: body?.error?.code }).toEqual({ id, status: 404, code: 'listing_not_found' });
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.error.message).toEqual(expect.any(String));
  };

  test('for a uuid no listing has', async () => {
    await expectNotFound(randomUUID());
    await expectNotFound('00000000-0000-0000-0000-000000000000');
  });

  test('for an id that is not a uuid', async () => {
    const real = ids.shelter;
    for (const id of [
      'not-a-uuid',
      '12345',
      real.slice(0, -1),
      `${real}0`,
      real.replace(/-/g, ''),
      encodeURIComponent("' OR '1'='1"),
      '%20',
    ]) {
      await expectNotFound(id);
    }
    // The real id still answers: the 404s above come from the id, not from the route.
    expect((await server.get(`/api/v1/listings/${real}`)).status).toBe(200);
  });
});
