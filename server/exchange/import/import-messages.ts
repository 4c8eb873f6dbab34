// What the import tells the person running it, in English and Spanish: row issues it finds itself, the report's
// headings and summary, and the faults that stop it before anything is read or stored.
import type { MessageLocale } from '../../http/validate';

/** Every text the import writes for a person, in one language. */
export interface ImportTexts {
  duplicateId: (id: string, firstRow: number) => string;
  duplicateListing: (listingId: string, firstRow: number) => string;
  publicShelterUnconfirmed: string;
  listingArchived: string;
  unknownFacility: (code: string) => string;
  rowsHeading: string;
  rowLine: (row: number, column: string, code: string, message: string) => string;
  noteZipCentre: (rows: string) => string;
  notePrivacyDefaulted: (rows: string) => string;
  summaryHeading: (file: string, format: string) => string;
  summary: Record<SummaryField, string>;
  dryRun: string;
  refused: (rows: number) => string;
  stored: (count: number) => string;
  published: (count: number, moderator: string) => string;
  nothingToDo: string;
  moderatorNotFound: (email: string) => string;
  moderatorDisabled: (email: string) => string;
  asNeedsPublish: string;
  publishNeedsApply: string;
  fileNotFound: (path: string) => string;
  fileTooLarge: (path: string, megabytes: number) => string;
  fileTypeUnknown: (path: string) => string;
  usage: string;
  failed: (message: string) => string;
}

/** The summary's counts, in the order the report prints them. */
export const SUMMARY_FIELDS = [
  'read',
  'valid',
  'withIssues',
  'new',
  'changed',
  'unchanged',
  'zipCentres',
  'confidentialByDefault',
] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

const USAGE_EN = `usage: npm run import -- FILE [--apply] [--publish --as EMAIL [--public-shelters-confirmed]] [--lang es]
  FILE  a Puente CSV (.csv), or an HSDS datapackage: a folder or a .zip
  without --apply: a dry run; the report says what would change, and nothing does
  exit code: 0 done, 1 the file or the command cannot be used (nothing changed), 2 rows have issues (nothing stored)
  --apply  store the valid rows as pending submissions for moderators (all or nothing)
  --as EMAIL  with --apply alone: who moderators reach about the rows (else each row's organization email)
  --publish --as EMAIL  publish them at once as that moderator, each written to the moderation log
  --public-shelters-confirmed  with --publish: you checked that the shelters marked exact mean their address to be public`;

const USAGE_ES = `uso: npm run import -- ARCHIVO [--apply] [--publish --as CORREO [--public-shelters-confirmed]] [--lang es]
  ARCHIVO  un CSV de Puente (.csv), o un paquete de datos HSDS: una carpeta o un .zip
  sin --apply: una prueba; el informe dice qué cambiaría, y nada cambia
  código de salida: 0 hecho, 1 el archivo o la orden no sirven (nada cambió), 2 hay filas con problemas (nada se guardó)
  --apply  guarda las filas válidas como envíos pendientes para los moderadores (todo o nada)
  --as CORREO  solo con --apply: a quién contactan los moderadores por las filas (si no, el correo de cada organización)
  --publish --as CORREO  las publica de una vez como ese moderador, cada una anotada en el registro de moderación
  --public-shelters-confirmed  con --publish: usted comprobó que los albergues marcados exact quieren su dirección pública`;

const EN: ImportTexts = {
  duplicateId: (id, first) => `the id "${id}" is also on row ${first}; give each row its own id`,
  duplicateListing: (id, first) => `names listing ${id}, as row ${first} does; give each listing one row`,
  publicShelterUnconfirmed:
    'a shelter marked exact would be published with its address and pin (a shelter may house children): check with ' +
    'the organization, then add --public-shelters-confirmed, or mark it confidential',
  listingArchived:
    'this listing was taken off the map by a moderator; leave the row out, or give it a new id to submit it again',
  unknownFacility: (code) =>
    `no detention facility has the code ${code}; import the facilities first (npm run import:facilities), or leave ` +
    'the code out to keep the facility as text',
  rowsHeading: 'Rows with issues:',
  rowLine: (row, column, code, message) => `  row ${row}${column ? `, ${column}` : ''}: ${code}: ${message}`,
  noteZipCentre: (rows) => `No coordinates, pinned at the ZIP code's centre (the page says so): rows ${rows}`,
  notePrivacyDefaulted: (rows) => `Shelters that do not say their privacy, imported confidential: rows ${rows}`,
  summaryHeading: (file, format) => `Import of ${file} (${format}):`,
  summary: {
    read: 'rows read',
    valid: 'valid',
    withIssues: 'with issues',
    new: 'new listings',
    changed: 'changed',
    unchanged: 'unchanged',
    zipCentres: "pinned at a ZIP code's centre",
    confidentialByDefault: 'shelters confidential by default',
  },
  dryRun: 'Dry run: nothing was stored. Add --apply to store these rows.',
  refused: (rows) =>
    `Nothing was stored: ${rows} ${rows === 1 ? 'row has' : 'rows have'} issues. Correct them and import the file again.`,
  stored: (count) => `Stored ${count} ${count === 1 ? 'listing' : 'listings'} as pending submissions for moderators.`,
  published: (count, moderator) => `Published ${count} ${count === 1 ? 'listing' : 'listings'} as ${moderator}.`,
  nothingToDo: 'Nothing to store: every row is as the database already has it.',
  moderatorNotFound: (email) =>
    `No moderator has the email ${email}. Add one with npm run moderator:add -- ${email}, or name another with --as.`,
  moderatorDisabled: (email) => `The moderator ${email} is disabled. Name an enabled moderator with --as.`,
  asNeedsPublish: '--publish needs --as EMAIL: the moderator the listings are published as.',
  publishNeedsApply: '--publish stores the listings, so it needs --apply too.',
  fileNotFound: (path) => `${path} was not found. Check the path and try again.`,
  fileTooLarge: (path, mb) =>
    `${path} is larger than ${mb} MB, the most one import reads. Split it into smaller files and import each.`,
  fileTypeUnknown: (path) =>
    `${path} is neither a .csv file nor an HSDS datapackage (a folder or a .zip). Export the sheet as CSV (UTF-8).`,
  usage: USAGE_EN,
  failed: (message) => `The import failed and nothing was stored: ${message}`,
};

