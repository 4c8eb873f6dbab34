// The catalogues are complete and consistent: every key in both languages, no empty or
// untranslated strings, matching placeholders, plural forms, and a label for every vocabulary value.
import { EN_MESSAGES, type MessageKey, type Messages } from '../../../../client/src/i18n/messages.en';
import { ES_MESSAGES } from '../../../../client/src/i18n/messages.es';
import { vocabularyLabel, vocabularyLabels, type VocabularyGroup } from '../../../../client/src/i18n/vocabulary-labels';
import { LOCALES } from '../../../../client/src/i18n/locale';
import {
  ACCEPTED_GOODS,
  ACCOMPANIMENT_SERVICES,
  LISTING_KINDS,
  VOLUNTEER_ACTIVITIES,
  VOLUNTEER_SKILLS,
  WEEKDAYS,
} from '@contract/vocabulary';

const catalogues = { en: EN_MESSAGES as Messages, es: ES_MESSAGES };
const keys = Object.keys(EN_MESSAGES) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The type is the first guard: a Spanish catalogue without a key does not compile.
const { 'app.title': _omitted, ...withoutTitle } = EN_MESSAGES;
// @ts-expect-error a catalogue missing a key is not a Messages
const incomplete: Messages = withoutTitle;
void incomplete;

test('both catalogues have exactly the same keys', () => {
  expect(Object.keys(ES_MESSAGES).sort()).toEqual([...keys].sort());
  expect(keys.length).toBeGreaterThan(100);
});

test.each(LOCALES)('%s: no empty strings, no stray whitespace', (locale) => {
  for (const key of keys) {
    const text = catalogues[locale][key];
    expect({ key, ok: typeof text === 'string' && text.trim().length > 0 && text === text.trim() }).toEqual({
      key,
      ok: true,
    });
  }
});

// Strings that are the same in both languages on purpose: names, punctuation-only templates.
const SAME_IN_BOTH = new Set<MessageKey>([
  'app.title',
  'hours.dayRange',
  'hours.timeRange',
  'hours.line',
  'detail.extension',
]);

test('every Spanish string is translated (differs from the English one)', () => {
  const untranslated = keys.filter((k) => !SAME_IN_BOTH.has(k) && ES_MESSAGES[k] === EN_MESSAGES[k]);
  expect(untranslated).toEqual([]);
});

// Spanish inflects "at" by the hour ("a la 1:00", "a las 9:00"), so it uses {at} where English
// writes the brief's "opens Monday 9:00 AM" with the bare {time}; both are offered by the caller.
const STATUS_ON_DAY = new Set<MessageKey>(['status.openClosesOn', 'status.closedOpensOn']);

test('placeholders match between the languages', () => {
  for (const key of keys) {
    const en = placeholders(EN_MESSAGES[key]);
    const es = placeholders(ES_MESSAGES[key]);
    if (STATUS_ON_DAY.has(key)) {
      expect([...en, ...es].every((p) => p === 'day' || p === 'time' || p === 'at')).toBe(true);
      expect(es).toContain('day');
      expect(en).toContain('day');
    } else {
      expect({ key, es }).toEqual({ key, es: en });
    }
  }
});

test('every plural message has .one and .other, and no orphan plural forms', () => {
  const plural = keys.filter((k) => /\.(zero|one|two|few|many|other)$/.test(k));
  const bases = new Set(plural.map((k) => k.replace(/\.\w+$/, '')));
  expect(bases).toEqual(
    new Set([
      'results.count',
      'results.countNear',
      'results.countInArea',
      'map.cluster',
      'time.at',
      'facility.visitors',
    ]),
  );
  for (const base of bases) {
    expect(keys).toContain(`${base}.one`);
    expect(keys).toContain(`${base}.other`);
  }
});

test('Spanish addresses the reader as usted, never tú', () => {
  const informal = /\b(tu|tus|ti|contigo|puedes|quieres|tienes|escribe tu|usa tu)\b/i;
  expect(keys.filter((k) => informal.test(ES_MESSAGES[k]))).toEqual([]);
});

test('the language switch names the other language in that language', () => {
  expect(EN_MESSAGES['language.switch']).toBe('Español');
  expect(ES_MESSAGES['language.switch']).toBe('English');
});

const VOCABULARY: Record<VocabularyGroup, readonly string[]> = {
  kind: LISTING_KINDS,
  kindFilter: LISTING_KINDS,
  goods: ACCEPTED_GOODS,
  activity: VOLUNTEER_ACTIVITIES,
  service: ACCOMPANIMENT_SERVICES,
  skill: VOLUNTEER_SKILLS,
  weekday: WEEKDAYS,
  weekdayShort: WEEKDAYS,
};

test.each(LOCALES)('%s: every vocabulary value has its own non-empty label, and no label is left over', (locale) => {
  const labels = vocabularyLabels(locale);
  for (const [group, values] of Object.entries(VOCABULARY) as Array<[VocabularyGroup, readonly string[]]>) {
    expect(Object.keys(labels[group]).sort()).toEqual([...values].sort());
    const texts = values.map((v) => (labels[group] as Record<string, string>)[v] ?? '');
    expect(texts.every((text) => text.trim().length > 0)).toBe(true);
    expect(new Set(texts).size).toBe(texts.length); // two chips with one name could not be told apart
  }
});

test('vocabulary labels in each language', () => {
  expect(vocabularyLabel('en', 'goods', 'books')).toBe('Books');
  expect(vocabularyLabel('es', 'goods', 'books')).toBe('Libros');
  expect(vocabularyLabel('es', 'kind', 'shelter')).toBe('Albergue');
  expect(vocabularyLabel('es', 'weekday', 'mo')).toBe('lunes');
  expect(vocabularyLabel('en', 'weekdayShort', 'fr')).toBe('Fri');
  expect(vocabularyLabel('es', 'service', 'ice_checkin')).not.toBe(vocabularyLabel('en', 'service', 'ice_checkin'));
});
