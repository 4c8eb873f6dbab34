// A task force's public meetings: dates and local times a volunteer can put in a calendar (decision 0065).
import { z } from 'zod';
import { IsoDate, LocalizedText } from './common';
import { safeText, textRule } from './safe-text';
import { MEETING_REPEATS } from './vocabulary';

const MEETING_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const meetingTime = z.string().regex(MEETING_TIME, 'a 24-hour time such as 18:30');

/** One public meeting, its times local to the listing's time zone (hours.timeZone). */
export const TaskForceMeeting = z
  .object({
    date: IsoDate.describe('The (first) date of the meeting, YYYY-MM-DD'),
    start: meetingTime.describe("Local time, HH:MM, in the listing's time zone"),
    end: meetingTime.optional().describe('Local time, HH:MM, the same day, after start'),
    repeats: z.enum(MEETING_REPEATS).default('none').describe('monthly: on the same weekday of the month as date'),
    place: safeText().min(1).max(300).optional().describe('Where people meet (a public building)'),
    online: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .check(textRule())
      .optional()
      .describe('A link to join or watch online'),
    note: LocalizedText.optional().describe('How to take part: sign up to speak, agenda...'),
  })
  // Compared only when both times are times: a bad start is named on its own field, not also on the end.
  .refine((m) => m.end === undefined || !MEETING_TIME.test(m.start) || !MEETING_TIME.test(m.end) || m.end > m.start, {
    message: 'the end must be later than the start, the same day',
    path: ['end'],
  });
export type TaskForceMeeting = z.infer<typeof TaskForceMeeting>;

/** The message when meetings come without the time zone their times are in. */
export const MEETINGS_NEED_TIME_ZONE =
  "give the time zone of the meetings' times (hours.timeZone; the form derives it from the state and ZIP)";

/** This file's messages in Spanish (server/http/validate.ts answers with them). */
export const MEETINGS_MESSAGES_ES: Record<string, string> = {
  'a 24-hour time such as 18:30': 'una hora de 24 horas, como 18:30',
  'the end must be later than the start, the same day': 'el final debe ser posterior al comienzo, el mismo día',
  [MEETINGS_NEED_TIME_ZONE]:
    'indique la zona horaria de las reuniones (hours.timeZone; el formulario la deduce del estado y el código postal)',
};
