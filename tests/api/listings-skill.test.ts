// skill= on GET /api/v1/listings: one search across kinds for what a volunteer can do (decision 0066). Each skill finds
// the kinds and details it stands for and nothing else, combines with language= ("interpreting, in Mixtec"), and over
// random listings returns exactly those whose details, by the rule written out here, ask for it.
import fc from 'fast-check';
import { sql } from 'kysely';
import type { ListingInput } from '@contract/listing';
import {
  ACCOMPANIMENT_SERVICES,
  LISTING_KINDS,
  VOLUNTEER_ACTIVITIES,
  VOLUNTEER_SKILLS,
  type VolunteerSkill,
} from '@contract/vocabulary';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing, replaceListing } from '../../server/listings/listings.writer';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

const EL_PASO = { latitude: 31.76, longitude: -106.49 };
const ORIGIN = 'near=31.76,-106.49&radiusKm=50&limit=100';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

// The rule, written out from the design rather than imported, so that the writer is checked against it.
function skillsByRule(details: ListingInput['details']): VolunteerSkill[] {
  const skills = new Set<VolunteerSkill>();
  if (details.kind === 'shelter') {
    const activities: readonly string[] = details.volunteerActivities ?? [];
    if (activities.includes('interpreting')) skills.add('interpreting');
    if (activities.includes('play_and_childcare')) skills.add('childcare');
    if (activities.includes('rides')) skills.add('rides');
  }
  if (details.kind === 'accompaniment') {
    const services: readonly string[] = details.services;
    for (const same of ['interpreting', 'childcare', 'rides'] as const) if (services.includes(same)) skills.add(same);
    if (services.includes('court') || services.includes('ice_checkin')) skills.add('accompaniment');
  }
  if (details.kind === 'visitation_program') skills.add('visiting');
  return VOLUNTEER_SKILLS.filter((s) => skills.has(s));
}

async function clearListings(): Promise<void> {
  await sql`DELETE FROM listing`.execute(database.db);
  await sql`DELETE FROM organization`.execute(database.db);
}

/** The names found near El Paso and in the nationwide section, together, sorted; with each one's volunteerSkills. */
async function found(filters: string): Promise<{ names: string[]; skills: Record<string, string[]> }> {
  const response = await server.get(`/api/v1/listings?${ORIGIN}${filters ? `&${filters}` : ''}`);
  expect([filters, response.status, response.body.error]).toEqual([filters, 200, undefined]);
  const all = [...response.body.results, ...response.body.nationwide] as Array<{ name: string; volunteerSkills: [] }>;
  return {
    names: all.map((r) => r.name).sort(),
    skills: Object.fromEntries(all.map((r) => [r.name, r.volunteerSkills])),
  };
}

