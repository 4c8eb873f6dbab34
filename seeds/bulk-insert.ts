// Many rows in one INSERT with one bind parameter per column: INSERT ... SELECT FROM unnest($1::uuid[], $2::text[], ...).
// Cheaper than a multi-row VALUES list (no 65,535-parameter ceiling, no per-value query nodes to compile).
import { sql, type Insertable, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../server/db/schema';

/** The PostgreSQL type a column's values are sent as; array columns travel as literals and are cast after unnest. */
export type BulkColumnType =
  'uuid' | 'text' | 'float8' | 'boolean' | 'date' | 'timestamptz' | 'jsonb' | 'int4multirange' | 'text[]';

/** A type for every insertable column of `T`: the compiler flags a column added to the schema but not here. */
export type BulkColumns<T extends keyof Database> = Record<keyof Insertable<Database[T]>, BulkColumnType>;

/** Inserts `rows` into `table` in one statement; every row must have exactly the columns in `columns`. */
export async function bulkInsert<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  columns: Partial<BulkColumns<T>>,
  rows: ReadonlyArray<Insertable<Database[T]>>,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const names = Object.keys(columns) as Array<keyof typeof columns & string>;
  const unknown = Object.keys(first).filter((k) => !(k in columns));
  if (unknown.length) throw new Error(`bulkInsert into ${table}: no column type for ${unknown.join(', ')}`);
  const arrays: RawBuilder<unknown>[] = names.map((name) => {
    const type = columns[name] as BulkColumnType;
    const literal = arrayLiteral(
      rows.map((row) => (row as Record<string, unknown>)[name]),
      type,
    );
    return sql`${literal}::${sql.raw(type === 'text[]' ? 'text[]' : `${type}[]`)}`;
  });
  const selected = names.map((name) =>
    columns[name] === 'text[]' ? sql`u.${sql.ref(name)}::text[]` : sql`u.${sql.ref(name)}`,
  );
  const list = sql.join(names.map((name) => sql.ref(name)));
  await sql`INSERT INTO ${sql.table(table)} (${list}) SELECT ${sql.join(selected)} FROM unnest(${sql.join(arrays)}) AS u(${list})`.execute(
    db,
  );
}

// The column's values as one PostgreSQL array literal, built here rather than by node-postgres: at a million rows its
// per-element regex escaping and string concatenation were a third of the loader's CPU. A text[] value becomes one
// quoted element ('"{\"en\",\"es\"}"'), because unnest would flatten a ragged array of arrays.
function arrayLiteral(values: unknown[], type: BulkColumnType): string {
  const elements = values.map((value) => {
    if (value === undefined || value === null) return 'NULL';
    if (type === 'text[]') {
      if (!Array.isArray(value))
        throw new Error(`bulkInsert: expected an array for a text[] column, got ${typeof value}`);
      return quote(`{${value.map((v) => quote(String(v))).join(',')}}`);
    }
    if (value instanceof Date) return quote(value.toISOString());
    if (typeof value === 'boolean') return value ? 't' : 'f';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : quote(String(value));
    return quote(String(value));
  });
  return `{${elements.join(',')}}`;
}

const NEEDS_ESCAPE = /[\\"]/;

// An array element in double quotes, backslash-escaped only when it needs to be (most values do not).
function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `"${text.replace(/[\\"]/g, '\\$&')}"` : `"${text}"`;
}
