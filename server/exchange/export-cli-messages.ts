// What `npm run export` says, in English and Spanish.

/** The export command's texts in one language. */
export interface ExportCliTexts {
  usage: string;
  badFormat: (given: string | undefined) => string;
  noOut: string;
  unwritable: (path: string, reason: 'no_folder' | 'not_writable' | 'is_folder' | 'not_a_folder') => string;
  wrote: (listings: number, format: 'csv' | 'geojson', path: string) => string;
  wroteHsds: (path: string) => string;
  failed: (reason: string) => string;
}

const REASONS_EN = {
  no_folder: 'its folder does not exist; create it first or choose another path',
  not_writable: 'its folder is not writable; choose a folder you can write to',
  is_folder: 'it is a folder; give a file name, such as listings.csv',
  not_a_folder: 'it is a file, and an HSDS folder export needs a folder (or give a name ending in .zip)',
};
const REASONS_ES = {
  no_folder: 'su carpeta no existe; créela antes o elija otra ruta',
  not_writable: 'no se puede escribir en su carpeta; elija una carpeta en la que pueda escribir',
  is_folder: 'es una carpeta; indique un nombre de archivo, como listados.csv',
  not_a_folder:
    'es un archivo, y una exportación HSDS en carpeta necesita una carpeta (o un nombre que termine en .zip)',
};

/** The texts by language. */
export const EXPORT_CLI_TEXTS: Record<'en' | 'es', ExportCliTexts> = {
  en: {
    usage: 'usage: npm run export -- --format hsds|csv|geojson --out PATH [--lang es]',
    badFormat: (given) =>
      given
        ? `"${given}" is not a format: give --format hsds, csv or geojson`
        : 'give a format: --format hsds, csv or geojson',
    noOut: 'give where to write the export: --out PATH',
    unwritable: (path, reason) => `cannot write ${path}: ${REASONS_EN[reason]}`,
    wrote: (listings, format, path) =>
      `Wrote ${listings} published listing${listings === 1 ? '' : 's'} as ${format === 'csv' ? 'CSV' : 'GeoJSON'} to ${path}.`,
    wroteHsds: (path) => `Wrote the HSDS datapackage of the published listings to ${path}.`,
    failed: (reason) => `The export failed and wrote nothing: ${reason}`,
  },
  es: {
    usage: 'uso: npm run export -- --format hsds|csv|geojson --out RUTA [--lang es]',
    badFormat: (given) =>
      given
        ? `"${given}" no es un formato: use --format hsds, csv o geojson`
        : 'indique un formato: --format hsds, csv o geojson',
    noOut: 'indique dónde escribir la exportación: --out RUTA',
    unwritable: (path, reason) => `no se puede escribir ${path}: ${REASONS_ES[reason]}`,
    wrote: (listings, format, path) =>
      `Se escribieron ${listings} listado${listings === 1 ? '' : 's'} publicado${listings === 1 ? '' : 's'} en ${format === 'csv' ? 'CSV' : 'GeoJSON'} en ${path}.`,
    wroteHsds: (path) => `Se escribió el paquete de datos HSDS de los listados publicados en ${path}.`,
    failed: (reason) => `La exportación falló y no escribió nada: ${reason}`,
  },
};
