// The HSDS 3.0 tabular form: every table of the spec's tabular.json, its CSV file and its columns in the spec's order.
// Written out here because the app never reads ../shared at run time; tests/unit/exchange/hsds-package/ checks this
// list against ../shared/hsds/schema/compiled/tabular.json, so a drift fails the suite instead of a consumer.

/** A column's type as the datapackage declares it (Frictionless table schema). */
export type HsdsFieldType = 'string' | 'number' | 'datetime';

/** One column of a table. */
export interface HsdsField {
  name: string;
  type: HsdsFieldType;
  format?: 'uuid' | 'email' | 'uri'; // the Frictionless string formats the spec uses
  required: boolean; // the spec's `required`, or its `tabular_required` (the id columns that link the CSV rows)
}

/** One table of the package. */
export interface HsdsTable {
  name: HsdsTableName;
  path: string; // the file's name in the package, as the spec names it (note service_at_location.csv, singular)
  fields: HsdsField[];
  foreignKeys: { field: string; table: HsdsTableName }[]; // columns that name a row of another table by its id
}

/** The spec's tables, in its datapackage order. */
export const HSDS_TABLE_NAMES = [
  'organization',
  'program',
  'service',
  'attribute',
  'service_at_location',
  'location',
  'phone',
  'contact',
  'address',
  'schedule',
  'funding',
  'service_area',
  'required_document',
  'language',
  'accessibility',
  'taxonomy_term',
  'metadata',
  'meta_table_description',
  'cost_option',
  'organization_identifier',
  'taxonomy',
] as const;
export type HsdsTableName = (typeof HSDS_TABLE_NAMES)[number];

// Columns as `name[:type-or-format]`, then the required ones (the spec's `required`, then its `tabular_required`).
// Written compactly so that the whole spec fits on one screen.
const SPEC: Record<HsdsTableName, [path: string, columns: string, required: string]> = {
  organization: [
    'organizations.csv',
    'id:uuid name alternate_name description email:email website:uri tax_status tax_id year_incorporated:number ' +
      'legal_status logo uri:uri parent_organization_id:uuid',
    'id name description',
  ],
  program: [
    'programs.csv',
    'id:uuid organization_id:uuid name alternate_name description',
    'id name description organization_id',
  ],
  service: [
    'services.csv',
    'id:uuid organization_id:uuid program_id:uuid name alternate_name description url:uri email:email status ' +
      'interpretation_services application_process fees_description wait_time fees accreditations ' +
      'eligibility_description minimum_age:number maximum_age:number assured_date assurer_email:email licenses alert ' +
      'last_modified:datetime',
    'id name status organization_id',
  ],
  attribute: [
    'attributes.csv',
    'id:uuid link_id:uuid taxonomy_term_id:uuid link_type link_entity value',
    'id link_id taxonomy_term_id link_entity',
  ],
  service_at_location: [
    'service_at_location.csv',
    'id:uuid service_id:uuid location_id:uuid description',
    'id service_id location_id',
  ],
  location: [
    'locations.csv',
    'id:uuid location_type url:uri organization_id:uuid name alternate_name description transportation ' +
      'latitude:number longitude:number external_identifier external_identifier_type',
    'id location_type',
  ],
  phone: [
    'phones.csv',
    'id:uuid location_id:uuid service_id:uuid organization_id:uuid contact_id:uuid service_at_location_id:uuid ' +
      'number extension:number type description',
    'id number',
  ],
  contact: [
    'contacts.csv',
    'id:uuid organization_id:uuid service_id:uuid service_at_location_id:uuid location_id:uuid name title ' +
      'department email:email',
    'id',
  ],
  address: [
    'addresses.csv',
    'id:uuid location_id:uuid attention address_1 address_2 city region state_province postal_code country ' +
      'address_type',
    'id address_1 city state_province postal_code country address_type',
  ],
  schedule: [
    'schedules.csv',
    'id:uuid service_id:uuid location_id:uuid service_at_location_id:uuid valid_from valid_to dtstart ' +
      'timezone:number until count:number wkst freq interval:number byday byweekno bymonthday byyearday ' +
      'description opens_at closes_at schedule_link:uri attending_type notes',
    'id',
  ],
  funding: ['funding.csv', 'id:uuid organization_id:uuid service_id:uuid source', 'id'],
  service_area: ['service_areas.csv', 'id:uuid service_id:uuid name description extent extent_type uri', 'id'],
  required_document: ['required_documents.csv', 'id:uuid service_id:uuid document uri:uri', 'id'],
  language: ['languages.csv', 'id:uuid service_id:uuid location_id:uuid phone_id:uuid name code note', 'id'],
  accessibility: ['accessibility.csv', 'id:uuid location_id:uuid description details url:uri', 'id'],
  taxonomy_term: [
    'taxonomy_terms.csv',
    'id:uuid code name description parent_id:uuid taxonomy language taxonomy_id:uuid term_uri:uri',
    'id name description',
  ],
  metadata: [
    'metadata.csv',
    'id:uuid resource_id:uuid resource_type last_action_date last_action_type field_name previous_value ' +
      'replacement_value updated_by',
    'id last_action_date last_action_type field_name previous_value replacement_value updated_by resource_id ' +
      'resource_type',
  ],
  meta_table_description: ['meta_table_descriptions.csv', 'id:uuid name language character_set', 'id'],
  cost_option: [
    'cost_options.csv',
    'id:uuid service_id:uuid valid_from valid_to option currency amount:number amount_description',
    'id service_id',
  ],
  organization_identifier: [
    'organization_identifiers.csv',
    'id:uuid organization_id:uuid identifier_scheme identifier_type identifier',
    'id identifier_type identifier organization_id',
  ],
  taxonomy: ['taxonomies.csv', 'id:uuid name description uri:uri version', 'id name description'],
};

