// How HSDS's nested objects (a service with its phones, its organization, its locations ...) map to rows of tables
// that name each other by id. Flattening and unflattening both read this one table, so they cannot disagree.
import type { HsdsTableName } from './hsds-tables';

/** One nested property of an object of some table. */
export type HsdsNesting =
  // An array of rows of `table` that name the parent in `foreignKey` (a service's phones: phone.service_id).
  | { property: string; kind: 'children'; table: HsdsTableName; foreignKey: string; entityField?: string }
  // One row of `table` that the parent names in its own `foreignKey` column (service.organization_id).
  | { property: string; kind: 'reference'; table: HsdsTableName; foreignKey: string };

const children = (property: string, table: HsdsTableName, foreignKey: string): HsdsNesting => ({
  property,
  kind: 'children',
  table,
  foreignKey,
});

// Attributes and metadata hang off rows of any table: they name the row by id and the table by name.
const ATTRIBUTES: HsdsNesting = {
  property: 'attributes',
  kind: 'children',
  table: 'attribute',
  foreignKey: 'link_id',
  entityField: 'link_entity',
};
const METADATA: HsdsNesting = {
  property: 'metadata',
  kind: 'children',
  table: 'metadata',
  foreignKey: 'resource_id',
  entityField: 'resource_type',
};
const EXTENSIONS = [ATTRIBUTES, METADATA];

/**
 * The nested properties of each table's objects, in the order of the spec's schemas: the arrays of the tabular
 * schema (tabular.json) and the single objects of the compiled ones (service.organization, attribute.taxonomy_term).
 */
export const HSDS_NESTING: Readonly<Record<HsdsTableName, readonly HsdsNesting[]>> = {
  organization: [
    children('funding', 'funding', 'organization_id'),
    children('contacts', 'contact', 'organization_id'),
    children('phones', 'phone', 'organization_id'),
    children('locations', 'location', 'organization_id'),
    children('programs', 'program', 'organization_id'),
    children('organization_identifiers', 'organization_identifier', 'organization_id'),
    ...EXTENSIONS,
  ],
  program: EXTENSIONS,
  service: [
    { property: 'organization', kind: 'reference', table: 'organization', foreignKey: 'organization_id' },
    { property: 'program', kind: 'reference', table: 'program', foreignKey: 'program_id' },
    children('phones', 'phone', 'service_id'),
    children('schedules', 'schedule', 'service_id'),
    children('service_areas', 'service_area', 'service_id'),
    children('service_at_locations', 'service_at_location', 'service_id'),
    children('languages', 'language', 'service_id'),
    children('funding', 'funding', 'service_id'),
    children('cost_options', 'cost_option', 'service_id'),
    children('required_documents', 'required_document', 'service_id'),
    children('contacts', 'contact', 'service_id'),
    ...EXTENSIONS,
  ],
  attribute: [
    { property: 'taxonomy_term', kind: 'reference', table: 'taxonomy_term', foreignKey: 'taxonomy_term_id' },
    METADATA,
  ],
  service_at_location: [
    { property: 'location', kind: 'reference', table: 'location', foreignKey: 'location_id' },
    children('contacts', 'contact', 'service_at_location_id'),
    children('phones', 'phone', 'service_at_location_id'),
    children('schedules', 'schedule', 'service_at_location_id'),
    ...EXTENSIONS,
  ],
  location: [
    children('languages', 'language', 'location_id'),
    children('addresses', 'address', 'location_id'),
    children('contacts', 'contact', 'location_id'),
    children('accessibility', 'accessibility', 'location_id'),
    children('phones', 'phone', 'location_id'),
    children('schedules', 'schedule', 'location_id'),
    ...EXTENSIONS,
  ],
  phone: [children('languages', 'language', 'phone_id'), ...EXTENSIONS],
  contact: [children('phones', 'phone', 'contact_id'), ...EXTENSIONS],
  address: EXTENSIONS,
  schedule: EXTENSIONS,
  funding: EXTENSIONS,
  service_area: EXTENSIONS,
  required_document: EXTENSIONS,
  language: EXTENSIONS,
  accessibility: EXTENSIONS,
  taxonomy_term: [
    { property: 'taxonomy_detail', kind: 'reference', table: 'taxonomy', foreignKey: 'taxonomy_id' },
    METADATA,
  ],
  metadata: [],
  meta_table_description: EXTENSIONS,
  cost_option: EXTENSIONS,
  organization_identifier: EXTENSIONS,
  taxonomy: [METADATA],
};
