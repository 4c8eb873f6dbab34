// What the datapackage reader tells a person, in English and Spanish: the file, what is wrong, what to do.

/** The languages of the import's report. */
export type Locale = 'en' | 'es';

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const EN = {
  notFound: (path: string) => `${path} does not exist. Give the path of an HSDS datapackage: a folder or a .zip file.`,
  notAPackage: (path: string) =>
    `${path} is not an HSDS datapackage: it has neither datapackage.json nor services.csv. Give a folder or a .zip ` +
    `that holds the package's CSV files.`,
  noServices: (path: string) =>
    `${path} has no services.csv: an HSDS datapackage needs it, one row per service. Add it, or give the folder or ` +
    `.zip that holds it.`,
  unreadableZip: (path: string) =>
    `${path} is not a readable .zip file. Export the package again, or unzip it and give the folder.`,
  tooLarge: (path: string, limit: number) =>
    `${path} holds more than ${MB(limit)} of data, more than one import reads. Split the directory into several ` +
    `packages, or load it with SQL.`,
  notUtf8: (file: string) =>
    `${file} is not UTF-8 text. Save it as "CSV UTF-8" (or convert it with iconv -t UTF-8) and try again.`,
  wrongDelimiter: (file: string) =>
    `${file} is not separated by commas (its first line has no comma but semicolons or tabs). Save it as CSV with ` +
    `commas, as HSDS requires.`,
  missingColumns: (file: string, columns: string[]) =>
    `${file} lacks the required column${columns.length > 1 ? 's' : ''} ${columns.join(', ')}. Add ` +
    `${columns.length > 1 ? 'them' : 'it'} to the first line, as HSDS 3.0 names ${columns.length > 1 ? 'them' : 'it'}.`,
  unreadableCsv: (file: string, line: number, reason: string) =>
    `${file} cannot be read as CSV at line ${line} (${reason}). Check its quotes and its number of columns.`,
  notANumber: (file: string, row: number, column: string, value: string) =>
    `${file} row ${row}: ${column} is "${value}", not a number. Write a number such as 31.76, or leave it empty.`,
  duplicateId: (file: string, row: number, id: string) =>
    `${file} row ${row}: the id ${id} is already used by an earlier row. Give every row its own id.`,
  missingReference: (file: string, row: number, column: string, target: string, parentFile: string) =>
    `${file} row ${row}: ${column} ${target} names no row of ${parentFile}. Add that row, or correct the id.`,
  serviceWithoutId: (row: number) =>
    `services.csv row ${row} has no id. Give every service an id: the import matches updates by it.`,
};

const ES: typeof EN = {
  notFound: (path) => `${path} no existe. Indique la ruta de un paquete de datos HSDS: una carpeta o un archivo .zip.`,
  notAPackage: (path) =>
    `${path} no es un paquete de datos HSDS: no tiene ni datapackage.json ni services.csv. Indique una carpeta o un ` +
    `.zip con los archivos CSV del paquete.`,
  noServices: (path) =>
    `${path} no tiene services.csv: un paquete de datos HSDS lo necesita, con una fila por servicio. Agréguelo, o ` +
    `indique la carpeta o el .zip que lo contiene.`,
  unreadableZip: (path) =>
    `${path} no es un archivo .zip legible. Exporte el paquete de nuevo, o descomprímalo e indique la carpeta.`,
  tooLarge: (path, limit) =>
    `${path} contiene más de ${MB(limit)} de datos, más de lo que lee una importación. Divida el directorio en ` +
    `varios paquetes, o cárguelo con SQL.`,
  notUtf8: (file) =>
    `${file} no es texto UTF-8. Guárdelo como "CSV UTF-8" (o conviértalo con iconv -t UTF-8) e inténtelo de nuevo.`,
  wrongDelimiter: (file) =>
    `${file} no está separado por comas (su primera línea no tiene comas sino punto y coma o tabuladores). Guárdelo ` +
    `como CSV con comas, como exige HSDS.`,
  missingColumns: (file, columns) =>
    `A ${file} le ${columns.length > 1 ? 'faltan las columnas obligatorias' : 'falta la columna obligatoria'} ` +
    `${columns.join(', ')}. ${columns.length > 1 ? 'Agréguelas' : 'Agréguela'} a la primera línea, con el nombre ` +
    `que les da HSDS 3.0.`,
  unreadableCsv: (file, line, reason) =>
    `${file} no se puede leer como CSV en la línea ${line} (${reason}). Revise las comillas y el número de columnas.`,
  notANumber: (file, row, column, value) =>
    `${file} fila ${row}: ${column} es "${value}", no un número. Escriba un número como 31.76, o déjelo vacío.`,
  duplicateId: (file, row, id) =>
    `${file} fila ${row}: el id ${id} ya lo usa una fila anterior. Dé a cada fila su propio id.`,
  missingReference: (file, row, column, target, parentFile) =>
    `${file} fila ${row}: ${column} ${target} no corresponde a ninguna fila de ${parentFile}. Agregue esa fila o ` +
    `corrija el id.`,
  serviceWithoutId: (row) =>
    `services.csv fila ${row} no tiene id. Dé un id a cada servicio: la importación reconoce las actualizaciones por él.`,
};

/** The messages in one language. */
export function hsdsPackageMessages(locale: Locale): typeof EN {
  return locale === 'es' ? ES : EN;
}