// The id columns that name a row of another table (attribute.link_id and metadata.resource_id name any table).
const REFERENCES: Record<string, HsdsTableName> = {
  organization_id: 'organization',
  parent_organization_id: 'organization',
  program_id: 'program',
  service_id: 'service',
  location_id: 'location',
  contact_id: 'contact',
  service_at_location_id: 'service_at_location',
  phone_id: 'phone',
  taxonomy_term_id: 'taxonomy_term',
  taxonomy_id: 'taxonomy',
};

function field(column: string, required: Set<string>): HsdsField {
  const [name = '', kind] = column.split(':');
  const base = { name, required: required.has(name) };
  if (kind === 'number' || kind === 'datetime') return { ...base, type: kind };
  if (kind === 'uuid' || kind === 'email' || kind === 'uri') return { ...base, type: 'string', format: kind };
  return { ...base, type: 'string' };
}

function table(name: HsdsTableName): HsdsTable {
  const [path, columns, requiredColumns] = SPEC[name];
  const required = new Set(requiredColumns.split(' '));
  const fields = columns.split(' ').map((column) => field(column, required));
  const foreignKeys = fields.flatMap((f) => {
    const target = REFERENCES[f.name];
    return target ? [{ field: f.name, table: target }] : [];
  });
  // taxonomy_term.parent_id names another term: the only self-reference.
  if (name === 'taxonomy_term') foreignKeys.push({ field: 'parent_id', table: 'taxonomy_term' });
  return { name, path, fields, foreignKeys };
}

/** Every table of the spec, in its order: the package writes them all, empty ones with their header only. */
export const HSDS_TABLES: readonly HsdsTable[] = HSDS_TABLE_NAMES.map(table);

/** A table by name. */
export const HSDS_TABLE: Readonly<Record<HsdsTableName, HsdsTable>> = Object.fromEntries(
  HSDS_TABLES.map((t) => [t.name, t]),
) as Record<HsdsTableName, HsdsTable>;
