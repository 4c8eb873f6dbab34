// Weekly hours as minute ranges, checked against a naive minute-by-minute model of the week.
import fc from 'fast-check';
import { isOpenAt, localMinuteOfWeek, MINUTES_PER_WEEK, openingMinuteRanges } from '@contract/opening-hours';
import { toMultirangeLiteral } from '../../../server/listings/opening-minutes';
import { WEEKDAYS, type Weekday } from '@contract/vocabulary';
import { Opening, type WeeklyHours } from '@contract/common';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A valid opening: opens 00:00..23:59, closes 00:00..24:00, never at the same time. */
const anOpening = fc
  .record({
    day: fc.constantFrom(...WEEKDAYS),
    opens: fc.integer({ min: 0, max: 1439 }),
    closes: fc.integer({ min: 0, max: 1440 }),
  })
  .filter(({ opens, closes }) => opens !== closes)
  .map(({ day, opens, closes }): Opening => ({ day, opensAt: hhmm(opens), closesAt: hhmm(closes) }));
// Round hours make overlaps, adjacency and exact week ends (Sunday 24:00) common.
const aRoundOpening = fc
  .record({
    day: fc.constantFrom(...WEEKDAYS),
    opens: fc.integer({ min: 0, max: 23 }),
    closes: fc.integer({ min: 0, max: 24 }),
  })
  .filter(({ opens, closes }) => opens !== closes)
  .map(({ day, opens, closes }): Opening => ({ day, opensAt: hhmm(opens * 60), closesAt: hhmm(closes * 60) }));
const openings = fc.array(fc.oneof(anOpening, aRoundOpening), { maxLength: 12 });

/** The naive model: walk each opening minute by minute, wrapping from Sunday night into Monday. */
function openMinutes(list: readonly Opening[]): boolean[] {
  const week = new Array<boolean>(MINUTES_PER_WEEK).fill(false);
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  for (const o of list) {
    const opens = minutes(o.opensAt);
    const closes = minutes(o.closesAt);
    const length = closes > opens ? closes - opens : closes + 1440 - opens;
    const start = WEEKDAYS.indexOf(o.day) * 1440 + opens;
    for (let k = 0; k < length; k++) week[(start + k) % MINUTES_PER_WEEK] = true;
  }
  return week;
}

test('the generated openings are ones the contract accepts', () => {
  fc.assert(fc.property(fc.oneof(anOpening, aRoundOpening), (o) => expect(Opening.safeParse(o).success).toBe(true)));
});

test('ranges are sorted, disjoint, not touching, inside [0, 10080), and cover exactly the minutes some opening covers', () => {
  fc.assert(
    fc.property(openings, (list) => {
      const ranges = openingMinuteRanges(list);
      for (const [start, end] of ranges) {
        expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(MINUTES_PER_WEEK);
        expect(start).toBeLessThan(end);
      }
      // Merged: each range ends strictly before the next starts (touching ranges would have been joined).
      for (let i = 1; i < ranges.length; i++) expect(ranges[i - 1]![1]).toBeLessThan(ranges[i]![0]);
      const covered = new Array<boolean>(MINUTES_PER_WEEK).fill(false);
      for (const [start, end] of ranges) for (let m = start; m < end; m++) covered[m] = true;
      const model = openMinutes(list);
      expect(covered.flatMap((c, m) => (c === model[m] ? [] : [m])).slice(0, 5)).toEqual([]); // first minutes that disagree
    }),
    { numRuns: 300 },
  );
});

test('isOpenAt agrees with the model at the local minute of the week, in any time zone', () => {
  const zones = [
    'UTC',
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Phoenix',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
    'America/St_Johns',
    'Asia/Kolkata',
  ];
  fc.assert(
    fc.property(
      openings,
      fc.constantFrom(...zones),
      fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }),
      (list, timeZone, instant) => {
        const hours: WeeklyHours = { timeZone, openings: list };
        expect(isOpenAt(hours, instant)).toBe(openMinutes(list)[localMinuteOfWeek(instant, timeZone)]);
      },
    ),
    { numRuns: 300 },
  );
});

