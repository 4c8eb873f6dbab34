// openNow, with an injected clock: each listing is judged in its own time zone, across midnight and DST changes.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { isOpenAt } from '@contract/opening-hours';
import { WEEKDAYS, type Weekday } from '@contract/vocabulary';
import type { Opening, WeeklyHours } from '@contract/common';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let clock = new Date('2026-06-10T12:00:00Z');

const at = (day: Weekday, opensAt: string, closesAt: string): Opening => ({ day, opensAt, closesAt });
const everyDay = (opensAt: string, closesAt: string) => WEEKDAYS.map((d) => at(d, opensAt, closesAt));

// Each listing's hours; names are what the tests below refer to.
const HOURS: Record<string, WeeklyHours | undefined> = {
  Ordinary: {
    timeZone: 'America/Chicago',
    openings: ['mo', 'tu', 'we', 'th', 'fr'].map((d) => at(d as Weekday, '09:00', '17:00')),
  },
  Overnight: { timeZone: 'America/Chicago', openings: [at('fr', '20:00', '02:00')] },
  SundayNight: { timeZone: 'America/Chicago', openings: [at('su', '22:00', '06:00')] },
  AllDay: { timeZone: 'America/Chicago', openings: everyDay('00:00', '24:00') },
  Split: { timeZone: 'America/Chicago', openings: [at('we', '09:00', '12:00'), at('we', '14:00', '18:00')] },
  Pacific: { timeZone: 'America/Los_Angeles', openings: everyDay('09:00', '17:00') },
  Eastern: { timeZone: 'America/New_York', openings: everyDay('09:00', '17:00') },
  // Same local hours either side of the spring change; the hour that happens twice in the autumn.
  Dst: {
    timeZone: 'America/New_York',
    openings: [at('sa', '08:00', '09:00'), at('su', '08:00', '09:00'), at('su', '01:00', '02:00')],
  },
  NoHours: undefined,
};
const NATIONWIDE_HOURS: WeeklyHours = {
  timeZone: 'America/New_York',
  openings: ['mo', 'tu', 'we', 'th', 'fr'].map((d) => at(d as Weekday, '08:00', '20:00')),
};

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [i, [name, hours]] of Object.entries(HOURS).entries()) {
    await insertListing(
      database.db,
      aListing('shelter', { latitude: 31.76 + 0.01 * i, longitude: -106.49 }, { name, ...(hours ? { hours } : {}) }),
    );
  }
  await insertListing(database.db, aNationwideListing('legal_help', { name: 'Hotline', hours: NATIONWIDE_HOURS }));
  await insertListing(database.db, aNationwideListing('legal_help', { name: 'Voicemail' }));
  server = await startTestServer(database.db, { now: () => clock });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const ORIGIN = 'near=31.76,-106.49&radiusKm=50&limit=100';
type Row = { id: string; name: string; openNow: boolean | null };

/** openNow of every listing (near and nationwide) at `instant`, with the names openNow=true and =false return. */
async function openNowAt(instant: string) {
  clock = new Date(instant);
  const get = async (filter: string) => {
    const response = await server.get(`/api/v1/listings?${ORIGIN}${filter}`);
    expect(response.status).toBe(200);
    return [...response.body.results, ...response.body.nationwide] as Row[];
  };
  const all = await get('');
  const field = Object.fromEntries(all.map((r) => [r.name, r.openNow]));
  const open = (await get('&openNow=true')).map((r) => r.name).sort();
  const closed = (await get('&openNow=false')).map((r) => r.name).sort();
  // The filter and the field agree: true returns exactly the listings marked open, false exactly the rest.
  expect(open).toEqual(
    all
      .filter((r) => r.openNow === true)
      .map((r) => r.name)
      .sort(),
  );
  expect(closed).toEqual(
    all
      .filter((r) => r.openNow !== true)
      .map((r) => r.name)
      .sort(),
  );
  return { field, open, closed };
}

