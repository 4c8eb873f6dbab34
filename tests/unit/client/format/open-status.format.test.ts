// "Open now · closes at 5:00 PM" / "Closed · opens Monday 9:00 AM", decided in the listing's own
// time zone at a given instant, across midnight, the week's end and daylight saving time.
import fc from 'fast-check';
import type { Opening, WeeklyHours } from '@contract/common';
import { WEEKDAYS, type Weekday } from '@contract/vocabulary';
import { isOpenAt } from '@contract/opening-hours';
import { describeOpenStatus, openStatusAt } from '../../../../client/src/format/open-status.format';

const on = (days: readonly Weekday[], opensAt: string, closesAt: string): Opening[] =>
  days.map((day) => ({ day, opensAt, closesAt }));
const denver: WeeklyHours = {
  timeZone: 'America/Denver',
  openings: on(['mo', 'tu', 'we', 'th', 'fr'], '09:00', '17:00'),
};
const both = (hours: WeeklyHours | null, iso: string) => [
  describeOpenStatus('en', hours, new Date(iso)),
  describeOpenStatus('es', hours, new Date(iso)),
];

// 2025-06-02 is a Monday; Denver is UTC-6 in June (MDT) and UTC-7 in January (MST).
test.each<[string, string, string, string]>([
  [
    'Monday 10:00 MDT',
    '2025-06-02T16:00:00Z',
    'Open now · closes at 5:00 PM',
    'Abierto ahora · cierra a las 5:00 p.m.',
  ],
  ['Monday 7:00 MDT', '2025-06-02T13:00:00Z', 'Closed · opens at 9:00 AM', 'Cerrado · abre a las 9:00 a.m.'],
  [
    'Monday 18:00 MDT',
    '2025-06-03T00:00:00Z',
    'Closed · opens tomorrow at 9:00 AM',
    'Cerrado · abre mañana a las 9:00 a.m.',
  ],
  [
    'Friday 17:00 MDT, the minute it closes',
    '2025-06-06T23:00:00Z',
    'Closed · opens Monday 9:00 AM',
    'Cerrado · abre el lunes a las 9:00 a.m.',
  ],
  [
    'Saturday noon MDT',
    '2025-06-07T18:00:00Z',
    'Closed · opens Monday 9:00 AM',
    'Cerrado · abre el lunes a las 9:00 a.m.',
  ],
  [
    'Sunday 20:00 MDT',
    '2025-06-09T02:00:00Z',
    'Closed · opens tomorrow at 9:00 AM',
    'Cerrado · abre mañana a las 9:00 a.m.',
  ],
  [
    'Monday 9:30 MST (winter)',
    '2025-01-06T16:30:00Z',
    'Open now · closes at 5:00 PM',
    'Abierto ahora · cierra a las 5:00 p.m.',
  ],
  [
    'Monday 8:30 MDT (14:30Z: in summer Denver is UTC-6, so 9:00 comes at 15:00Z)',
    '2025-06-02T14:30:00Z',
    'Closed · opens at 9:00 AM',
    'Cerrado · abre a las 9:00 a.m.',
  ],
])('weekdays 9-5 in Denver, %s', (_when, iso, en, es) => {
  expect(both(denver, iso)).toEqual([en, es]);
});

test('the listing’s zone decides, not UTC: the same instant in New York and Los Angeles', () => {
  const at = '2025-06-02T14:30:00Z'; // 10:30 in New York, 7:30 in Los Angeles
  expect(describeOpenStatus('en', { ...denver, timeZone: 'America/New_York' }, new Date(at))).toBe(
    'Open now · closes at 5:00 PM',
  );
  expect(describeOpenStatus('en', { ...denver, timeZone: 'America/Los_Angeles' }, new Date(at))).toBe(
    'Closed · opens at 9:00 AM',
  );
});

test('an opening past midnight: closes tomorrow, then closes today after midnight', () => {
  const bar: WeeklyHours = { timeZone: 'America/Los_Angeles', openings: on(['fr'], '20:00', '02:00') };
  expect(both(bar, '2025-06-07T04:00:00Z')).toEqual([
    'Open now · closes tomorrow at 2:00 AM',
    'Abierto ahora · cierra mañana a las 2:00 a.m.',
  ]); // Fri 21:00
  expect(both(bar, '2025-06-07T08:00:00Z')).toEqual([
    'Open now · closes at 2:00 AM',
    'Abierto ahora · cierra a las 2:00 a.m.',
  ]); // Sat 01:00
  expect(both(bar, '2025-06-07T09:00:00Z')).toEqual([
    'Closed · opens Friday 8:00 PM',
    'Cerrado · abre el viernes a las 8:00 p.m.',
  ]); // Sat 02:00
});

