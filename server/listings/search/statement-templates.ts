// The search statement compiled once per shape and filled with each search's values. Building and compiling a Kysely
// query costs a search more CPU than its mapping and JSON together (immutable nodes, frozen objects, a compiler pass),
// and the hot search has only a handful of shapes, so each shape is built once, with stand-ins for its values.
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { RecentlyUsedMap } from '../../db/recently-used-map';
import { buildStatement, type SearchRow } from './search-statement';
import type { StatementShape, StatementValues } from './statement-shape';

/** How many shapes keep their compiled text (first and next pages together); the least recently used goes first. */
export const MAX_TEMPLATES = 400;

/** Search statements by shape, for one database. */
export class StatementTemplates {
  private readonly templates = new RecentlyUsedMap<string, CompiledQuery<SearchRow>>(MAX_TEMPLATES);

  constructor(private readonly db: Kysely<Database>) {}

  /** The statement for `shape` with `values` in their places: what buildStatement(shape, values) compiles to. */
  fill(shape: StatementShape, values: StatementValues): CompiledQuery<SearchRow> {
    const key = JSON.stringify(shape);
    let template = this.templates.get(key);
    if (!template) {
      template = buildStatement(this.db, shape, standIns<StatementValues>()).compile();
      this.templates.set(key, template);
    }
    return fillTemplate(template, values);
  }
}

// A stand-in for one value: the compiled parameters keep it where the value goes, and fillTemplate swaps the value in.
class Slot {
  constructor(readonly key: string) {}
}

/** An object whose every property is a stand-in named after it, to build a statement with once. */
export function standIns<Values>(): Values {
  return new Proxy({}, { get: (_target, key) => new Slot(String(key)) }) as Values;
}

/** `template`'s text with `values` in its stand-ins' places; parameters that were not stand-ins stay as they are. */
export function fillTemplate<Row>(template: CompiledQuery<Row>, values: object): CompiledQuery<Row> {
  const parameters = template.parameters.map((p) =>
    p instanceof Slot ? (values as Record<string, unknown>)[p.key] : p,
  );
  return CompiledQuery.raw(template.sql, parameters) as CompiledQuery<Row>;
}
