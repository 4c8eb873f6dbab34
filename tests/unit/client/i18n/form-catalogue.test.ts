// The form pages' catalogues: the same keys in both languages, translated, with matching placeholders, usted throughout.
import { EN_FORM_MESSAGES, type FormMessageKey } from '../../../../client/src/i18n/form-messages.en';
import { ES_FORM_MESSAGES } from '../../../../client/src/i18n/form-messages.es';
import { formErrorKey, tf } from '../../../../client/src/i18n/form-translate';

const keys = Object.keys(EN_FORM_MESSAGES) as FormMessageKey[];
// Words spelt the same in both languages.
const SAME_IN_BOTH = new Set<FormMessageKey>(['queue.no']);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('both catalogues have the same keys, no empty strings, every Spanish string translated', () => {
  expect(Object.keys(ES_FORM_MESSAGES).sort()).toEqual([...keys].sort());
  for (const key of keys) {
    expect({
      key,
      ok: ES_FORM_MESSAGES[key].trim() === ES_FORM_MESSAGES[key] && ES_FORM_MESSAGES[key].length > 0,
    }).toEqual({ key, ok: true });
  }
  expect(keys.filter((k) => ES_FORM_MESSAGES[k] === EN_FORM_MESSAGES[k] && !SAME_IN_BOTH.has(k))).toEqual([]);
});

test('placeholders match between the languages', () => {
  for (const key of keys)
    expect({ key, es: placeholders(ES_FORM_MESSAGES[key]) }).toEqual({ key, es: placeholders(EN_FORM_MESSAGES[key]) });
});

test('Spanish addresses the reader as usted', () => {
  expect(keys.filter((k) => /\b(tu|tus|puedes|quieres|tienes)\b/i.test(ES_FORM_MESSAGES[k]))).toEqual([]);
});

test('lookups fill placeholders; unknown error codes fall back to a general message', () => {
  expect(tf('es', 'signIn.tooMany', { minutes: 15 })).toBe(
    'Demasiados intentos fallidos. Inténtelo de nuevo en 15 minutos.',
  );
  expect(formErrorKey('rate_limited')).toBe('error.rate_limited');
  expect(formErrorKey('no_such_code')).toBe('error.unknown');
});