test('Sunday night into Monday morning, across the end of the week', () => {
  const night: WeeklyHours = { timeZone: 'America/Chicago', openings: on(['su'], '22:00', '06:00') };
  expect(describeOpenStatus('en', night, new Date('2025-06-09T04:00:00Z'))).toBe(
    'Open now · closes tomorrow at 6:00 AM',
  ); // Sun 23:00
  expect(describeOpenStatus('en', night, new Date('2025-06-09T08:00:00Z'))).toBe('Open now · closes at 6:00 AM'); // Mon 03:00
  expect(describeOpenStatus('en', night, new Date('2025-06-09T12:00:00Z'))).toBe('Closed · opens Sunday 10:00 PM'); // Mon 07:00
});

test('closing at 24:00 is "at midnight"; Spanish says "a la 1:00" for one o’clock', () => {
  const late: WeeklyHours = { timeZone: 'America/Denver', openings: on(['sa'], '18:00', '24:00') };
  expect(both(late, '2025-06-08T02:00:00Z')).toEqual([
    'Open now · closes at midnight',
    'Abierto ahora · cierra a medianoche',
  ]); // Sat 20:00
  const one: WeeklyHours = { timeZone: 'America/Denver', openings: on(['sa'], '10:00', '13:00') };
  expect(describeOpenStatus('es', one, new Date('2025-06-07T17:00:00Z'))).toBe('Abierto ahora · cierra a la 1:00 p.m.');
  const oneAm: WeeklyHours = { timeZone: 'America/Denver', openings: on(['sa'], '10:00', '01:30') };
  expect(describeOpenStatus('es', oneAm, new Date('2025-06-08T02:00:00Z'))).toBe(
    'Abierto ahora · cierra mañana a la 1:30 a.m.',
  );
});

test('the next opening a whole week away is named by its day', () => {
  const monday: WeeklyHours = { timeZone: 'America/Denver', openings: on(['mo'], '09:00', '10:00') };
  expect(describeOpenStatus('en', monday, new Date('2025-06-02T16:30:00Z'))).toBe('Closed · opens Monday 9:00 AM'); // Mon 10:30
  expect(openStatusAt(monday, new Date('2025-06-02T16:30:00Z'))).toEqual({
    state: 'closed',
    change: { dayOffset: 7, weekday: 'mo', minuteOfDay: 540 },
  });
});

test('always open, no hours, and hours that are empty', () => {
  const always: WeeklyHours = { timeZone: 'America/Denver', openings: on(WEEKDAYS, '00:00', '24:00') };
  expect(both(always, '2025-06-02T16:00:00Z')).toEqual(['Open 24 hours', 'Abierto las 24 horas']);
  expect(both(null, '2025-06-02T16:00:00Z')).toEqual(['Call for hours', 'Llame para consultar el horario']);
  expect(both({ timeZone: 'UTC', openings: [] }, '2025-06-02T16:00:00Z')).toEqual([
    'Call for hours',
    'Llame para consultar el horario',
  ]);
});

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const anOpening = fc
  .record({
    day: fc.constantFrom(...WEEKDAYS),
    opens: fc.integer({ min: 0, max: 95 }),
    closes: fc.integer({ min: 0, max: 96 }),
  })
  .filter(({ opens, closes }) => opens !== closes)
  .map(({ day, opens, closes }): Opening => ({ day, opensAt: hhmm(opens * 15), closesAt: hhmm(closes * 15) }));
const anInstant = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) })
  .map((ms) => new Date(Math.floor(ms / 60000) * 60000));

// In UTC a minute of the instant is a minute of the local week, so the change can be checked by
// stepping the clock: the server's isOpenAt is the oracle.
test('property: open/closed agrees with the server, and the state really changes at the announced minute', () => {
  fc.assert(
    fc.property(fc.array(anOpening, { minLength: 1, maxLength: 8 }), anInstant, (openings, instant) => {
      const hours: WeeklyHours = { timeZone: 'UTC', openings };
      const status = openStatusAt(hours, instant);
      const open = isOpenAt(hours, instant);
      if (status.state === 'always') {
        expect(open).toBe(true);
        return;
      }
      if (status.state === 'unknown') throw new Error('openings were given');
      expect(status.state === 'open').toBe(open);
      const minuteOfDay = instant.getUTCHours() * 60 + instant.getUTCMinutes();
      const untilChange = status.change.dayOffset * 1440 + status.change.minuteOfDay - minuteOfDay;
      expect(untilChange).toBeGreaterThan(0);
      expect(untilChange).toBeLessThanOrEqual(7 * 1440);
      const at = (minutes: number) => new Date(instant.getTime() + minutes * 60000);
      expect(isOpenAt(hours, at(untilChange - 1))).toBe(open);
      expect(isOpenAt(hours, at(Math.floor(untilChange / 2)))).toBe(open);
      expect(isOpenAt(hours, at(untilChange))).toBe(!open);
      expect(WEEKDAYS[(at(untilChange).getUTCDay() + 6) % 7]).toBe(status.change.weekday);
    }),
  );
});
