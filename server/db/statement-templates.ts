// Queries compiled once per shape and run many times with each request's own values. Building and compiling a
// Kysely query costs a search more CPU than its mapping and JSON together (immutable nodes, frozen objects, a
// compiler pass), and the hot search has only a handful of shapes, so it builds each shape once with stand-ins.
import { CompiledQuery, type Compilable } from 'kysely';
import { RecentlyUsedMap } from './recently-used-map';

/** How many shapes keep their compiled text; the least recently used is compiled again when next needed. */
export const MAX_TEMPLATES = 200;

// A stand-in for one value: the compiled parameters keep it where the value goes, and `fill` swaps the value in.
class Slot {
  constructor(readonly key: string) {}
}

/**
 * Compiled statements keyed by shape. `build(shape, values)` must decide everything about the SQL text from `shape`
 * (plain JSON) and use `values` only as parameters (inside sql`...` or as operands), never branch on them or compute
 * with them: the template is built once with stand-ins for the values, and its text then serves every call.
 */
export class StatementTemplates<Shape, Values extends object> {
  private readonly templates = new RecentlyUsedMap<string, CompiledQuery>(MAX_TEMPLATES);

  constructor(private readonly build: (shape: Shape, values: Values) => Compilable) {}

  /** The query for `shape` with `values` in their places: what `build(shape, values).compile()` gives, without building. */
  fill(shape: Shape, values: Values): CompiledQuery {
    const key = JSON.stringify(shape);
    let template = this.templates.get(key);
    if (!template) {
      template = this.build(shape, standIns<Values>()).compile();
      this.templates.set(key, template);
    }
    const parameters = template.parameters.map((p) =>
      p instanceof Slot ? (values as Record<string, unknown>)[p.key] : p,
    );
    return CompiledQuery.raw(template.sql, parameters);
  }
}

// An object whose every property is a Slot named after it.
function standIns<Values>(): Values {
  return new Proxy({}, { get: (_target, key) => new Slot(String(key)) }) as Values;
}
