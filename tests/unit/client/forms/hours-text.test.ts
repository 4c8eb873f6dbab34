// Typed day hours become openings and back, in the ways people write them in English and Spanish;
// what cannot be read (or would be a guess) is refused.
import fc from 'fast-check';
import { formatDayHours, HOURS_STYLES, parseDayHours } from '@contract/hours-text';

const nineToFive = [{ day: 'mo', opensAt: '09:00', closesAt: '17:00' }];

test('ranges, several a day, without leading zeros or colons, with dashes of any kind', () => {
  expect(parseDayHours('mo', '9:00-17:00')).toEqual(nineToFive);
  expect(parseDayHours('tu', '08:00 – 12:00, 1300-1730')).toEqual([
    { day: 'tu', opensAt: '08:00', closesAt: '12:00' },
    { day: 'tu', opensAt: '13:00', closesAt: '17:30' },
  ]);
  expect(parseDayHours('fr', '20:00-02:00; 00:00-24:00')).toHaveLength(2);
});

test.each([
  '9am-5pm',
  '9 AM - 5 PM',
  '9-5pm',
  '9am-5',
  '9-17',
  '9h-17h',
  '9 h - 17 h',
  '09:00-17:00',
  '9:00 a. m. - 5:00 p. m.',
  '9 a.m. to 5 p.m.',
  '9 a.m. until 5 p.m.',
  'from 9am to 5pm',
  'de 9 a 17',
  'de 9 a. m. a 5 p. m.',
  'desde las 9 hasta las 17'.replace(/las /g, ''),
  'open 9am-5pm',
])('"%s" is nine to five', (text) => {
  expect(parseDayHours('mo', text)).toEqual(nineToFive);
});

test('noon, midnight, all day, closed, and two openings joined by "y" or "and"', () => {
  expect(parseDayHours('sa', '9 a mediodía')).toEqual([{ day: 'sa', opensAt: '09:00', closesAt: '12:00' }]);
  expect(parseDayHours('sa', '9am-noon')).toEqual([{ day: 'sa', opensAt: '09:00', closesAt: '12:00' }]);
  expect(parseDayHours('sa', '8pm-midnight')).toEqual([{ day: 'sa', opensAt: '20:00', closesAt: '24:00' }]);
  expect(parseDayHours('sa', 'de 20 a medianoche')).toEqual([{ day: 'sa', opensAt: '20:00', closesAt: '24:00' }]);
  for (const text of ['24 horas', '24 hours', 'Open 24 hours', 'abierto 24 horas', '24h'])
    expect(parseDayHours('su', text)).toEqual([{ day: 'su', opensAt: '00:00', closesAt: '24:00' }]);
  for (const text of ['closed', 'Cerrado', 'CERRADA', '']) expect(parseDayHours('su', text)).toEqual([]);
  expect(parseDayHours('we', '9-12 y 14-18')).toEqual([
    { day: 'we', opensAt: '09:00', closesAt: '12:00' },
    { day: 'we', opensAt: '14:00', closesAt: '18:00' },
  ]);
  expect(parseDayHours('we', '9am-12pm and 2pm-6pm')).toEqual([
    { day: 'we', opensAt: '09:00', closesAt: '12:00' },
    { day: 'we', opensAt: '14:00', closesAt: '18:00' },
  ]);
  expect(parseDayHours('we', '10pm-6am')).toEqual([{ day: 'we', opensAt: '22:00', closesAt: '06:00' }]); // overnight
  expect(parseDayHours('we', '12pm-12am')).toEqual([{ day: 'we', opensAt: '12:00', closesAt: '24:00' }]);
});

test('nonsense, impossible times and guesses are null', () => {
  for (const text of [
    '9 to 5',
    '9-5',
    'de 9 a 5',
    'morning',
    '25:00-26:00',
    '24:30-10:00',
    '09:00-17:00, closed',
    '13pm-5pm',
    '9:75-10',
    '9am',
    '9-9',
  ]) {
    expect([text, parseDayHours('mo', text)]).toEqual([text, null]);
  }
});

test('formatting and parsing give the same openings back', () => {
  const openings = [
    { day: 'we' as const, opensAt: '09:00', closesAt: '12:00' },
    { day: 'we' as const, opensAt: '14:00', closesAt: '24:00' },
  ];
  expect(formatDayHours(openings)).toBe('09:00-12:00, 14:00-24:00');
  expect(formatDayHours(openings, 'en-12')).toBe('9am-12pm, 2pm-12am');
  expect(formatDayHours(openings, 'es-12')).toBe('9:00 a. m. - 12:00 p. m., 2:00 p. m. - 12:00 a. m.');
  expect(formatDayHours(openings, 'es-words')).toBe('de 9 a 12, de 14 a 24');
  expect(parseDayHours('we', formatDayHours(openings))).toEqual(openings);
});

// A time of day in minutes, 00:00 to 24:00.
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

test('for all times h1 < h2, every style (English and Spanish) formats and parses back to the same opening', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 24 * 60 - 1 }),
      fc.integer({ min: 1, max: 24 * 60 }),
      fc.constantFrom(...HOURS_STYLES),
      (start, length, style) => {
        const end = Math.min(start + length, 24 * 60);
        fc.pre(end > start);
        const opening = { day: 'th' as const, opensAt: clock(start), closesAt: clock(end) };
        const text = formatDayHours([opening], style);
        expect({ text, parsed: parseDayHours('th', text) }).toEqual({ text, parsed: [opening] });
      },
    ),
    { numRuns: 2000 },
  );
});

test('two HH:MM times are a 24-hour range even overnight, as the form and the CSV export write them', () => {
  expect(parseDayHours('fr', '01:00-00:00')).toEqual([{ day: 'fr', opensAt: '01:00', closesAt: '00:00' }]);
  expect(parseDayHours('fr', '11:00-03:00')).toEqual([{ day: 'fr', opensAt: '11:00', closesAt: '03:00' }]);
  expect(parseDayHours('fr', '9:00-5:00')).toBeNull(); // a one-digit hour may be twelve-hour: still a guess
});
