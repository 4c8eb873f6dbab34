// Language names come from Intl.DisplayNames where it knows the code, from our own table for the
// Indigenous languages it lacks, and never come out empty.
import { COMMON_LANGUAGE_CODES, languageName } from '../../../../client/src/i18n/language-names';
import type * as LanguageNames from '../../../../client/src/i18n/language-names';

test('common languages by ISO 639 code, capitalised as labels', () => {
  expect(languageName('en', 'es')).toBe('Spanish');
  expect(languageName('es', 'es')).toBe('Español');
  expect(languageName('es', 'en')).toBe('Inglés');
  expect(languageName('en', 'ht')).toBe('Haitian Creole');
  expect(languageName('es', 'ht')).toBe('Criollo haitiano');
  expect(languageName('en', 'ES ')).toBe('Spanish');
});

test('Mayan languages that Intl lacks come from the fallback table', () => {
  expect(languageName('en', 'mam')).toBe('Mam');
  expect(languageName('es', 'mam')).toBe('Mam');
  expect(languageName('en', 'kjb')).toBe("Q'anjob'al");
  expect(languageName('es', 'kjb')).toBe("Q'anjob'al");
  expect(languageName('en', 'quc')).toMatch(/^K['ʼ]iche['ʼ]$/); // Intl's spelling where it has one
});

test('a code nobody knows shows as the code, not as nothing', () => {
  expect(languageName('en', 'zzz')).toBe('ZZZ');
  expect(languageName('es', 'x')).toBe('X');
});

test('every language offered as a filter has a real name in both languages', () => {
  for (const code of COMMON_LANGUAGE_CODES) {
    for (const locale of ['en', 'es'] as const) {
      const name = languageName(locale, code);
      expect({ code, locale, isCode: name === code.toUpperCase() }).toEqual({ code, locale, isCode: false });
    }
  }
});

describe('in a browser without Intl.DisplayNames', () => {
  const original = Intl.DisplayNames;
  let names: typeof LanguageNames;
  beforeAll(() => {
    (Intl as { DisplayNames: unknown }).DisplayNames = function missing() {
      throw new TypeError('Intl.DisplayNames is not a constructor');
    };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module, loaded after the stub
      names = require('../../../../client/src/i18n/language-names') as typeof LanguageNames;
    });
  });
  afterAll(() => {
    (Intl as { DisplayNames: unknown }).DisplayNames = original;
  });

  test('the table still names the Mayan languages, and other codes show as codes', () => {
    expect(names.languageName('en', 'quc')).toBe("K'iche'");
    expect(names.languageName('es', 'quc')).toBe("K'iche'");
    expect(names.languageName('es', 'kjb')).toBe("Q'anjob'al");
    expect(names.languageName('en', 'es')).toBe('ES');
  });
});
