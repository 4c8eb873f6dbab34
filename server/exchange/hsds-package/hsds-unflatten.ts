// Rows of the spec's tables -> full nested HSDS services, the inverse of hsds-flatten.ts: every nested array holds the
// rows that name their parent (phone.service_id = the service's id), in file order; every single object is the row
// its parent names (service.organization_id). A row several parents share is built once and shared.
import type { RowIssue } from '../import-record';
import { HSDS_NESTING } from './hsds-nesting';
import { HSDS_TABLE, HSDS_TABLE_NAMES, type HsdsTableName } from './hsds-tables';
import type { HsdsObject } from './hsds-flatten';
import { hsdsPackageMessages, type Locale } from './hsds-package-messages';

/** One data row of a CSV: its 1-based row number (the header is row 0) and its cells by column. */
export interface TableRow {
  row: number;
  cells: Readonly<Record<string, string>>;
}

/** One service rebuilt, with the problems found in it or in anything nested in it. */
export interface UnflattenedService {
  row: number; // its row in services.csv
  service: HsdsObject;
  issues: RowIssue[];
}

/** What the tables hold: the services, and rows of other tables that name a parent no table has. */
export interface Unflattened {
  services: UnflattenedService[];
  unattached: RowIssue[];
}

// The references a listing cannot do without: a service's organization and a service's place. Others (a term's
// taxonomy, a service's program) stay as ids when their row is missing; the mapping reads the id.
const MUST_RESOLVE = new Set(['service.organization_id', 'service_at_location.location_id']);

// What several services share: a problem in it (or in what hangs under it, such as all of an organization's
// locations) is not one service's, so it is reported once apart, unless a service reaches the row itself.
const SHARED = new Set(['service.organization', 'service.program']);

interface Entry {
  table: HsdsTableName;
  row: number;
  object: Record<string, unknown>;
  issues: RowIssue[];
  built?: { object: HsdsObject; issues: RowIssue[] };
}

/**
 * Rebuilds every service of services.csv from the tables that the package has. Takes the rows over: each table is
 * removed from `tables` once its rows are read into objects.
 */
export function unflattenServices(
  tables: Partial<Record<HsdsTableName, readonly TableRow[]>>,
  locale: Locale,
): Unflattened {
  const say = hsdsPackageMessages(locale);
  const entries = new Map<HsdsTableName, Entry[]>();
  const byId = new Map<HsdsTableName, Map<string, Entry>>();
  const unattached: RowIssue[] = [];
  for (const table of HSDS_TABLE_NAMES) {
    const ids = new Map<string, Entry>();
    const list: Entry[] = [];
    for (const { row, cells } of tables[table] ?? []) {
      const entry: Entry = { table, row, ...typedObject(table, row, cells, say) };
      const id = entry.object.id as string | undefined;
      if (id !== undefined && ids.has(id)) {
        const issue = {
          row,
          column: `${table}.id`,
          code: 'duplicate_id',
          message: say.duplicateId(path(table), row, id),
        };
        // A second service with the same id stays a record, so the report names its row; other rows are dropped.
        if (table !== 'service') {
          unattached.push(issue);
          continue;
        }
        entry.issues.push(issue);
      } else if (id !== undefined) ids.set(id, entry);
      list.push(entry);
    }
    entries.set(table, list);
    byId.set(table, ids);
    delete tables[table]; // read: a big package is not held twice
  }
  const childIndex = new Map<string, Map<string, Entry[]>>();
  const childrenOf = (table: HsdsTableName, foreignKey: string): Map<string, Entry[]> => {
    const key = `${table}.${foreignKey}`;
    let index = childIndex.get(key);
    if (!index) {
      index = new Map();
      for (const entry of entries.get(table) ?? []) {
        const parent = entry.object[foreignKey];
        if (typeof parent !== 'string') continue;
        const siblings = index.get(parent) ?? [];
        siblings.push(entry);
        index.set(parent, siblings);
      }
      childIndex.set(key, index);
    }
    return index;
  };

  const sharedIssues = new Set<RowIssue>();
  const build = (entry: Entry): { object: HsdsObject; issues: RowIssue[] } => {
    if (entry.built) return entry.built;
    const object = entry.object; // filled in place: a package's rows are many, and no one reads the bare row again
    const issues = [...entry.issues];
    const id = entry.object.id as string | undefined;
    for (const nesting of HSDS_NESTING[entry.table]) {
      if (nesting.kind === 'reference') {
        const target = entry.object[nesting.foreignKey] as string | undefined;
        if (target === undefined) continue;
        const found = byId.get(nesting.table)?.get(target);
        if (found) {
          const built = build(found);
          object[nesting.property] = built.object;
          if (SHARED.has(`${entry.table}.${nesting.property}`)) built.issues.forEach((i) => sharedIssues.add(i));
          else issues.push(...built.issues);
        } else if (MUST_RESOLVE.has(`${entry.table}.${nesting.foreignKey}`)) {
          issues.push(missingReference(entry, nesting.foreignKey, nesting.table, target, say));
        }
        continue;
      }
      if (id === undefined) continue;
      const { entityField } = nesting;
      const children = (childrenOf(nesting.table, nesting.foreignKey).get(id) ?? []).filter(
        (child) => !entityField || namesTable(child.object[entityField], entry.table),
      );
      if (children.length === 0) continue;
      object[nesting.property] = children.map((child) => {
        const built = build(child);
        issues.push(...built.issues);
        return built.object;
      });
    }
    entry.built = { object, issues };
    return entry.built;
  };

  // A nested row's issue names its own file and row in the message, and the service's row as its row; a row reached
  // twice (a location under its place and under its organization) says it once.
  const attributed = new Set<RowIssue>();
  const services = (entries.get('service') ?? []).map((entry) => {
    const issues = [...new Set(build(entry).issues)];
    issues.forEach((issue) => attributed.add(issue));
    return {
      row: entry.row,
      service: build(entry).object,
      issues: issues.map((issue) => ({ ...issue, row: entry.row })),
    };
  });
  unattached.push(...[...sharedIssues].filter((issue) => !attributed.has(issue)));
  unattached.push(...danglingRows(entries, byId, say));
  return { services, unattached };
}

