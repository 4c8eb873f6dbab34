// Nested HSDS objects (full services, taxonomies, terms) -> rows of the spec's tables, each row once.
// A nested object that does not name its parent gets the parent's id in the linking column (a service's phone gets
// service_id; an attribute gets link_id and link_entity), so the tables alone say where every row belongs.
import { HSDS_NESTING } from './hsds-nesting';
import { HSDS_TABLE, HSDS_TABLE_NAMES, type HsdsTableName } from './hsds-tables';

/** An HSDS object as the API answers it (a service of compiled/service.json, a taxonomy term ...). */
export type HsdsObject = { readonly [field: string]: unknown };

// Design §5: files carry no time of change, so that two exports of the same data are the same bytes.
const LEFT_EMPTY: Partial<Record<HsdsTableName, readonly string[]>> = { service: ['last_modified'] };

/**
 * The rows of every table, in the order their objects were first met: the services in the order given (the export
 * passes them by id), and within one, its nested arrays in their order (phones stay first, second ...), which the
 * reader keeps. An object met again (an organization of several services) adds no row; its empty cells are filled
 * from the later copy, its filled ones never change.
 */
export class HsdsTableRows {
  // Rows as cells in column order, not objects keyed by column: a directory's attributes run to six figures of rows.
  private readonly tables = new Map<HsdsTableName, Map<string, string[]>>(HSDS_TABLE_NAMES.map((t) => [t, new Map()]));

  /** Adds one service with everything nested in it. */
  addService(service: object): void {
    this.add('service', service as HsdsObject, {});
  }

  /** Adds a taxonomy (taxonomies.csv) or a term (taxonomy_terms.csv), used or not: the package publishes the lists. */
  addTaxonomy(taxonomy: object): void {
    this.add('taxonomy', taxonomy as HsdsObject, {});
  }
  addTaxonomyTerm(term: object): void {
    this.add('taxonomy_term', term as HsdsObject, {});
  }

  /** A table's rows as cells in the order of its columns (HSDS_TABLE[table].fields). */
  rows(table: HsdsTableName): readonly (readonly string[])[] {
    return [...this.rowMap(table).values()];
  }

  /** How many rows a table has. */
  count(table: HsdsTableName): number {
    return this.rowMap(table).size;
  }

  private rowMap(table: HsdsTableName): Map<string, string[]> {
    return this.tables.get(table) as Map<string, string[]>;
  }

  private add(table: HsdsTableName, object: HsdsObject, fromParent: Record<string, string>): void {
    const id = cell(object.id, table, 'id');
    if (!id) throw new TypeError(`An HSDS ${table} has no id: every row of the package needs one.`);
    const leftEmpty = LEFT_EMPTY[table] ?? [];
    const nestings = HSDS_NESTING[table];
    const fromChildren: Record<string, string> = {};
    for (const nesting of nestings) {
      const nested = object[nesting.property];
      if (nesting.kind === 'reference' && isObject(nested)) {
        fromChildren[nesting.foreignKey] = cell(nested.id, nesting.table, 'id');
      }
    }
    const row = HSDS_TABLE[table].fields.map(({ name }) =>
      leftEmpty.includes(name) ? '' : cell(object[name], table, name) || fromParent[name] || fromChildren[name] || '',
    );
    this.store(table, id, row);
    for (const nesting of nestings) {
      const nested = object[nesting.property];
      if (nested === undefined || nested === null) continue;
      if (nesting.kind === 'reference') {
        if (!isObject(nested)) throw new TypeError(`${table}.${nesting.property} of ${id} is not an object.`);
        this.add(nesting.table, nested, {});
        continue;
      }
      if (!Array.isArray(nested)) throw new TypeError(`${table}.${nesting.property} of ${id} is not an array.`);
      const link: Record<string, string> = { [nesting.foreignKey]: id };
      if (nesting.entityField) link[nesting.entityField] = table;
      for (const child of nested) {
        if (!isObject(child)) throw new TypeError(`${table}.${nesting.property} of ${id} holds a non-object.`);
        this.add(nesting.table, child, link);
      }
    }
  }

  private store(table: HsdsTableName, id: string, row: string[]): void {
    const rows = this.rowMap(table);
    const known = rows.get(id);
    if (!known) rows.set(id, row);
    else row.forEach((value, i) => (known[i] ||= value));
  }
}

function isObject(value: unknown): value is HsdsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as its CSV cell: strings as they are, numbers in JavaScript's shortest round-trip form, nothing as ''. */
function cell(value: unknown, table: string, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new TypeError(`HSDS ${table}.${field} holds ${JSON.stringify(value)}, which is not a string or a number.`);
}