const ES: ImportTexts = {
  duplicateId: (id, first) => `el id "${id}" también está en la fila ${first}; dé a cada fila su propio id`,
  duplicateListing: (id, first) => `nombra el listado ${id}, como la fila ${first}; dé a cada listado una sola fila`,
  publicShelterUnconfirmed:
    'un albergue marcado exact se publicaría con su dirección y su marcador (un albergue puede alojar a niños): ' +
    'confírmelo con la organización y añada --public-shelters-confirmed, o márquelo confidencial',
  listingArchived:
    'un moderador quitó este listado del mapa; deje fuera la fila, o dele un id nuevo para enviarlo otra vez',
  unknownFacility: (code) =>
    `ningún centro de detención tiene el código ${code}; importe antes los centros (npm run import:facilities), o ` +
    'quite el código para dejar el centro como texto',
  rowsHeading: 'Filas con problemas:',
  rowLine: (row, column, code, message) => `  fila ${row}${column ? `, ${column}` : ''}: ${code}: ${message}`,
  noteZipCentre: (rows) =>
    `Sin coordenadas, con el marcador en el centro del código postal (la página lo dice): filas ${rows}`,
  notePrivacyDefaulted: (rows) => `Albergues que no dicen su privacidad, importados como confidenciales: filas ${rows}`,
  summaryHeading: (file, format) => `Importación de ${file} (${format}):`,
  summary: {
    read: 'filas leídas',
    valid: 'válidas',
    withIssues: 'con problemas',
    new: 'listados nuevos',
    changed: 'cambiados',
    unchanged: 'sin cambios',
    zipCentres: 'en el centro de un código postal',
    confidentialByDefault: 'albergues confidenciales por omisión',
  },
  dryRun: 'Prueba: no se guardó nada. Añada --apply para guardar estas filas.',
  refused: (rows) =>
    `No se guardó nada: ${rows} ${rows === 1 ? 'fila tiene' : 'filas tienen'} problemas. Corríjalas e importe el archivo otra vez.`,
  stored: (count) =>
    `Se ${count === 1 ? 'guardó 1 listado' : `guardaron ${count} listados`} como envíos pendientes para los moderadores.`,
  published: (count, moderator) =>
    `Se ${count === 1 ? 'publicó 1 listado' : `publicaron ${count} listados`} como ${moderator}.`,
  nothingToDo: 'Nada que guardar: cada fila está como ya la tiene la base de datos.',
  moderatorNotFound: (email) =>
    `Ningún moderador tiene el correo ${email}. Añádalo con npm run moderator:add -- ${email}, o nombre otro con --as.`,
  moderatorDisabled: (email) => `El moderador ${email} está desactivado. Nombre un moderador activo con --as.`,
  asNeedsPublish: '--publish necesita --as CORREO: el moderador con cuyo nombre se publican los listados.',
  publishNeedsApply: '--publish guarda los listados, así que también necesita --apply.',
  fileNotFound: (path) => `No se encontró ${path}. Revise la ruta e inténtelo otra vez.`,
  fileTooLarge: (path, mb) =>
    `${path} pesa más de ${mb} MB, lo máximo que lee una importación. Divídalo en archivos más pequeños e importe cada uno.`,
  fileTypeUnknown: (path) =>
    `${path} no es un archivo .csv ni un paquete de datos HSDS (una carpeta o un .zip). Exporte la hoja como CSV (UTF-8).`,
  usage: USAGE_ES,
  failed: (message) => `La importación falló y no se guardó nada: ${message}`,
};

/** The import's texts in `locale`. */
export function importTexts(locale: MessageLocale): ImportTexts {
  return locale === 'es' ? ES : EN;
}
