// Typed day hours become openings and back; anything that is not HH:MM-HH:MM ranges is refused.
import { formatDayHours, parseDayHours } from '../../../../client/src/forms/hours-text';

test('ranges, several a day, without leading zeros or colons, with dashes of any kind', () => {
  expect(parseDayHours('mo', '9:00-17:00')).toEqual([{ day: 'mo', opensAt: '09:00', closesAt: '17:00' }]);
  expect(parseDayHours('tu', '08:00 – 12:00, 1300-1730')).toEqual([
    { day: 'tu', opensAt: '08:00', closesAt: '12:00' },
    { day: 'tu', opensAt: '13:00', closesAt: '17:30' },
  ]);
  expect(parseDayHours('fr', '20:00-02:00; 00:00-24:00')).toHaveLength(2);
});

test('an empty day has no openings; nonsense is null', () => {
  expect(parseDayHours('su', '  ')).toEqual([]);
  expect(parseDayHours('mo', '9am-5pm')).toBeNull();
  expect(parseDayHours('mo', '25:00-26:00')).toBeNull();
  expect(parseDayHours('mo', '24:30-10:00')).toBeNull();
  expect(parseDayHours('mo', '09:00-17:00, closed')).toBeNull();
});

test('formatting and parsing give the same openings back', () => {
  const openings = [{ day: 'we' as const, opensAt: '09:00', closesAt: '12:00' }, { day: 'we' as const, opensAt: '14:00', closesAt: '24:00' }];
  expect(formatDayHours(openings)).toBe('09:00-12:00, 14:00-24:00');
  expect(parseDayHours('we', formatDayHours(openings))).toEqual(openings);
});
