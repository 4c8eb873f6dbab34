// One day's openings as a person types them ("09:00-17:00, 18:00-20:00") and back. A closing time
// before the opening runs past midnight, as the contract says; the API checks the rest.
import type { Opening } from '../../../server/contract/common';
import type { Weekday } from '../../../server/contract/vocabulary';

const RANGE = /^(\d{1,2}):?(\d{2})\s*[-–—]\s*(\d{1,2}):?(\d{2})$/;

/** The openings of `day` typed in `text`, or null when the text is not a list of HH:MM-HH:MM ranges. Empty text is no openings. */
export function parseDayHours(day: Weekday, text: string): Opening[] | null {
  const parts = text.split(/[,;]/).map((part) => part.trim()).filter(Boolean);
  const openings: Opening[] = [];
  for (const part of parts) {
    const match = RANGE.exec(part);
    if (!match) return null;
    const [, oh, om, ch, cm] = match as unknown as [string, string, string, string, string];
    const opensAt = clock(oh, om);
    const closesAt = clock(ch, cm);
    if (!opensAt || !closesAt) return null;
    openings.push({ day, opensAt, closesAt });
  }
  return openings;
}

/** The text for one day's openings, in the order given. */
export function formatDayHours(openings: readonly Opening[]): string {
  return openings.map((o) => `${o.opensAt}-${o.closesAt}`).join(', ');
}

function clock(hours: string, minutes: string): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m !== 0)) return null;
  return `${String(h).padStart(2, '0')}:${minutes}`;
}
