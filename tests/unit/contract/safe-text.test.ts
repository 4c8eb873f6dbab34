// The text rule, for all inputs: well-formed text passes changed only by trimming and NFC; NUL or a lone surrogate
// anywhere is refused in every kind of field; control characters are refused, line breaks only in one-line fields.
import fc from 'fast-check';
import { z } from 'zod';
import { parseStored, safeText, textFault, textRule, TEXT_FAULT_MESSAGES } from '@contract/safe-text';

const line = safeText('line');
const lines = safeText('lines');
const secret = z.string().check(textRule('secret'));

// The oracle is Unicode's own category Cc (every control character), not the rule's list of ranges.
const hasControl = (s: string) => /\p{Cc}/u.test(s);
// Well-formed text: any code points (accents, combining marks, emoji, other scripts), with or without controls.
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const text = anyText.filter((s) => !hasControl(s));
const LONE = ['\ud800', '\udbff', '\udc00', '\udfff'];
const insertAt = (s: string, at: number, piece: string) => s.slice(0, at) + piece + s.slice(at);
// A position in `s` that does not split a surrogate pair, so the inserted piece stands on its own.
const codePointBoundary = (s: string, at: number) => {
  const i = Math.min(at, s.length);
  return i > 0 && /[\ud800-\udbff]/.test(s[i - 1]!) ? i - 1 : i;
};
const messageOf = (schema: z.ZodType, s: string) => {
  const result = schema.safeParse(s);
  return result.success ? 'accepted' : result.error.issues.map((i) => i.message).join('; ');
};

test('text without control characters passes, changed only by trimming and Unicode normal form C', () => {
  fc.assert(
    fc.property(text, (s) => {
      const expected = s.trim().normalize('NFC');
      expect(line.parse(s)).toBe(expected);
      expect(lines.parse(s)).toBe(expected);
      expect(secret.parse(s)).toBe(s); // a password is never changed
    }),
    { numRuns: 2000 },
  );
});

test('what passes is in normal form C and passes again unchanged', () => {
  fc.assert(
    fc.property(text, (s) => {
      const once = lines.parse(s);
      expect(once).toBe(once.normalize('NFC'));
      expect(lines.parse(once)).toBe(once);
    }),
    { numRuns: 1000 },
  );
});

test('NUL anywhere is refused in every kind of field', () => {
  fc.assert(
    fc.property(anyText, fc.nat(), (s, at) => {
      const bad = insertAt(s, codePointBoundary(s, at), '\u0000');
      for (const schema of [line, lines, secret]) expect(messageOf(schema, bad)).toContain(TEXT_FAULT_MESSAGES.nul);
    }),
  );
});

test('a lone surrogate, high or low, anywhere is refused in every kind of field', () => {
  fc.assert(
    fc.property(text, fc.nat(), fc.constantFrom(...LONE), (s, at, half) => {
      const bad = insertAt(s, codePointBoundary(s, at), half);
      for (const schema of [line, lines, secret])
        expect(messageOf(schema, bad)).toBe(TEXT_FAULT_MESSAGES.lone_surrogate);
    }),
  );
});

test('surrogate pairs (emoji, astral scripts) are whole characters and pass', () => {
  for (const s of ['😀', 'Casa 🏠 Esperanza', '𝐀', '\ud83d\ude00']) expect(line.parse(s)).toBe(s);
  expect(textFault('a\ud83d')).toBe('lone_surrogate');
  expect(textFault('\ude00a')).toBe('lone_surrogate');
  expect(textFault('\ude00\ud83d')).toBe('lone_surrogate'); // low before high is two halves, not a pair
});

test('any other control character inside the text is refused, except in a password', () => {
  const controls = fc
    .integer({ min: 1, max: 0x9f })
    .map((c) => String.fromCharCode(c))
    .filter((c) => hasControl(c) && !'\t\n\r'.includes(c));
  fc.assert(
    fc.property(text, controls, text, (before, control, after) => {
      const bad = `a${before}${control}${after}z`; // inside, where trimming cannot take it away
      expect(messageOf(line, bad)).toBe(TEXT_FAULT_MESSAGES.control);
      expect(messageOf(lines, bad)).toBe(TEXT_FAULT_MESSAGES.control);
      expect(messageOf(secret, bad)).toBe('accepted');
    }),
  );
});

test('tabs and line breaks are kept in multi-line fields and refused in one-line fields', () => {
  fc.assert(
    fc.property(text, fc.constantFrom('\t', '\n', '\r', '\r\n'), text, (before, brk, after) => {
      const typed = `a${before}${brk}${after}z`;
      expect(lines.parse(typed)).toBe(typed.normalize('NFC'));
      expect(messageOf(line, typed)).toBe(TEXT_FAULT_MESSAGES.line_break);
    }),
  );
});

test('the rule keeps its checks beside the schema checks that follow it', () => {
  expect(safeText().min(1).max(5).safeParse('  abcdef  ').success).toBe(false);
  expect(safeText().min(1).parse('  Cafe\u0301  ')).toBe('Caf\u00e9');
  expect(z.toJSONSchema(safeText('lines').min(1).max(4000))).toMatchObject({
    type: 'string',
    minLength: 1,
    maxLength: 4000,
  });
});

test('a stored value that breaks only the text rule is read as stored; any other fault still throws', () => {
  const Stored = z.object({ name: safeText().min(1), count: z.number().default(0) });
  expect(parseStored(Stored, { name: ' Cafe\u0301 ' })).toEqual({ name: 'Caf\u00e9', count: 0 });
  expect(parseStored(Stored, { name: 'Casa\tVieja', count: 2 })).toEqual({ name: 'Casa\tVieja', count: 2 });
  expect(() => parseStored(Stored, { name: 'Casa\tVieja', count: 'two' })).toThrow();
  expect(() => parseStored(Stored, { name: '' })).toThrow();
});
