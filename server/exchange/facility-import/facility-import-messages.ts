// What the facility import tells the person running it, in English and Spanish: the row issues it finds itself, the
// report's lines and the faults that stop it. The listings import's wording is reused where the thing is the same
// (file faults, the row line, a refusal); facility words are here.
import { FACILITY_MESSAGES_ES, FACILITY_TYPES, ORR_SHELTER_REFUSED } from '../../contract/facility';

/** The two languages of the facility import. */
export type FacilityImportLocale = 'en' | 'es';

/** Every text the facility import writes, in one language. */
export interface FacilityImportTexts {
  blank: string;
  unknownType: (value: string) => string;
  unknownState: (value: string) => string;
  orrShelter: string;
  notYesNo: (value: string) => string;
  pointPair: string;
  noPoint: string;
  zipNotFound: (zip: string) => string;
  duplicateCode: (code: string, firstRow: number) => string;
  missingColumns: (file: string, columns: string[]) => string;
  fileTypeUnknown: (path: string) => string;
  rowsHeading: string;
  action: Record<'new' | 'changed' | 'unchanged', string>;
  noteZipCentre: (rows: string) => string;
  summaryHeading: (file: string) => string;
  summary: Record<FacilitySummaryField, string>;
  dryRun: string;
  stored: (count: number) => string;
  nothingToDo: string;
  links: (matched: number, unmatched: number, applied: boolean) => string;
  usage: string;
}

/** The summary's counts, in the order the report prints them. */
export const FACILITY_SUMMARY_FIELDS = [
  'read',
  'valid',
  'withIssues',
  'new',
  'changed',
  'unchanged',
  'zipCentres',
] as const;
export type FacilitySummaryField = (typeof FACILITY_SUMMARY_FIELDS)[number];

const TYPES = FACILITY_TYPES.join(', ');

const USAGE_EN = `usage: npm run import:facilities -- FILE.csv [--apply] [--lang es]
  FILE.csv  detention facilities, one per row; docs/facilities.md lists the columns
  without --apply: a dry run; the report says what would change, and nothing does
  --apply  store every row in one transaction (all or nothing), then link visitation programs to the facilities
  exit code: 0 done, 1 the file, the command or a row cannot be used (nothing was stored)`;

const USAGE_ES = `uso: npm run import:facilities -- ARCHIVO.csv [--apply] [--lang es]
  ARCHIVO.csv  centros de detención, uno por fila; docs/facilities.md describe las columnas
  sin --apply: una prueba; el informe dice qué cambiaría, y nada cambia
  --apply  guarda todas las filas en una transacción (todo o nada) y enlaza los programas de visitas con los centros
  código de salida: 0 hecho, 1 el archivo, la orden o una fila no sirven (no se guardó nada)`;

const EN: FacilityImportTexts = {
  blank: 'is blank; every facility needs it',
  unknownType: (value) => `"${value}" is not a type of facility; write one of ${TYPES}`,
  unknownState: (value) => `"${value}" is not a US state; write its two-letter code, such as TX or PR`,
  orrShelter: `${ORR_SHELTER_REFUSED} Leave the row out.`,
  notYesNo: (value) => `"${value}" is neither yes nor no; write yes for demo data, or leave it blank`,
  pointPair: 'write both the latitude and the longitude, or neither (the ZIP code then places it)',
  noPoint: 'write the latitude and longitude, or a ZIP code (the facility goes to its centre)',
  zipNotFound: (zip) => `${zip} is not a US ZIP code we know; write the latitude and longitude instead`,
  duplicateCode: (code, first) =>
    `the code ${code} is also on row ${first}; give each facility one row and its own code`,
  missingColumns: (file, columns) =>
    `${file} lacks the required column${columns.length > 1 ? 's' : ''} ${columns.join(', ')}. docs/facilities.md lists the columns; add ${columns.length > 1 ? 'them' : 'it'} to the first row.`,
  fileTypeUnknown: (path) => `${path} is not a .csv file. Save the sheet as "CSV UTF-8" and import that.`,
  rowsHeading: 'Rows:',
  action: { new: 'new', changed: 'changed', unchanged: 'unchanged' },
  noteZipCentre: (rows) => `No coordinates, placed at the ZIP code's centre: rows ${rows}`,
  summaryHeading: (file) => `Import of facilities from ${file}:`,
  summary: {
    read: 'rows read',
    valid: 'valid',
    withIssues: 'with issues',
    new: 'new facilities',
    changed: 'changed',
    unchanged: 'unchanged',
    zipCentres: "placed at a ZIP code's centre",
  },
  dryRun: 'Dry run: nothing was stored. Add --apply to store these facilities.',
  stored: (count) => `Stored ${count} ${count === 1 ? 'facility' : 'facilities'} (new or changed).`,
  nothingToDo: 'Nothing to store: every facility is as the database already has it.',
  links: (matched, unmatched, applied) =>
    `Visitation programs ${applied ? 'now' : 'that would be'} linked to a facility by name and state: ${matched}; ` +
    `still naming their facility as text only: ${unmatched}.`,
  usage: USAGE_EN,
};