test('localMinuteOfWeek counts from Monday 00:00 in fixed-offset zones', () => {
  // UTC and Phoenix (always UTC-7) can be computed without Intl: an independent check.
  fc.assert(
    fc.property(
      fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }),
      (instant) => {
        const utcMinute = ((instant.getUTCDay() + 6) % 7) * 1440 + instant.getUTCHours() * 60 + instant.getUTCMinutes();
        expect(localMinuteOfWeek(instant, 'UTC')).toBe(utcMinute);
        expect(localMinuteOfWeek(instant, 'America/Phoenix')).toBe(
          (utcMinute - 7 * 60 + MINUTES_PER_WEEK) % MINUTES_PER_WEEK,
        );
      },
    ),
  );
});

describe('worked examples', () => {
  const at = (day: Weekday, opensAt: string, closesAt: string): Opening => ({ day, opensAt, closesAt });

  test.each<[string, Opening[], Array<[number, number]>]>([
    ['an ordinary day', [at('mo', '09:00', '17:00')], [[540, 1020]]],
    ['Friday night past midnight', [at('fr', '20:00', '02:00')], [[4 * 1440 + 1200, 5 * 1440 + 120]]],
    ['closing at 00:00 is midnight', [at('fr', '20:00', '00:00')], [[4 * 1440 + 1200, 5 * 1440]]],
    [
      'Sunday night into Monday wraps',
      [at('su', '22:00', '06:00')],
      [
        [0, 360],
        [6 * 1440 + 1320, MINUTES_PER_WEEK],
      ],
    ],
    ['24 hours every day is the whole week', WEEKDAYS.map((d) => at(d, '00:00', '24:00')), [[0, MINUTES_PER_WEEK]]],
    [
      'two openings in one day',
      [at('we', '14:00', '18:00'), at('we', '09:00', '12:00')],
      [
        [2 * 1440 + 540, 2 * 1440 + 720],
        [2 * 1440 + 840, 2 * 1440 + 1080],
      ],
    ],
    [
      'overlapping and touching openings merge',
      [at('tu', '09:00', '12:00'), at('tu', '11:00', '13:00'), at('tu', '13:00', '14:00')],
      [[1440 + 540, 1440 + 840]],
    ],
    ['no openings', [], []],
  ])('%s', (_name, list, expected) => {
    expect(openingMinuteRanges(list)).toEqual(expected);
  });

  test('the multirange literal PostgreSQL reads', () => {
    expect(
      toMultirangeLiteral([
        [540, 1020],
        [1980, 2460],
      ]),
    ).toBe('{[540,1020),[1980,2460)}');
    expect(toMultirangeLiteral([])).toBe('{}');
  });

  test('across midnight: open Saturday 01:00, closed Saturday 03:00 (fr 20:00-02:00, Chicago)', () => {
    const hours: WeeklyHours = { timeZone: 'America/Chicago', openings: [at('fr', '20:00', '02:00')] };
    expect(isOpenAt(hours, new Date('2026-06-13T06:00:00Z'))).toBe(true); // Sat 01:00 CDT
    expect(isOpenAt(hours, new Date('2026-06-13T08:00:00Z'))).toBe(false); // Sat 03:00 CDT
    expect(isOpenAt(hours, new Date('2026-06-13T06:59:59Z'))).toBe(true); // Sat 01:59:59
    expect(isOpenAt(hours, new Date('2026-06-13T07:00:00Z'))).toBe(false); // Sat 02:00, closing is exclusive
  });

  test('the same local hours on both sides of a daylight-saving change', () => {
    const hours: WeeklyHours = {
      timeZone: 'America/New_York',
      openings: [at('sa', '08:00', '09:00'), at('su', '08:00', '09:00')],
    };
    expect(isOpenAt(hours, new Date('2026-03-07T13:30:00Z'))).toBe(true); // Sat 08:30 EST (UTC-5)
    expect(isOpenAt(hours, new Date('2026-03-08T12:30:00Z'))).toBe(true); // Sun 08:30 EDT (UTC-4)
    expect(isOpenAt(hours, new Date('2026-03-08T13:30:00Z'))).toBe(false); // Sun 09:30 EDT
  });
});
