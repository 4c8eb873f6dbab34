// What the Puente CSV reader tells a person, in English and Spanish: one sentence each, naming the thing and what to
// write instead. Row issues carry the design's codes (§6); file faults the FileFault codes.
import { PRIVACY_REQUIRED } from '../contract/listing';

/** The two languages of the import's messages. */
export type ExchangeLocale = 'en' | 'es';

type Messages = {
  notUtf8: (file: string) => string;
  wrongDelimiter: (file: string, found: string) => string;
  missingColumns: (file: string, columns: string[]) => string;
  tooLarge: (file: string, megabytes: number) => string;
  empty: (file: string) => string;
  unreadable: (file: string, reason: string) => string;
  unknownKind: (value: string, kinds: readonly string[]) => string;
  unknownValue: (value: string, allowed: readonly string[]) => string;
  privacyRequired: string;
  zipNotFound: (zip: string) => string;
  noPoint: string;
  notANumber: (value: string) => string;
  unreadableHours: (text: string) => string;
  notADate: (value: string) => string;
  duplicateId: (id: string, firstRow: number) => string;
};

const quoteList = (values: readonly string[]) => values.join(', ');

/** The messages in each language. */
export const CSV_MESSAGES: Record<ExchangeLocale, Messages> = {
  en: {
    notUtf8: (file) =>
      `${file} is not UTF-8 text. Save it as "CSV UTF-8 (Comma delimited)" in Excel (or as UTF-8 CSV in LibreOffice or Google Sheets) and import it again.`,
    wrongDelimiter: (file, found) =>
      `${file} separates its columns with ${found}, not commas. Save it as "CSV UTF-8 (Comma delimited)" and import it again.`,
    missingColumns: (file, columns) =>
      `${file} lacks the required column${columns.length > 1 ? 's' : ''} ${quoteList(columns)}. Start from the template (/templates/listings.csv) or add ${columns.length > 1 ? 'them' : 'it'} to the first row.`,
    tooLarge: (file, megabytes) =>
      `${file} is larger than ${megabytes} MB. Split it into smaller files and import each.`,
    empty: (file) => `${file} is empty. Put the column names in the first row and one listing in each row below.`,
    unreadable: (file, reason) =>
      `${file} is not a CSV file that can be read (${reason}). Check its quotes and save it as CSV again.`,
    unknownKind: (value, kinds) => `"${value}" is not a kind of listing; write one of ${quoteList(kinds)}`,
    unknownValue: (value, allowed) => `"${value}" is not one of the values this column takes: ${quoteList(allowed)}`,
    privacyRequired: `${PRIVACY_REQUIRED}; a row with a street address must say exact or confidential`,
    zipNotFound: (zip) => `${zip} is not a US ZIP code we know; write the latitude and longitude instead`,
    noPoint: 'write the latitude and longitude, or a ZIP code (the pin goes to its centre)',
    notANumber: (value) => `"${value}" is not a number; write a decimal number such as 31.7619`,
    unreadableHours: (text) =>
      `cannot read the hours "${text}"; write each day and its hours, such as Mon 09:00-17:00; Tue 9am-5pm; Sat closed`,
    notADate: (value) => `"${value}" is not a date; write it as YYYY-MM-DD, such as 2026-12-31`,
    duplicateId: (id, firstRow) => `the id ${id} is also on row ${firstRow}; give each row its own id`,
  },
  es: {
    notUtf8: (file) =>
      `${file} no es texto UTF-8. Guárdelo como "CSV UTF-8 (delimitado por comas)" en Excel (o como CSV UTF-8 en LibreOffice o Google Sheets) e impórtelo de nuevo.`,
    wrongDelimiter: (file, found) =>
      `${file} separa sus columnas con ${found}, no con comas. Guárdelo como "CSV UTF-8 (delimitado por comas)" e impórtelo de nuevo.`,
    missingColumns: (file, columns) =>
      `A ${file} ${columns.length > 1 ? 'le faltan las columnas obligatorias' : 'le falta la columna obligatoria'} ${quoteList(columns)}. Parta de la plantilla (/templates/listings.es.csv) o ${columns.length > 1 ? 'añádalas' : 'añádala'} a la primera fila.`,
    tooLarge: (file, megabytes) =>
      `${file} pesa más de ${megabytes} MB. Divídalo en archivos más pequeños e importe cada uno.`,
    empty: (file) =>
      `${file} está vacío. Ponga los nombres de las columnas en la primera fila y un listado en cada fila siguiente.`,
    unreadable: (file, reason) =>
      `${file} no es un archivo CSV que se pueda leer (${reason}). Revise sus comillas y guárdelo de nuevo como CSV.`,
    unknownKind: (value, kinds) => `"${value}" no es un tipo de listado; escriba uno de ${quoteList(kinds)}`,
    unknownValue: (value, allowed) => `"${value}" no es uno de los valores de esta columna: ${quoteList(allowed)}`,
    privacyRequired:
      'elija quién puede ver la dirección: exacta (con un marcador) o confidencial (solo la zona); una fila con dirección debe decir exacta o confidencial',
    zipNotFound: (zip) => `${zip} no es un código postal de EE. UU. que conozcamos; escriba la latitud y la longitud`,
    noPoint: 'escriba la latitud y la longitud, o un código postal (el marcador va a su centro)',
    notANumber: (value) => `"${value}" no es un número; escriba un número decimal como 31.7619`,
    unreadableHours: (text) =>
      `no se puede leer el horario "${text}"; escriba cada día y su horario, como lun 9 a 17; mar 09:00-17:00; sáb cerrado`,
    notADate: (value) => `"${value}" no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2026-12-31`,
    duplicateId: (id, firstRow) => `el id ${id} también está en la fila ${firstRow}; dé a cada fila su propio id`,
  },
};
