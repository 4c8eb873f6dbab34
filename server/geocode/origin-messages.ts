// What the search says about its origin, in the reader's language (Accept-Language): the notes on an approximate or
// assumed origin and the errors for a missing, doubled or unknown one. Place names and codes stay as given.
import type { MessageLocale } from '../http/validate';

/** The search's words about origins in one language. */
export interface OriginMessages {
  missingOrigin: string;
  conflictingOrigins(given: string[]): string;
  unknownZip(zip: string): string;
  unknownPlace(place: string): string;
  assumedState(label: string): string;
  zipWithoutArea(zip: string, from: { area: string } | { place: string }): string;
}

const en: OriginMessages = {
  missingOrigin:
    'Say where to search: give zip (79901), place (El Paso, TX), near (31.76,-106.49) or bbox (west,south,east,north).',
  conflictingOrigins: (given) => `Give only one of zip, place, near or bbox; this request gave ${given.join(' and ')}.`,
  unknownZip: (zip) => `We do not know the ZIP code ${zip}. Check the digits, or search by "City, ST" instead.`,
  unknownPlace: (place) =>
    `We could not find "${place}". Write it as City, ST (such as El Paso, TX), or search by ZIP code.`,
  assumedState: (label) => `No state was given; using ${label}. Add the state to choose another.`,
  zipWithoutArea: (zip, from) =>
    `${zip} has no area of its own (a PO-box or business ZIP); searching from ${'area' in from ? `a nearby ZIP area in ${from.area}` : from.place}`,
};

const es: OriginMessages = {
  missingOrigin:
    'Indique dónde buscar: zip (79901), place (El Paso, TX), near (31.76,-106.49) o bbox (oeste,sur,este,norte).',
  conflictingOrigins: (given) =>
    `Indique solo uno de zip, place, near o bbox; esta solicitud dio ${given.join(' y ')}.`,
  unknownZip: (zip) => `No conocemos el código postal ${zip}. Revise los números o busque por "Ciudad, Estado".`,
  unknownPlace: (place) =>
    `No encontramos "${place}". Escríbalo como Ciudad, Estado (por ejemplo, El Paso, TX) o busque por código postal.`,
  assumedState: (label) => `No se indicó el estado; se usa ${label}. Agregue el estado para elegir otro lugar.`,
  zipWithoutArea: (zip, from) =>
    `${zip} no tiene zona propia (apartado postal o código de empresa); se busca desde ${'area' in from ? `una zona postal cercana en ${from.area}` : from.place}`,
};

/** The origin messages for a language. */
export function originMessages(locale: MessageLocale): OriginMessages {
  return locale === 'es' ? es : en;
}
