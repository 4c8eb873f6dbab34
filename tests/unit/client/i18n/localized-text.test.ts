// Listing text in the reader's language when the organization wrote it, else the other language, tagged with its real language.
import { pickLocalizedText } from '../../../../client/src/i18n/localized-text';

test('Spanish readers get the Spanish text, or the English one marked as English', () => {
  expect(pickLocalizedText('es', { en: 'Books', es: 'Libros' })).toEqual({ text: 'Libros', lang: 'es' });
  expect(pickLocalizedText('es', { en: 'Books' })).toEqual({ text: 'Books', lang: 'en' });
  expect(pickLocalizedText('en', { en: 'Books', es: 'Libros' })).toEqual({ text: 'Books', lang: 'en' });
});

test('English readers of a Spanish-only text get the Spanish, marked as Spanish; a blank language counts as missing', () => {
  expect(pickLocalizedText('en', { es: 'Libros' })).toEqual({ text: 'Libros', lang: 'es' });
  expect(pickLocalizedText('en', { en: '', es: 'Libros' })).toEqual({ text: 'Libros', lang: 'es' });
  expect(pickLocalizedText('es', { en: 'Books', es: '' })).toEqual({ text: 'Books', lang: 'en' });
});