describe('each skill finds the kinds and details it stands for', () => {
  const shelter = (volunteerActivities: Array<(typeof VOLUNTEER_ACTIVITIES)[number]>) => ({
    details: { kind: 'shelter' as const, acceptedGoods: [], volunteerActivities },
  });
  const accompaniment = (services: Array<(typeof ACCOMPANIMENT_SERVICES)[number]>) => ({
    details: { kind: 'accompaniment' as const, services },
  });
  // name, kind, and its details (the kind's default when none) and languages
  const LISTINGS: Array<[string, ListingInput['details']['kind'], Partial<ListingInput>]> = [
    ['ShelterInterpreters', 'shelter', { ...shelter(['interpreting', 'story_time']), languages: ['es', 'mix'] }],
    ['ShelterPlayroom', 'shelter', shelter(['play_and_childcare'])],
    ['ShelterDrivers', 'shelter', shelter(['rides', 'tutoring'])],
    ['ShelterStories', 'shelter', shelter(['story_time', 'tutoring', 'meal_service', 'sorting_donations'])],
    ['CourtCompanions', 'accompaniment', accompaniment(['court'])],
    ['CheckinCompanions', 'accompaniment', { ...accompaniment(['ice_checkin', 'interpreting']), languages: ['mix'] }],
    ['FamilyHelpers', 'accompaniment', accompaniment(['childcare', 'rides'])],
    ['Visitors', 'visitation_program', {}],
    ['TaskForce', 'task_force', {}],
    ['LegalLine', 'legal_help', {}],
    ['FosterHomes', 'foster_care', {}],
  ];

  beforeAll(async () => {
    await clearListings();
    for (const [i, [name, kind, overrides]] of LISTINGS.entries()) {
      const point = { latitude: EL_PASO.latitude + 0.01 * i, longitude: EL_PASO.longitude };
      await insertListing(database.db, aListing(kind, point, { name, ...overrides }));
    }
    await insertListing(
      database.db,
      aNationwideListing('accompaniment', { name: 'RemoteInterpreters', ...accompaniment(['interpreting']) }),
    );
    // Never seen: a pending visitation program.
    await insertListing(
      database.db,
      aListing('visitation_program', EL_PASO, { name: 'PendingVisitors', status: 'pending' }),
    );
  });

  test.each<[string, string[]]>([
    ['skill=interpreting', ['CheckinCompanions', 'RemoteInterpreters', 'ShelterInterpreters']],
    ['skill=childcare', ['FamilyHelpers', 'ShelterPlayroom']],
    ['skill=rides', ['FamilyHelpers', 'ShelterDrivers']],
    ['skill=accompaniment', ['CheckinCompanions', 'CourtCompanions']],
    ['skill=visiting', ['Visitors']],
    ['skill=childcare,visiting', ['FamilyHelpers', 'ShelterPlayroom', 'Visitors']],
    ['skill=rides&skill=accompaniment', ['CheckinCompanions', 'CourtCompanions', 'FamilyHelpers', 'ShelterDrivers']],
    ['skill=interpreting&language=mix', ['CheckinCompanions', 'ShelterInterpreters']],
    ['skill=interpreting&language=mix&kind=shelter', ['ShelterInterpreters']],
    ['skill=visiting&language=mix', []],
  ])('%s', async (filters, names) => {
    expect((await found(filters)).names).toEqual(names);
  });

  test('every result says what it asks volunteers for', async () => {
    const { skills } = await found('');
    expect(skills).toEqual({
      ShelterInterpreters: ['interpreting'],
      ShelterPlayroom: ['childcare'],
      ShelterDrivers: ['rides'],
      ShelterStories: [],
      CourtCompanions: ['accompaniment'],
      CheckinCompanions: ['interpreting', 'accompaniment'],
      FamilyHelpers: ['childcare', 'rides'],
      Visitors: ['visiting'],
      TaskForce: [],
      LegalLine: [],
      FosterHomes: [],
      RemoteInterpreters: ['interpreting'],
    });
  });

  test.each([
    ['skill=cooking', /interpreting/],
    ['skill=', null],
    [`skill=${Array.from({ length: 21 }, () => 'rides').join(',')}`, /20/],
  ])('a bad skill list is a 400 that says what to send: %s', async (filters, message) => {
    const response = await server.get(`/api/v1/listings?${ORIGIN}&${filters}`);
    if (message === null) {
      expect(response.status).toBe(200); // an empty list is no filter, as for kind=
      return;
    }
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
  });

  test('asked in Spanish, the 400 names the skills in Spanish words around the values to send', async () => {
    const response = await server.get(`/api/v1/listings?${ORIGIN}&skill=cocina`, { 'Accept-Language': 'es' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/skill.*se esperaba una de .*interpreting.*visiting/);
  });
});

test('an edit derives the skills again: a group that stops going to court and starts giving rides moves between them', async () => {
  await clearListings();
  const before = aListing('accompaniment', EL_PASO, {
    name: 'Changing',
    details: { kind: 'accompaniment', services: ['court'] },
  });
  const id = await insertListing(database.db, before);
  expect((await found('skill=accompaniment')).names).toEqual(['Changing']);
  const after = { ...before, details: { kind: 'accompaniment' as const, services: ['rides' as const] } };
  await replaceListing(database.db, id, after, { status: 'published', now: new Date() });
  expect((await found('skill=accompaniment')).names).toEqual([]);
  expect(await found('skill=rides')).toEqual({ names: ['Changing'], skills: { Changing: ['rides'] } });
});

test('over random listings, skill= (with and without language=) returns exactly those the rule gives it', async () => {
  const pick = <T>(values: readonly T[]) => fc.subarray([...values]);
  const details: fc.Arbitrary<ListingInput['details']> = fc.constantFrom(...LISTING_KINDS).chain((kind) => {
    if (kind === 'shelter')
      return pick(VOLUNTEER_ACTIVITIES).map((volunteerActivities) => ({
        kind,
        acceptedGoods: [],
        volunteerActivities,
      }));
    if (kind === 'accompaniment')
      return fc.subarray([...ACCOMPANIMENT_SERVICES], { minLength: 1 }).map((services) => ({ kind, services }));
    return fc.constant(aListing(kind, EL_PASO).details);
  });
  const listing = fc.record({ details, languages: pick(['en', 'es', 'mix']), nationwide: fc.boolean() });
  await fc.assert(
    fc.asyncProperty(
      fc.array(listing, { minLength: 1, maxLength: 8 }),
      pick(VOLUNTEER_SKILLS),
      pick(['es', 'mix']),
      async (listings, skills, languages) => {
        await clearListings();
        for (const [i, l] of listings.entries()) {
          const overrides = { name: `L${i}`, details: l.details, languages: l.languages };
          const point = { latitude: EL_PASO.latitude + 0.01 * i, longitude: EL_PASO.longitude };
          await insertListing(
            database.db,
            l.nationwide ? aNationwideListing(l.details.kind, overrides) : aListing(l.details.kind, point, overrides),
          );
        }
        const filters = [
          ...(skills.length ? [`skill=${skills.join(',')}`] : []),
          ...(languages.length ? [`language=${languages.join(',')}`] : []),
        ].join('&');
        const want = listings
          .map((l, i) => ({ ...l, name: `L${i}` }))
          .filter((l) => skills.length === 0 || skillsByRule(l.details).some((s) => skills.includes(s)))
          .filter((l) => languages.length === 0 || l.languages.some((c) => languages.includes(c)))
          .map((l) => l.name)
          .sort();
        const answer = await found(filters);
        expect(answer.names).toEqual(want);
        for (const name of answer.names)
          expect([name, answer.skills[name]]).toEqual([name, skillsByRule(listings[Number(name.slice(1))]!.details)]);
      },
    ),
    { numRuns: 40, seed: 66 },
  );
});
