// Hours tables group days with identical openings and show openings past midnight on the day
// they start, whole days as "Open 24 hours", and several openings a day in order.
import fc from 'fast-check';
import type { Opening } from '@contract/common';
import { WEEKDAYS, type Weekday } from '@contract/vocabulary';
import { formatClockTime } from '../../../../client/src/format/clock-time.format';
import { formatWeeklyHours, weeklyHoursRows } from '../../../../client/src/format/weekly-hours.format';

const on = (days: readonly Weekday[], opensAt: string, closesAt: string): Opening[] =>
  days.map((day) => ({ day, opensAt, closesAt }));
const WEEKDAYS_MO_FR = ['mo', 'tu', 'we', 'th', 'fr'] as const;
const hours = (openings: Opening[]) => ({ openings });

test('clock times: 12-hour in both, with a.m. and p.m. in US Spanish (as es-US Intl writes them)', () => {
  expect([0, 30, 540, 720, 750, 1020, 1439, 1440].map((m) => formatClockTime('en', m))).toEqual([
    '12:00 AM',
    '12:30 AM',
    '9:00 AM',
    '12:00 PM',
    '12:30 PM',
    '5:00 PM',
    '11:59 PM',
    '12:00 AM',
  ]);
  expect([0, 30, 540, 720, 1020, 1439].map((m) => formatClockTime('es', m))).toEqual([
    '12:00 a.m.',
    '12:30 a.m.',
    '9:00 a.m.',
    '12:00 p.m.',
    '5:00 p.m.',
    '11:59 p.m.',
  ]);
});

test('weekdays 9 to 5: one range of days, and the weekend closed', () => {
  const h = hours(on(WEEKDAYS_MO_FR, '09:00', '17:00'));
  expect(formatWeeklyHours('en', h)).toEqual(['Mon–Fri 9:00 AM–5:00 PM', 'Sat, Sun Closed']);
  expect(formatWeeklyHours('es', h)).toEqual(['lun–vie 9:00 a.m.–5:00 p.m.', 'sáb, dom Cerrado']);
  expect(weeklyHoursRows('en', h.openings)).toEqual([
    { days: 'Mon–Fri', times: '9:00 AM–5:00 PM' },
    { days: 'Sat, Sun', times: 'Closed' },
  ]);
});

test('an opening past midnight stays on the day it starts', () => {
  const h = hours([...on(['th', 'fr', 'sa'], '20:00', '02:00')]);
  expect(formatWeeklyHours('en', h)).toEqual(['Mon–Wed, Sun Closed', 'Thu–Sat 8:00 PM–2:00 AM']);
  expect(formatWeeklyHours('en', hours(on(['fr'], '20:00', '02:00')))).toEqual([
    'Mon–Thu, Sat, Sun Closed',
    'Fri 8:00 PM–2:00 AM',
  ]);
  expect(formatWeeklyHours('es', hours(on(['fr'], '20:00', '02:00')))).toEqual([
    'lun–jue, sáb, dom Cerrado',
    'vie 8:00 p.m.–2:00 a.m.',
  ]);
});

test('closing at 24:00 reads as midnight', () => {
  expect(weeklyHoursRows('en', on(['sa'], '18:00', '24:00'))).toEqual([
    { days: 'Mon–Fri, Sun', times: 'Closed' },
    { days: 'Sat', times: '6:00 PM–12:00 AM' },
  ]);
  expect(weeklyHoursRows('es', on(['sa'], '18:00', '24:00'))[1]).toEqual({
    days: 'sáb',
    times: '6:00 p.m.–12:00 a.m.',
  });
});