test.each<[string, string, string, boolean]>([
  // Ordinary hours, Chicago (CDT, UTC-5 in June): Wednesday 2026-06-10.
  ['Ordinary', 'Wed 10:00', '2026-06-10T15:00:00Z', true],
  ['Ordinary', 'Wed 08:59', '2026-06-10T13:59:00Z', false],
  ['Ordinary', 'Wed 16:59', '2026-06-10T21:59:00Z', true],
  ['Ordinary', 'Wed 17:00 (closing is exclusive)', '2026-06-10T22:00:00Z', false],
  ['Ordinary', 'Sat 10:00', '2026-06-13T15:00:00Z', false],
  // fr 20:00-02:00 crosses midnight.
  ['Overnight', 'Fri 19:59', '2026-06-13T00:59:00Z', false],
  ['Overnight', 'Fri 23:00', '2026-06-13T04:00:00Z', true],
  ['Overnight', 'Sat 01:00', '2026-06-13T06:00:00Z', true],
  ['Overnight', 'Sat 03:00', '2026-06-13T08:00:00Z', false],
  ['Overnight', 'Thu 01:00 (no Thursday-night opening)', '2026-06-11T06:00:00Z', false],
  // su 22:00-06:00 runs from the end of the week into its start.
  ['SundayNight', 'Sun 21:59', '2026-06-15T02:59:00Z', false],
  ['SundayNight', 'Sun 23:00', '2026-06-15T04:00:00Z', true],
  ['SundayNight', 'Mon 00:00', '2026-06-15T05:00:00Z', true],
  ['SundayNight', 'Mon 05:59', '2026-06-15T10:59:00Z', true],
  ['SundayNight', 'Mon 06:00', '2026-06-15T11:00:00Z', false],
  // 00:00-24:00 every day: open at every minute, the week's edges included.
  ['AllDay', 'Sun 23:59', '2026-06-15T04:59:00Z', true],
  ['AllDay', 'Mon 00:00', '2026-06-15T05:00:00Z', true],
  ['AllDay', 'Wed 12:00', '2026-06-10T17:00:00Z', true],
  // Two openings on Wednesday: closed over lunch.
  ['Split', 'Wed 11:00', '2026-06-10T16:00:00Z', true],
  ['Split', 'Wed 12:00', '2026-06-10T17:00:00Z', false],
  ['Split', 'Wed 13:00', '2026-06-10T18:00:00Z', false],
  ['Split', 'Wed 14:00', '2026-06-10T19:00:00Z', true],
  ['Split', 'Wed 18:30', '2026-06-10T23:30:00Z', false],
  ['Split', 'Thu 11:00', '2026-06-11T16:00:00Z', false],
  // Spring forward in New York, Sunday 2026-03-08 at 02:00 EST: 08:30 is 13:30Z on Saturday and 12:30Z on Sunday.
  ['Dst', 'Sat 08:30 EST', '2026-03-07T13:30:00Z', true],
  ['Dst', 'Sat 09:30 EST', '2026-03-07T14:30:00Z', false],
  ['Dst', 'Sun 08:30 EDT', '2026-03-08T12:30:00Z', true],
  ['Dst', 'Sun 09:30 EDT (08:30 if the offset were still EST)', '2026-03-08T13:30:00Z', false],
  ['Dst', 'Sun 07:30 EDT (08:30 if the offset were still EST)', '2026-03-08T11:30:00Z', false],
  // Fall back, Sunday 2026-11-01 at 02:00 EDT: 01:00-02:00 happens twice and is open both times.
  ['Dst', 'Sun 01:30 EDT', '2026-11-01T05:30:00Z', true],
  ['Dst', 'Sun 01:30 EST', '2026-11-01T06:30:00Z', true],
  ['Dst', 'Sun 02:30 EST', '2026-11-01T07:30:00Z', false],
  ['Dst', 'Sun 08:30 EST', '2026-11-01T13:30:00Z', true],
  ['Dst', 'Sun 08:30 EDT would be 12:30Z, now 07:30 EST', '2026-11-01T12:30:00Z', false],
  // The nationwide section: weekdays 08:00-20:00 New York.
  ['Hotline', 'Wed 19:59 EDT', '2026-06-10T23:59:00Z', true],
  ['Hotline', 'Wed 20:00 EDT', '2026-06-11T00:00:00Z', false],
  ['Hotline', 'Sat 12:00 EDT', '2026-06-13T16:00:00Z', false],
])('%s at %s (%s): open %s', async (name, _local, instant, open) => {
  const { field, open: openNames, closed: closedNames } = await openNowAt(instant);
  expect(field[name]).toBe(open);
  expect(openNames.includes(name)).toBe(open);
  expect(closedNames.includes(name)).toBe(!open);
  // The answer agrees with the TypeScript model of the same hours.
  const hours = name === 'Hotline' ? NATIONWIDE_HOURS : HOURS[name]!;
  expect(isOpenAt(hours, new Date(instant))).toBe(open);
});

test('at one instant, listings with the same local hours in Los Angeles and New York answer differently', async () => {
  // 2026-06-10T14:00Z is 10:00 in New York and 07:00 in Los Angeles; 22:30Z is 18:30 and 15:30.
  const morning = await openNowAt('2026-06-10T14:00:00Z');
  expect([morning.field.Eastern, morning.field.Pacific]).toEqual([true, false]);
  expect(morning.open).toContain('Eastern');
  expect(morning.open).not.toContain('Pacific');
  const evening = await openNowAt('2026-06-10T22:30:00Z');
  expect([evening.field.Eastern, evening.field.Pacific]).toEqual([false, true]);
  expect(evening.open).toContain('Pacific');
  expect(evening.open).not.toContain('Eastern');
  const both = await openNowAt('2026-06-10T17:00:00Z'); // 13:00 and 10:00
  expect([both.field.Eastern, both.field.Pacific]).toEqual([true, true]);
});

