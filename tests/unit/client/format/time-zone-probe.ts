// Run in a child process by the date and open-status tests: jest's sandbox copies process.env, so
// only a real process can change its own time zone (TZ) between measurements. Prints one JSON
// line per zone named on the command line.
import { formatCalendarDate } from '../../../../client/src/format/calendar-date.format';
import { describeOpenStatus } from '../../../../client/src/format/open-status.format';

const weekdays9to5 = {
  timeZone: 'America/Denver',
  openings: (['mo', 'tu', 'we', 'th', 'fr'] as const).map((day) => ({ day, opensAt: '09:00', closesAt: '17:00' })),
};

for (const zone of process.argv.slice(2)) {
  process.env.TZ = zone;
  console.log(
    JSON.stringify({
      zone,
      naiveDay: new Date('2025-01-01').getDate(), // what new Date('YYYY-MM-DD') shows here
      en: formatCalendarDate('en', '2025-01-01'),
      es: formatCalendarDate('es', '2025-01-01'),
      leapDay: formatCalendarDate('en', '2024-02-29'),
      status: describeOpenStatus('en', weekdays9to5, new Date('2025-06-06T22:30:00Z')), // Friday 4:30 PM in Denver
    }),
  );
}