test('open 24 hours: a whole day, and every day', () => {
  expect(formatWeeklyHours('en', hours(on(WEEKDAYS, '00:00', '24:00')))).toEqual(['Open 24 hours, every day']);
  expect(formatWeeklyHours('es', hours(on(WEEKDAYS, '00:00', '24:00')))).toEqual([
    'Abierto las 24 horas, todos los días',
  ]);
  expect(weeklyHoursRows('en', on(WEEKDAYS, '00:00', '24:00'))).toEqual([
    { days: 'Every day', times: 'Open 24 hours' },
  ]);
  const mixed = [...on(WEEKDAYS_MO_FR, '08:00', '18:00'), ...on(['sa', 'su'], '00:00', '24:00')];
  expect(formatWeeklyHours('en', hours(mixed))).toEqual(['Mon–Fri 8:00 AM–6:00 PM', 'Sat, Sun Open 24 hours']);
  // Two halves written separately are still the whole day.
  const halves = [...on(['we'], '12:00', '24:00'), ...on(['we'], '00:00', '12:00')];
  expect(weeklyHoursRows('en', halves)).toContainEqual({ days: 'Wed', times: 'Open 24 hours' });
});

test('several openings a day, in order whatever order they were written in', () => {
  const split = [
    ...on(WEEKDAYS_MO_FR, '13:00', '17:00'),
    ...on(WEEKDAYS_MO_FR, '09:00', '12:00'),
    ...on(['sa'], '10:00', '14:00'),
  ];
  expect(formatWeeklyHours('en', hours(split))).toEqual([
    'Mon–Fri 9:00 AM–12:00 PM, 1:00 PM–5:00 PM',
    'Sat 10:00 AM–2:00 PM',
    'Sun Closed',
  ]);
  expect(formatWeeklyHours('es', hours(split))[0]).toBe('lun–vie 9:00 a.m.–12:00 p.m., 1:00 p.m.–5:00 p.m.');
});

test('identical days that are not next to each other are listed, runs of three become ranges', () => {
  const h = hours([...on(['mo', 'we', 'fr'], '10:00', '14:00'), ...on(['tu', 'th'], '16:00', '20:00')]);
  expect(formatWeeklyHours('en', h)).toEqual([
    'Mon, Wed, Fri 10:00 AM–2:00 PM',
    'Tue, Thu 4:00 PM–8:00 PM',
    'Sat, Sun Closed',
  ]);
  expect(formatWeeklyHours('en', hours(on(WEEKDAYS, '09:00', '17:00')))).toEqual(['Every day 9:00 AM–5:00 PM']);
  expect(formatWeeklyHours('es', hours(on(WEEKDAYS, '09:00', '17:00')))).toEqual([
    'Todos los días 9:00 a.m.–5:00 p.m.',
  ]);
});

test('no openings: no rows (the listing gives no hours)', () => {
  expect(formatWeeklyHours('en', hours([]))).toEqual([]);
});

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const anOpening = fc
  .record({
    day: fc.constantFrom(...WEEKDAYS),
    opens: fc.integer({ min: 0, max: 23 }),
    closes: fc.integer({ min: 0, max: 24 }),
  })
  .filter(({ opens, closes }) => opens !== closes)
  .map(({ day, opens, closes }): Opening => ({ day, opensAt: hhmm(opens * 60), closesAt: hhmm(closes * 60) }));

const openingsAndShuffle = fc
  .array(anOpening, { minLength: 1, maxLength: 10 })
  .chain((openings) => fc.tuple(fc.constant(openings), fc.shuffledSubarray(openings, { minLength: openings.length })));

test('property: every day appears in exactly one row, and the order openings are written in does not matter', () => {
  fc.assert(
    fc.property(openingsAndShuffle, ([openings, shuffled]) => {
      const rows = weeklyHoursRows('en', openings);
      const days = rows.flatMap((r) => (r.days === 'Every day' ? SHORT : expandDays(r.days)));
      expect([...days].sort()).toEqual([...SHORT].sort());
      expect(formatWeeklyHours('es', hours(shuffled))).toEqual(formatWeeklyHours('es', hours(openings)));
    }),
  );
});

const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
function expandDays(text: string): string[] {
  return text.split(', ').flatMap((part) => {
    const [from, to] = part.split('–');
    if (to === undefined) return [part];
    return SHORT.slice(SHORT.indexOf(from as string), SHORT.indexOf(to) + 1);
  });
}