const ES: FacilityImportTexts = {
  blank: 'está en blanco; todo centro lo necesita',
  unknownType: (value) => `"${value}" no es un tipo de centro; escriba uno de ${TYPES}`,
  unknownState: (value) => `"${value}" no es un estado de EE. UU.; escriba su código de dos letras, como TX o PR`,
  orrShelter: `${FACILITY_MESSAGES_ES[ORR_SHELTER_REFUSED]} Deje fuera la fila.`,
  notYesNo: (value) => `"${value}" no es ni sí ni no; escriba sí para datos de demostración, o déjelo en blanco`,
  pointPair: 'escriba la latitud y la longitud juntas, o ninguna (entonces el código postal lo ubica)',
  noPoint: 'escriba la latitud y la longitud, o un código postal (se ubica en el centro de ese código)',
  zipNotFound: (zip) => `${zip} no es un código postal de EE. UU. que conozcamos; escriba la latitud y la longitud`,
  duplicateCode: (code, first) =>
    `el código ${code} también está en la fila ${first}; dé a cada centro una sola fila y su propio código`,
  missingColumns: (file, columns) =>
    `A ${file} ${columns.length > 1 ? 'le faltan las columnas obligatorias' : 'le falta la columna obligatoria'} ${columns.join(', ')}. docs/facilities.md describe las columnas; ${columns.length > 1 ? 'añádalas' : 'añádala'} a la primera fila.`,
  fileTypeUnknown: (path) => `${path} no es un archivo .csv. Guarde la hoja como "CSV UTF-8" e importe ese archivo.`,
  rowsHeading: 'Filas:',
  action: { new: 'nuevo', changed: 'cambiado', unchanged: 'sin cambios' },
  noteZipCentre: (rows) => `Sin coordenadas, ubicados en el centro del código postal: filas ${rows}`,
  summaryHeading: (file) => `Importación de centros de ${file}:`,
  summary: {
    read: 'filas leídas',
    valid: 'válidas',
    withIssues: 'con problemas',
    new: 'centros nuevos',
    changed: 'cambiados',
    unchanged: 'sin cambios',
    zipCentres: 'en el centro de un código postal',
  },
  dryRun: 'Prueba: no se guardó nada. Añada --apply para guardar estos centros.',
  stored: (count) => `Se ${count === 1 ? 'guardó 1 centro' : `guardaron ${count} centros`} (nuevos o cambiados).`,
  nothingToDo: 'Nada que guardar: cada centro está como ya lo tiene la base de datos.',
  links: (matched, unmatched, applied) =>
    `Programas de visitas ${applied ? 'ya enlazados' : 'que se enlazarían'} con un centro por nombre y estado: ${matched}; ` +
    `que siguen nombrando su centro solo como texto: ${unmatched}.`,
  usage: USAGE_ES,
};

/** The facility import's texts in `locale`. */
export function facilityImportTexts(locale: FacilityImportLocale): FacilityImportTexts {
  return locale === 'es' ? ES : EN;
}
