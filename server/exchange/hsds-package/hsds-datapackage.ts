// datapackage.json: the Frictionless tabular data package that describes the CSV files, built from HSDS_TABLES.
// No `created` time and nothing else that changes between two exports of the same data (design §5).
import { HSDS_TABLES, type HsdsField, type HsdsTable } from './hsds-tables';

/** The package's name, and the file name the download suggests. */
export const HSDS_PACKAGE_NAME = 'puente-hsds';

function schemaField(field: HsdsField) {
  return {
    name: field.name,
    type: field.type,
    ...(field.format ? { format: field.format } : {}),
    ...(field.required ? { constraints: { required: true } } : {}),
  };
}

function resource(table: HsdsTable) {
  return {
    name: table.name,
    path: table.path,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    // RFC 4180 as hsds-csv.ts writes it; Frictionless's defaults, said out loud for readers that guess.
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.fields.map(schemaField),
      missingValues: [''],
      primaryKey: ['id'],
      // Left out when a table links to none: the table schema profile wants at least one key when the list is there.
      ...(table.foreignKeys.length > 0
        ? {
            foreignKeys: table.foreignKeys.map(({ field, table: target }) => ({
              fields: [field],
              reference: { resource: target, fields: ['id'] },
            })),
          }
        : {}),
    },
  };
}

/** The descriptor, the same for every export: what changes is the data in the CSV files, never this. */
export function hsdsDatapackage() {
  return {
    profile: 'tabular-data-package',
    name: HSDS_PACKAGE_NAME,
    title: 'Puente directory in the Human Services Data Specification (HSDS) 3.0',
    description:
      'Published Puente listings as HSDS 3.0 tables: one service per listing, with its organization, location, ' +
      'phones, schedules, languages and the Puente profile attributes (docs/decisions/0054-hsds-profile.md).',
    homepage: 'https://docs.openreferral.org/en/latest/',
    resources: HSDS_TABLES.map(resource),
  };
}

/** datapackage.json's text: two-space indented, ending with a newline. */
export function hsdsDatapackageText(): string {
  return `${JSON.stringify(hsdsDatapackage(), null, 2)}\n`;
}
