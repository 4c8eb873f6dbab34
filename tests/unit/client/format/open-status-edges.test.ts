// The open-status line at the week's edges, each case fixed rather than left to the random schedules of
// open-status.format.test.ts: the exact opening minute, an opening that ends Sunday 24:00 or starts Monday 00:00,
// Sunday night running into Monday, and midnight for a closed place. Every case is in UTC, so the instant's wall
// clock is the listing's. 2025-06-02 is a Monday, 2025-06-08 a Sunday.
import type { Opening, WeeklyHours } from '@contract/common';
import type { Weekday } from '@contract/vocabulary';
import { describeOpenStatus } from '../../../../client/src/format/open-status.format';

const on = (days: readonly Weekday[], opensAt: string, closesAt: string): Opening[] =>
  days.map((day) => ({ day, opensAt, closesAt }));
const utc = (...openings: Opening[][]): WeeklyHours => ({ timeZone: 'UTC', openings: openings.flat() });
const both = (hours: WeeklyHours, iso: string) => [
  describeOpenStatus('en', hours, new Date(iso)),
  describeOpenStatus('es', hours, new Date(iso)),
];

test('the exact opening minute is open; the minute before is closed', () => {
  const weekdays = utc(on(['mo', 'tu', 'we', 'th', 'fr'], '09:00', '17:00'));
  expect(both(weekdays, '2025-06-02T09:00:00Z')).toEqual([
    'Open now · closes at 5:00 PM',
    'Abierto ahora · cierra a las 5:00 p.m.',
  ]);
  expect(both(weekdays, '2025-06-02T08:59:00Z')).toEqual([
    'Closed · opens at 9:00 AM',
    'Cerrado · abre a las 9:00 a.m.',
  ]);
});

test('a week whose only opening ends Sunday 24:00 is not "open 24 hours"', () => {
  const sundayEvening = utc(on(['su'], '18:00', '24:00'));
  expect(both(sundayEvening, '2025-06-08T20:00:00Z')).toEqual([
    'Open now · closes at midnight',
    'Abierto ahora · cierra a medianoche',
  ]);
  expect(describeOpenStatus('en', sundayEvening, new Date('2025-06-08T17:59:00Z'))).toBe('Closed · opens at 6:00 PM');
  expect(describeOpenStatus('en', sundayEvening, new Date('2025-06-02T10:00:00Z'))).toBe(
    'Closed · opens Sunday 6:00 PM',
  );
});

test('a week whose only opening starts Monday 00:00 is not "open 24 hours"', () => {
  const mondayNight = utc(on(['mo'], '00:00', '06:00'));
  expect(both(mondayNight, '2025-06-02T00:00:00Z')).toEqual([
    'Open now · closes at 6:00 AM',
    'Abierto ahora · cierra a las 6:00 a.m.',
  ]);
  expect(describeOpenStatus('en', mondayNight, new Date('2025-06-02T06:00:00Z'))).toBe(
    'Closed · opens Monday 12:00 AM',
  );
});

test('a closed place that opens at midnight opens "tomorrow at 12:00 AM", never "closes at midnight"', () => {
  const mondayNight = utc(on(['mo'], '00:00', '06:00'));
  expect(both(mondayNight, '2025-06-08T23:00:00Z')).toEqual([
    'Closed · opens tomorrow at 12:00 AM',
    'Cerrado · abre mañana a las 12:00 a.m.',
  ]);
});

test('an opening that closes at midnight two days on is named by its day, not "at midnight"', () => {
  const mondayAndTuesday = utc(on(['mo', 'tu'], '00:00', '24:00'));
  expect(both(mondayAndTuesday, '2025-06-02T10:00:00Z')).toEqual([
    'Open now · closes Wednesday 12:00 AM',
    'Abierto ahora · cierra el miércoles a las 12:00 a.m.',
  ]);
});

test('a Monday 00:00 opening beside a weekday one: the week end joins nothing', () => {
  const hours = utc(on(['mo'], '00:00', '06:00'), on(['fr'], '09:00', '17:00'));
  expect(describeOpenStatus('en', hours, new Date('2025-06-06T10:00:00Z'))).toBe('Open now · closes at 5:00 PM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-06T17:00:00Z'))).toBe('Closed · opens Monday 12:00 AM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-02T03:00:00Z'))).toBe('Open now · closes at 6:00 AM');
});

test('an opening ending Sunday 24:00 beside a Monday daytime one: the week end joins nothing', () => {
  const hours = utc(on(['mo'], '09:00', '17:00'), on(['su'], '18:00', '24:00'));
  expect(describeOpenStatus('en', hours, new Date('2025-06-02T08:00:00Z'))).toBe('Closed · opens at 9:00 AM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-02T10:00:00Z'))).toBe('Open now · closes at 5:00 PM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-08T20:00:00Z'))).toBe('Open now · closes at midnight');
});

test('Sunday 18:00-24:00 and Monday 00:00-06:00 are one opening that runs into Monday', () => {
  const hours = utc(on(['su'], '18:00', '24:00'), on(['we'], '09:00', '17:00'), on(['mo'], '00:00', '06:00'));
  expect(both(hours, '2025-06-08T20:00:00Z')).toEqual([
    'Open now · closes tomorrow at 6:00 AM',
    'Abierto ahora · cierra mañana a las 6:00 a.m.',
  ]);
  expect(describeOpenStatus('en', hours, new Date('2025-06-02T03:00:00Z'))).toBe('Open now · closes at 6:00 AM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-02T06:00:00Z'))).toBe('Closed · opens Wednesday 9:00 AM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-04T17:00:00Z'))).toBe('Closed · opens Sunday 6:00 PM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-07T18:00:00Z'))).toBe('Closed · opens tomorrow at 6:00 PM');
});

test('Sunday night 22:00-06:00 beside other openings runs into Monday from either side of the week end', () => {
  const hours = utc(on(['su'], '22:00', '06:00'), on(['tu', 'th'], '10:00', '14:00'));
  expect(describeOpenStatus('en', hours, new Date('2025-06-08T23:30:00Z'))).toBe(
    'Open now · closes tomorrow at 6:00 AM',
  );
  expect(describeOpenStatus('en', hours, new Date('2025-06-02T05:59:00Z'))).toBe('Open now · closes at 6:00 AM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-02T06:00:00Z'))).toBe('Closed · opens tomorrow at 10:00 AM');
  expect(describeOpenStatus('en', hours, new Date('2025-06-05T14:00:00Z'))).toBe('Closed · opens Sunday 10:00 PM');
});
