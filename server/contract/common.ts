// Building blocks of the listing contract: text in two languages, phones, hours, service areas.
import { z } from 'zod';
import { US_STATES, WEEKDAYS } from './vocabulary';
import { safeText } from './safe-text';

/** The message when a text has neither language (server/http/validate.ts has it in Spanish). */
export const TEXT_IN_EITHER_LANGUAGE = 'write it in English or Spanish (or both)';

// A blank language counts as not given: a form sends its empty box as '', and a group that writes only Spanish leaves English empty.
const languageText = (name: string) =>
  safeText('lines').max(4000).optional().describe(`${name} text; empty or absent when not given`);

/** Text an organization writes, in English, Spanish or both (at least one). Shown only as text, never as HTML. */
export const LocalizedText = z
  .object({ en: languageText('English'), es: languageText('Spanish') })
  .refine((text) => Boolean(text.en || text.es), { message: TEXT_IN_EITHER_LANGUAGE })
  .describe(
    'Text in English, Spanish or both: at least one is given. A reader gets their language, else the other one',
  );
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A phone line (HSDS `phone`): digits and the usual separators, or a short code such as 566#. */
export const Phone = z.object({
  number: z
    .string()
    .trim()
    .regex(
      /^(?=(?:\D*\d){3})[0-9+()#*.\- ]{3,30}$/,
      'a phone number such as 1-888-272-1913 (digits, spaces, + ( ) - . # *)',
    ),
  extension: z
    .string()
    .trim()
    .regex(/^\d{1,8}$/)
    .optional(),
  description: LocalizedText.optional().describe('What the line is for, who may call it'),
});
export type Phone = z.infer<typeof Phone>;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a 24-hour time such as 09:00 or 24:00');

/** One opening of a weekly schedule (HSDS `schedule`); closing before opening means it runs past midnight. */
export const Opening = z
  .object({
    day: z.enum(WEEKDAYS).describe('Day the opening starts (HSDS byday)'),
    opensAt: clockTime.describe('Local time, HH:MM'),
    closesAt: clockTime.describe(
      'Local time, HH:MM; 24:00 is the end of the day; earlier than opensAt means the next day',
    ),
  })
  .refine((o) => o.opensAt !== '24:00', { message: 'opensAt cannot be 24:00; use 00:00', path: ['opensAt'] })
  .refine((o) => o.opensAt !== o.closesAt, { message: 'closesAt must differ from opensAt', path: ['closesAt'] });
export type Opening = z.infer<typeof Opening>;

/** An IANA time zone name that this runtime knows. */
export const TimeZone = z.string().refine(isKnownTimeZone, 'an IANA time zone such as America/Chicago');

/** Weekly hours with the time zone they are kept in. */
export const WeeklyHours = z.object({
  timeZone: TimeZone,
  openings: z.array(Opening).max(50),
  notes: LocalizedText.optional().describe('Holidays, appointments, anything the schedule cannot say'),
});
export type WeeklyHours = z.infer<typeof WeeklyHours>;

/** Where a listing helps: around its location, in some states, or anywhere in the US. */
export const ServiceArea = z.discriminatedUnion('type', [
  z.object({ type: z.literal('radius'), radiusKm: z.number().positive().max(2000) }),
  z.object({ type: z.literal('states'), states: z.array(z.enum(US_STATES)).min(1) }),
  z.object({ type: z.literal('nationwide') }),
]);
export type ServiceArea = z.infer<typeof ServiceArea>;

/** A language as an ISO 639 code (two letters, or three for languages such as K'iche', quc). */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code such as es or quc');

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}
