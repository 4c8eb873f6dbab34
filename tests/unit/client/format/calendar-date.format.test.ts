// 'YYYY-MM-DD' dates are calendar days: they format as that same day in every reader's time zone.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { formatCalendarDate } from '../../../../client/src/format/calendar-date.format';

test('a date in each language', () => {
  expect(formatCalendarDate('en', '2025-03-01')).toBe('March 1, 2025');
  expect(formatCalendarDate('es', '2025-03-01')).toBe('1 de marzo de 2025');
  expect(formatCalendarDate('en', '2024-12-31')).toBe('December 31, 2024');
  expect(formatCalendarDate('es', '2024-12-31')).toBe('31 de diciembre de 2024');
});

test('text that is not a calendar date comes back unchanged rather than as a wrong date', () => {
  expect(formatCalendarDate('en', '2025-02-30')).toBe('2025-02-30');
  expect(formatCalendarDate('en', '2025-13-01')).toBe('2025-13-01');
  expect(formatCalendarDate('en', '2025-1-1')).toBe('2025-1-1');
  expect(formatCalendarDate('es', '')).toBe('');
});

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

test('property: any date from 1900 to 2199 formats as its own day, month and year', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
      (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
        expect(formatCalendarDate('en', iso)).toBe(`${MONTHS[month - 1]} ${day}, ${year}`);
        expect(formatCalendarDate('es', iso)).toMatch(new RegExp(`^${day} de \\p{L}+ de ${year}$`, 'u'));
      },
    ),
  );
});

test('the same day whatever the reader’s time zone (UTC-11 to UTC+14)', () => {
  const zones = ['Pacific/Pago_Pago', 'America/Denver', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati'];
  const tsx = path.join(__dirname, '../../../../node_modules/.bin/tsx');
  const output = execFileSync(tsx, [path.join(__dirname, 'time-zone-probe.ts'), ...zones], { encoding: 'utf8' });
  const rows = output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(rows.map((r) => r.zone)).toEqual(zones);
  // The probe really ran in those zones: the naive reading shifts to December 31 west of UTC.
  expect(rows.find((r) => r.zone === 'Pacific/Pago_Pago')?.naiveDay).toBe(31);
  expect(rows.find((r) => r.zone === 'America/Denver')?.naiveDay).toBe(31);
  for (const row of rows) {
    expect(row).toMatchObject({
      en: 'January 1, 2025',
      es: '1 de enero de 2025',
      leapDay: 'February 29, 2024',
      status: 'Open now · closes at 5:00 PM', // open status follows the listing's zone, not the reader's
    });
  }
});
