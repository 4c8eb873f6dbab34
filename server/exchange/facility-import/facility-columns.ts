// The facility import's columns: one table that the reader, docs/facilities.md and its test read, so a new column is
// one entry here plus its line in facility-row.ts (docs/decisions/0062-facility-import-and-moderator-edits.md).
import { codeKey } from '../csv-cells';
import type { CsvColumnTable } from '../read-csv-table';

/** One column of a facilities CSV. */
export interface FacilityColumn {
  name: string; // the English header
  es: string; // the Spanish header the import also accepts
  aliases: readonly string[]; // other headers read as this column (ICE's spreadsheet, the listings CSV's names)
  required: boolean; // a file without this column is refused as a whole
  en: string; // what the column holds, for docs/facilities.md
  esText: string; // the same in Spanish
}

const column = (
  name: string,
  es: string,
  en: string,
  esText: string,
  { required = false, aliases = [] as readonly string[] } = {},
): FacilityColumn => ({ name, es, aliases, required, en, esText });

/** Every column, in the order docs/facilities.md lists them. */
export const FACILITY_COLUMNS = [
  column(
    'code',
    'codigo',
    "Stable code of the facility (ICE's DETLOC code, say): a letter or digit, then up to 39 letters, digits, . _ -. The import updates the facility with the same code",
    'Código estable del centro (el código DETLOC de ICE, por ejemplo): una letra o cifra y hasta 39 letras, cifras, . _ -. La importación actualiza el centro con el mismo código',
    { required: true, aliases: ['detloc'] },
  ),
  column('name', 'nombre', "The facility's name", 'El nombre del centro', { required: true }),
  column(
    'type',
    'tipo',
    "ice_processing_center, contract_facility, county_jail, family_residential_center or other (also in words, and ICE's Type Detailed: SPC, CDF, IGSA, FAMILY...)",
    'ice_processing_center, contract_facility, county_jail, family_residential_center u other (también en palabras: cárcel del condado, ...)',
    { required: true, aliases: ['facility_type', 'type_detailed'] },
  ),
  column(
    'operator',
    'operador',
    'Who runs it: a company, a county sheriff',
    'Quién lo administra: una empresa, un sheriff',
  ),
  column('address', 'direccion', 'Street address', 'Dirección (calle y número)', { aliases: ['address_1'] }),
  column('city', 'ciudad', 'City', 'Ciudad', { required: true }),
  column('state', 'estado', 'State, two letters (TX)', 'Estado, dos letras (TX)', { required: true }),
  column('zip', 'codigo_postal', 'ZIP code (79925)', 'Código postal (79925)', { aliases: ['postal_code', 'zip_code'] }),
  column(
    'latitude',
    'latitud',
    "Latitude, decimal degrees; blank: the ZIP code's centre",
    'Latitud en grados decimales; en blanco: el centro del código postal',
  ),
  column('longitude', 'longitud', 'Longitude, decimal degrees', 'Longitud en grados decimales'),
  column(
    'ice_field_office',
    'oficina_de_ice',
    'ICE field office (area of responsibility), such as El Paso',
    'Oficina local de ICE (área de responsabilidad), como El Paso',
    { aliases: ['field_office', 'aor'] },
  ),
  column(
    'visiting_phone',
    'telefono_de_visitas',
    'Public phone for visiting information',
    'Teléfono público para información sobre visitas',
  ),
  column(
    'source',
    'fuente',
    "Where the record comes from, such as ICE's detention facilities list",
    'De dónde viene el dato, como la lista de centros de detención de ICE',
    { required: true },
  ),
  column('source_url', 'url_de_la_fuente', 'Link to the source', 'Enlace a la fuente'),
  column(
    'as_of',
    'fecha_del_dato',
    'The day the source gave the record (YYYY-MM-DD)',
    'El día en que la fuente dio el dato (AAAA-MM-DD)',
    { required: true },
  ),
  column(
    'sample',
    'muestra',
    'yes for demo data, shown as a sample facility (blank: no)',
    'yes/sí para datos de demostración, que se muestran como centro de muestra (en blanco: no)',
  ),
] as const satisfies readonly FacilityColumn[];

/** A column's English name. */
export type FacilityColumnName = (typeof FACILITY_COLUMNS)[number]['name'];

const BY_KEY = new Map<string, FacilityColumnName>(
  FACILITY_COLUMNS.flatMap((c) => [c.name, c.es, ...c.aliases].map((h) => [codeKey(h), c.name] as const)),
);

/** The column a header names (English, Spanish or an alias, any case or accents); undefined for one not read. */
export function facilityColumnForHeader(header: string): FacilityColumnName | undefined {
  return BY_KEY.get(codeKey(header));
}

/** The table as the CSV reader takes it; `missingColumns` is the file fault's message. */
export function facilityColumnTable(
  missingColumns: CsvColumnTable<FacilityColumnName>['missingColumns'],
): CsvColumnTable<FacilityColumnName> {
  return { columns: FACILITY_COLUMNS, columnForHeader: facilityColumnForHeader, missingColumns };
}