test('listings without hours have openNow null: left out by openNow=true, kept by openNow=false (not known to be open)', async () => {
  for (const instant of ['2026-06-10T15:00:00Z', '2026-06-13T06:00:00Z', '2026-06-15T05:00:00Z']) {
    const { field, open, closed } = await openNowAt(instant);
    expect(field.NoHours).toBeNull();
    expect(field.Voicemail).toBeNull();
    expect(open).not.toContain('NoHours');
    expect(open).not.toContain('Voicemail');
    expect(closed).toEqual(expect.arrayContaining(['NoHours', 'Voicemail']));
    expect(open).toContain('AllDay'); // the filter is not simply empty
  }
});

test('the detail endpoint says the same as the search', async () => {
  clock = new Date('2026-06-13T06:00:00Z'); // Saturday 01:00 Chicago
  const response = await server.get(`/api/v1/listings?${ORIGIN}`);
  expect(response.body.results).toHaveLength(Object.keys(HOURS).length); // the loop below must have rows to check
  for (const row of response.body.results as Row[]) {
    const detail = await server.get(`/api/v1/listings/${row.id}`);
    expect([row.name, detail.body.openNow]).toEqual([row.name, row.openNow]);
  }
});

describe('property: the API agrees with isOpenAt for any hours at any instant', () => {
  const ZONES = [
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Phoenix',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
    'America/Puerto_Rico',
    'America/St_Johns',
    'UTC',
  ];
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const anOpening = fc
    .record({
      day: fc.constantFrom(...WEEKDAYS),
      opens: fc.integer({ min: 0, max: 1439 }),
      closes: fc.integer({ min: 0, max: 1440 }),
    })
    .filter(({ opens, closes }) => opens !== closes)
    .map(({ day, opens, closes }) => at(day, hhmm(opens), hhmm(closes)));
  const someHours = fc.record({ timeZone: fc.constantFrom(...ZONES), openings: fc.array(anOpening, { maxLength: 6 }) });

  // The instant a local wall-clock time happens in `timeZone` (near enough in a DST gap; the property holds for any instant).
  const offsetMs = (instant: number, timeZone: string) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(new Date(instant))
        .map((x) => [x.type, x.value]),
    );
    return (
      Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) -
      Math.floor(instant / 1000) * 1000
    );
  };
  const localToInstant = (localMs: number, timeZone: string) => {
    const guess = localMs - offsetMs(localMs, timeZone);
    return guess - (offsetMs(guess, timeZone) - offsetMs(localMs, timeZone));
  };
  // Instants anywhere in 2024-2029, or within a minute of an opening's start or end (where off-by-one errors live).
  const MONDAY = Date.UTC(2024, 0, 1); // 2024-01-01 was a Monday
  const anyInstant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2029, 11, 31) }).map((t) => new Date(t));
  const instantFor = (hours: WeeklyHours) =>
    hours.openings.length === 0
      ? anyInstant
      : fc.oneof(
          anyInstant,
          fc
            .tuple(
              fc.integer({ min: 0, max: 300 }),
              fc.constantFrom(...hours.openings),
              fc.boolean(),
              fc.integer({ min: -1, max: 0 }),
              fc.integer({ min: 0, max: 59_999 }),
            )
            .map(([week, o, atClose, shift, ms]) => {
              const time = atClose ? o.closesAt : o.opensAt;
              const minute =
                WEEKDAYS.indexOf(o.day) * 1440 +
                Number(time.slice(0, 2)) * 60 +
                Number(time.slice(3)) +
                shift +
                (atClose && o.closesAt <= o.opensAt ? 1440 : 0);
              return new Date(localToInstant(MONDAY + week * 7 * 86_400_000 + minute * 60_000 + ms, hours.timeZone));
            }),
        );

  let n = 0;
  test('openNow in the results and both filters equal isOpenAt', async () => {
    await fc.assert(
      fc.asyncProperty(
        someHours.chain((hours) =>
          fc.tuple(fc.constant(hours), fc.array(instantFor(hours), { minLength: 1, maxLength: 4 })),
        ),
        async ([hours, instants]) => {
          // Each case gets its own spot far from the fixtures above, searched with a 100 m radius.
          n += 1;
          const point = { latitude: 40 + Math.floor(n / 100) * 0.05, longitude: -100 + (n % 100) * 0.05 };
          const id = await insertListing(database.db, aListing('shelter', point, { hours }));
          for (const instant of instants) {
            clock = instant;
            // Verified that day: instants span years, and a listing a year stale leaves search (listings-staleness.test.ts).
            await database.db
              .updateTable('listing')
              .set({ last_verified_on: instant.toISOString().slice(0, 10) })
              .where('id', '=', id)
              .execute();
            const expected = isOpenAt(hours, instant);
            const base = `/api/v1/listings?near=${point.latitude},${point.longitude}&radiusKm=0.1`;
            const all = await server.get(base);
            expect(all.body.results.map((r: Row) => [r.id, r.openNow])).toEqual([[id, expected]]);
            expect((await server.get(`${base}&openNow=true`)).body.results.length).toBe(expected ? 1 : 0);
            expect((await server.get(`${base}&openNow=false`)).body.results.length).toBe(expected ? 0 : 1);
          }
        },
      ),
      { numRuns: 80, seed: 2026 },
    );
  });
});
