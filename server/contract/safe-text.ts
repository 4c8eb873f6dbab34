// The one rule for text in requests: no NUL, no lone surrogates, no invisible control characters; kept in
// Unicode normal form C. PostgreSQL cannot store NUL, and a lone surrogate is not a character (UTF-8 cannot
// encode it: pg would turn it into U+FFFD, jsonb refuses it). Browser-safe: zod and the language only.
import { z } from 'zod';

/**
 * Which characters a field may hold besides printable text.
 * - `line`: a name, a city, an email: one line, so no control character at all (tabs and line breaks included).
 * - `lines`: a description, a reason, a note: tabs and line breaks (\t \n \r) as typed in a textarea.
 * - `secret`: a password, checked exactly as typed: only NUL and lone surrogates are refused, nothing is changed.
 */
export type TextKind = 'line' | 'lines' | 'secret';

/** What can be wrong with a text. */
export type TextFault = 'nul' | 'lone_surrogate' | 'control' | 'line_break';

/** The message for each fault, as the API answers it (server/http/validate.ts has them in Spanish). */
export const TEXT_FAULT_MESSAGES: Record<TextFault, string> = {
  nul: 'contains the NUL character (U+0000), which text cannot hold; remove it',
  lone_surrogate: 'contains half of a character (a lone UTF-16 surrogate); send well-formed Unicode text',
  control: 'contains an invisible control character; remove it',
  line_break: 'must be one line, without line breaks or tabs',
};

// With the u flag a surrogate pair is one code point, so \p{Cs} matches only the halves that stand alone.
const LONE_SURROGATE = /\p{Cs}/u;
// C0 controls other than tab, line feed and carriage return; DEL; the C1 controls.
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** The first fault of `text` for a field of `kind`, or undefined when the text may be stored as it is. */
export function textFault(text: string, kind: TextKind = 'line'): TextFault | undefined {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  if (kind === 'secret') return undefined;
  if (CONTROL.test(text)) return 'control';
  if (kind === 'line' && LINE_BREAK_OR_TAB.test(text)) return 'line_break';
  return undefined;
}

/** The rule as a zod check, for string schemas that take no other change (z.url(), a password). */
export function textRule(kind: TextKind = 'line') {
  return z.superRefine<string>((text, ctx) => {
    const fault = textFault(text, kind);
    if (fault) ctx.addIssue({ code: 'custom', message: TEXT_FAULT_MESSAGES[fault], input: text });
  });
}

/**
 * Text a person typed: trimmed, put in Unicode normal form C (a decomposed "é" is stored as the one
 * character, so search and comparison see one spelling), then checked with the rule. Nothing else is
 * changed: a text that breaks the rule is refused with a message naming the fault, never cleaned up.
 */
export function safeText(kind: Exclude<TextKind, 'secret'> = 'line'): z.ZodString {
  return z.string().trim().normalize('NFC').check(textRule(kind));
}

/** True for an issue the text rule raised (and no other check). */
export function isTextRuleIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && (Object.values(TEXT_FAULT_MESSAGES) as string[]).includes(issue.message);
}

/**
 * A value read back from the database, parsed with `schema`. A row stored before the text rule existed passed
 * the contract of its day; when the rule is all it breaks, it is returned as stored, so the queue and the edit
 * link still show it (and a moderator or the organization fixes the field when saving it again). Any other
 * failure is thrown as before.
 */
export function parseStored<S extends z.ZodType>(schema: S, stored: unknown): z.output<S> {
  const parsed = schema.safeParse(stored);
  if (parsed.success) return parsed.data;
  if (parsed.error.issues.every(isTextRuleIssue)) return stored as z.output<S>;
  throw parsed.error;
}
