// An hours cell: what the export writes reads back as the same openings (any week of them), and the ways people write
// a week in English and Spanish are read.
import fc from 'fast-check';
import { WEEKDAYS } from '@contract/vocabulary';
import { readHoursCell, writeHoursCell } from '../../../server/exchange/hours-cell';

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const opening = fc
  .record({ day: fc.constantFrom(...WEEKDAYS), opensAt: time, closesAt: fc.oneof(time, fc.constant('24:00')) })
  .filter((o) => o.opensAt !== o.closesAt);

test('write then read gives the openings back, grouped by day in week order', () => {
  fc.assert(
    fc.property(fc.array(opening, { maxLength: 12 }), (openings) => {
      const inWeekOrder = WEEKDAYS.flatMap((d) => openings.filter((o) => o.day === d));
      expect(readHoursCell(writeHoursCell(openings))).toEqual({ ok: true, openings: inWeekOrder });
    }),
    { numRuns: 500 },
  );
});

test('the export writes each day with English abbreviations and 24-hour times', () => {
  expect(
    writeHoursCell([
      { day: 'tu', opensAt: '09:00', closesAt: '12:00' },
      { day: 'mo', opensAt: '09:00', closesAt: '17:00' },
      { day: 'tu', opensAt: '13:00', closesAt: '17:30' },
    ]),
  ).toBe('Mon 09:00-17:00; Tue 09:00-12:00, 13:00-17:30');
});

test.each([
  ['Mon-Fri 9am-5pm', 5, '09:00', '17:00'],
  ['lunes a viernes: de 9 a 17', 5, '09:00', '17:00'],
  ['Monday through Friday 9:00 a.m. to 5:00 p.m.', 5, '09:00', '17:00'],
  ['lun-vie 9h-17h; sáb-dom cerrado', 5, '09:00', '17:00'],
  ['Sat-Sun 24 hours', 2, '00:00', '24:00'],
  ['Fri-Mon 10-14', 4, '10:00', '14:00'],
  ['mié 9:00 a. m. - 5:00 p. m.', 1, '09:00', '17:00'],
])('"%s" is %i days of %s-%s', (cell, days, opensAt, closesAt) => {
  const read = readHoursCell(cell);
  if (!read.ok) throw new Error(read.unreadable);
  expect(read.openings).toHaveLength(days);
  for (const o of read.openings) expect(o).toMatchObject({ opensAt, closesAt });
});

test('text without a day, or hours that would be a guess, are not read', () => {
  expect(readHoursCell('9am-5pm')).toEqual({ ok: false, unreadable: '9am-5pm' });
  expect(readHoursCell('Mon 9-5')).toEqual({ ok: false, unreadable: '9-5' });
  expect(readHoursCell('Mon 9am-5pm; whenever')).toEqual({ ok: false, unreadable: '9am-5pm, whenever' });
});
