// "Monthly" is the date's weekday of the month: for every date, the rule names that very date in its month (the
// fifth of a weekday as the last one), so the calendar, HSDS and the page describe the meeting the organization set.
import fc from 'fast-check';
import { meetingWeekday, monthlyOrdinal } from '@contract/meeting-dates';

const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// The days of `isoDate`'s month falling on its weekday, as YYYY-MM-DD.
function sameWeekdays(isoDate: string): string[] {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  const days: string[] = [];
  for (let day = 1; day <= 31; day++) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) break;
    if (d.getUTCDay() === meetingWeekday(isoDate)) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

test('the ordinal names the date itself among its month’s same weekdays', () => {
  fc.assert(
    fc.property(isoDate, (date) => {
      const days = sameWeekdays(date);
      const ordinal = monthlyOrdinal(date);
      expect(ordinal === -1 ? days[days.length - 1] : days[ordinal - 1]).toBe(date);
      if (ordinal === -1) expect(days).toHaveLength(5);
    }),
    { numRuns: 500 },
  );
});

test('examples: 2nd Tuesday, a fifth Tuesday is the last, a Sunday', () => {
  expect([meetingWeekday('2026-03-10'), monthlyOrdinal('2026-03-10')]).toEqual([2, 2]);
  expect(monthlyOrdinal('2026-03-31')).toBe(-1);
  expect(meetingWeekday('2026-03-01')).toBe(0);
});