/** Rows no service reached because a linking column names a row that no table holds. */
function danglingRows(
  entries: Map<HsdsTableName, Entry[]>,
  byId: Map<HsdsTableName, Map<string, Entry>>,
  say: ReturnType<typeof hsdsPackageMessages>,
): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const [table, list] of entries) {
    for (const entry of list) {
      if (entry.built) continue;
      for (const { field, table: parent } of HSDS_TABLE[table].foreignKeys) {
        const target = entry.object[field];
        if (typeof target === 'string' && !byId.get(parent)?.has(target)) {
          issues.push(missingReference(entry, field, parent, target, say));
        }
      }
    }
  }
  return issues;
}

function missingReference(
  entry: Entry,
  field: string,
  parent: HsdsTableName,
  target: string,
  say: ReturnType<typeof hsdsPackageMessages>,
): RowIssue {
  return {
    row: entry.row,
    column: `${entry.table}.${field}`,
    code: 'missing_reference',
    message: say.missingReference(path(entry.table), entry.row, field, target, path(parent)),
  };
}

// An attribute's link_entity names the table it belongs to: 'service' (the spec's examples), or 'services' as some
// producers write; left empty, the link_id alone decides.
function namesTable(entity: unknown, table: HsdsTableName): boolean {
  return entity === undefined || entity === table || entity === HSDS_TABLE[table].path.replace(/\.csv$/, '');
}

const path = (table: HsdsTableName) => HSDS_TABLE[table].path;

/** A row's cells as an HSDS object: empty cells left out, number columns read as numbers. */
function typedObject(
  table: HsdsTableName,
  row: number,
  cells: Readonly<Record<string, string>>,
  say: ReturnType<typeof hsdsPackageMessages>,
): { object: Record<string, unknown>; issues: RowIssue[] } {
  const object: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  for (const { name, type } of HSDS_TABLE[table].fields) {
    const value = cells[name];
    if (value === undefined || value === '') continue;
    if (type !== 'number') {
      object[name] = value;
      continue;
    }
    const number = value.trim() === '' ? NaN : Number(value);
    if (Number.isFinite(number)) object[name] = number;
    else {
      const column = `${table}.${name}`;
      issues.push({ row, column, code: 'invalid_parameter', message: say.notANumber(path(table), row, name, value) });
    }
  }
  return { object, issues };
}
