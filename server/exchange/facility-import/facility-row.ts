// One facilities CSV row -> a FacilityInput candidate and the issues found reading it. Only what the file says is
// mapped; the contract (FacilityInput, in the import) judges the rest. A point from the ZIP code's centre is resolved
// here, so a dry run shows the point an apply stores.
import { FACILITY_TYPES, saysOrrShelter, type FacilityType } from '../../contract/facility';
import { US_STATES } from '../../contract/vocabulary';
import { lookupZip } from '../../geocode/zip-lookup';
import { codeKey, yesNo } from '../csv-cells';
import type { RowIssue } from '../import-record';
import { RowCells } from '../row-cells';
import { FACILITY_COLUMNS, type FacilityColumnName } from './facility-columns';
import { facilityImportTexts, type FacilityImportLocale } from './facility-import-messages';

/** One row of the file, read. */
export interface FacilityRecord {
  row: number; // 1-based data row (the header is row 0)
  code: string | undefined; // as written, for the report
  name: string | undefined;
  input: Record<string, unknown>; // a FacilityInput candidate
  pointFromZip: boolean; // no coordinates: placed at its ZIP code's centre
  issues: RowIssue[];
}

// Types by their code, their words in English and Spanish, and the "Type Detailed" codes of ICE's detention
// statistics (docs/facilities.md says how each is read).
const TYPE_WORDS: Record<string, FacilityType> = {
  ...Object.fromEntries(FACILITY_TYPES.map((t) => [t, t])),
  ice_processing_centre: 'ice_processing_center',
  processing_center: 'ice_processing_center',
  service_processing_center: 'ice_processing_center',
  spc: 'ice_processing_center',
  centro_de_procesamiento: 'ice_processing_center',
  centro_de_procesamiento_de_ice: 'ice_processing_center',
  contract_detention_facility: 'contract_facility',
  cdf: 'contract_facility',
  usms_cdf: 'contract_facility',
  centro_bajo_contrato: 'contract_facility',
  centro_privado: 'contract_facility',
  jail: 'county_jail',
  igsa: 'county_jail',
  digsa: 'county_jail',
  usms_iga: 'county_jail',
  usms_igsa: 'county_jail',
  carcel: 'county_jail',
  carcel_del_condado: 'county_jail',
  carcel_de_condado: 'county_jail',
  family: 'family_residential_center',
  family_residential_centre: 'family_residential_center',
  centro_residencial_familiar: 'family_residential_center',
  otro: 'other',
  bop: 'other',
  state: 'other',
  hold: 'other',
  staging: 'other',
};

/** Reads one row; `header` gives the column's name as the file wrote it (for the report). */
export function facilityRecordFromCells(
  cells: Partial<Record<FacilityColumnName, string>>,
  row: number,
  header: (column: FacilityColumnName) => string,
  locale: FacilityImportLocale,
): FacilityRecord {
  const say = facilityImportTexts(locale);
  const read = new RowCells<FacilityColumnName>(cells, row, header, locale);
  for (const column of FACILITY_COLUMNS)
    if (column.required && cells[column.name] === undefined) read.issue(column.name, 'required', say.blank);
  const point = pointOf(read, locale);
  const sample = cells.sample === undefined ? undefined : yesNo(cells.sample);
  if (cells.sample !== undefined && sample === undefined)
    read.issue('sample', 'unknown_value', say.notYesNo(cells.sample));
  const input = withoutBlanks({
    code: cells.code,
    name: cells.name,
    type: typeOf(read, locale),
    operator: cells.operator,
    address1: cells.address,
    city: cells.city,
    state: stateOf(read, locale),
    postalCode: cells.zip,
    latitude: point?.latitude,
    longitude: point?.longitude,
    iceFieldOffice: cells.ice_field_office,
    visitingPhone: cells.visiting_phone,
    sourceName: cells.source,
    sourceUrl: cells.source_url,
    asOf: read.date('as_of'),
    isSample: sample,
  });
  return {
    row,
    code: cells.code,
    name: cells.name,
    input,
    pointFromZip: point?.fromZip === true,
    issues: read.issues,
  };
}

// The type a cell names; a cell that says ORR or a children's shelter is refused as such, not as an unknown word.
function typeOf(read: RowCells<FacilityColumnName>, locale: FacilityImportLocale): FacilityType | undefined {
  const cell = read.cells.type;
  if (cell === undefined) return undefined;
  const type = TYPE_WORDS[codeKey(cell)];
  if (type) return type;
  const say = facilityImportTexts(locale);
  if (saysOrrShelter(cell)) read.issue('type', 'orr_shelter_refused', say.orrShelter);
  else read.issue('type', 'unknown_value', say.unknownType(cell));
  return undefined;
}

// The state's two-letter code ("tx" is TX); anything else is an issue that says what to write.
function stateOf(read: RowCells<FacilityColumnName>, locale: FacilityImportLocale): string | undefined {
  const state = read.state('state');
  if (state !== undefined && !(US_STATES as readonly string[]).includes(state))
    read.issue('state', 'invalid_parameter', facilityImportTexts(locale).unknownState(state));
  return state;
}

// The row's point: its coordinates, else its ZIP code's centre. A missing half, an unknown ZIP or neither is an issue.
function pointOf(
  read: RowCells<FacilityColumnName>,
  locale: FacilityImportLocale,
): { latitude: number; longitude: number; fromZip: boolean } | undefined {
  const say = facilityImportTexts(locale);
  const latitude = read.number('latitude');
  const longitude = read.number('longitude');
  if (read.cells.latitude !== undefined || read.cells.longitude !== undefined) {
    if (latitude !== undefined && longitude !== undefined) return { latitude, longitude, fromZip: false };
    if (read.cells.latitude === undefined || read.cells.longitude === undefined)
      read.issue(read.cells.latitude === undefined ? 'latitude' : 'longitude', 'invalid_parameter', say.pointPair);
    return undefined;
  }
  const zip = read.cells.zip;
  if (zip === undefined) {
    read.issue('', 'invalid_parameter', say.noPoint);
    return undefined;
  }
  const found = lookupZip(zip.slice(0, 5));
  if (!found) {
    read.issue('zip', 'invalid_parameter', say.zipNotFound(zip));
    return undefined;
  }
  return { latitude: found.latitude, longitude: found.longitude, fromZip: true };
}

function withoutBlanks(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
