// Names of the languages listings speak, by ISO 639 code: Intl.DisplayNames where the browser knows
// the code, our own names for the Indigenous languages of Mexico and Central America it often lacks
// (Mam, Q'anjob'al...), which many families arriving at the border speak first.
import { capitalize } from './translate';
import { intlLocale, type Locale } from './locale';

/** Languages offered as filter chips, in the order shown: the languages most asked for at the border first. */
export const COMMON_LANGUAGE_CODES = [
  'es',
  'en',
  'ht',
  'pt',
  'fr',
  'quc',
  'mam',
  'kjb',
  'cak',
  'kek',
  'zh',
  'vi',
  'ar',
  'ru',
  'uk',
] as const;

// Names in the languages' own accepted spellings (the Guatemalan Academy of Mayan Languages' alphabet).
const FALLBACK_NAMES: Readonly<Record<string, { en: string; es: string }>> = {
  quc: { en: "K'iche'", es: "k'iche'" },
  mam: { en: 'Mam', es: 'mam' },
  kjb: { en: "Q'anjob'al", es: "q'anjob'al" },
  cak: { en: 'Kaqchikel', es: 'kaqchikel' },
  kek: { en: "Q'eqchi'", es: "q'eqchi'" },
  acr: { en: 'Achi', es: 'achí' },
  jac: { en: "Popti'", es: "popti'" },
  ixl: { en: 'Ixil', es: 'ixil' },
  tzj: { en: "Tz'utujil", es: "tz'utujil" },
  poh: { en: "Poqomchi'", es: "poqomchi'" },
  chj: { en: 'Chuj', es: 'chuj' },
  agu: { en: 'Awakateko', es: 'awakateko' },
  tzo: { en: 'Tzotzil', es: 'tsotsil' },
  tzh: { en: 'Tzeltal', es: 'tseltal' },
  yua: { en: 'Yucatec Maya', es: 'maya yucateco' },
  nah: { en: 'Nahuatl', es: 'náhuatl' },
  mix: { en: 'Mixtec', es: 'mixteco' },
  zap: { en: 'Zapotec', es: 'zapoteco' },
  trs: { en: 'Triqui', es: 'triqui' },
  cab: { en: 'Garifuna', es: 'garífuna' },
  miq: { en: 'Miskito', es: 'misquito' },
};

const displayNames = new Map<Locale, Intl.DisplayNames | null>();

/** The name of the language `code` in `locale`, capitalised as a label ("Spanish", "Español", "Q'anjob'al"). */
export function languageName(locale: Locale, code: string): string {
  const normalized = code.trim().toLowerCase();
  const name = intlName(locale, normalized) ?? FALLBACK_NAMES[normalized]?.[locale] ?? normalized.toUpperCase();
  return capitalize(locale, name);
}

// fallback 'none' makes DisplayNames answer undefined, rather than echo the code, for what it lacks.
function intlName(locale: Locale, code: string): string | undefined {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'none' });
    } catch {
      names = null; // an older browser without DisplayNames: our own names, then the code
    }
    displayNames.set(locale, names);
  }
  if (!names || !/^[a-z]{2,3}$/.test(code)) return undefined;
  try {
    const name = names.of(code);
    return name && name.toLowerCase() !== code ? name : undefined;
  } catch {
    return undefined;
  }
}
