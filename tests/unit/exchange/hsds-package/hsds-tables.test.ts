// The tables the package writes, and how nested objects map to them, against the spec's own schemas: every table of
// tabular.json with its file name, columns in its order, types and required columns; every nested property of the
// compiled service, organization and service_at_location schemas known to the nesting table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../../server/repo-root';
import { HSDS_TABLES, HSDS_TABLE_NAMES } from '../../../../server/exchange/hsds-package/hsds-tables';
import { HSDS_NESTING } from '../../../../server/exchange/hsds-package/hsds-nesting';

type SpecProperty = { type?: string; format?: string; items?: SpecObject; properties?: Record<string, SpecProperty> };
type SpecObject = {
  name: string;
  path: string;
  required?: string[];
  tabular_required?: string[];
  properties: Record<string, SpecProperty>;
};

const schemaDir = join(REPO_ROOT, '..', 'shared', 'hsds', 'schema', 'compiled');
const readSchema = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
const tabular = readSchema('tabular.json') as { properties: Record<string, { items: SpecObject }> };
const specTables = Object.entries(tabular.properties).map(([name, { items }]) => ({ ...items, name }));

describe('the tables against tabular.json', () => {
  it('are every table of the spec, in its order', () => {
    expect(HSDS_TABLE_NAMES).toEqual(specTables.map((t) => t.name));
  });

  it.each(specTables.map((t) => [t.name, t] as const))('%s: its file name and its columns', (name, spec) => {
    const ours = HSDS_TABLES.find((t) => t.name === name)!;
    expect(ours.path).toBe(spec.path);
    const scalars = Object.entries(spec.properties).filter(([, p]) => p.type !== 'array');
    expect(ours.fields.map((f) => f.name)).toEqual(scalars.map(([field]) => field));
    for (const [field, property] of scalars) {
      const mine = ours.fields.find((f) => f.name === field)!;
      const type = property.format === 'date-time' ? 'datetime' : property.type;
      const format = property.format === 'date-time' ? undefined : property.format;
      expect({ field, type: mine.type, format: mine.format }).toEqual({ field, type, format });
    }
    const required = new Set([...(spec.required ?? []), ...(spec.tabular_required ?? [])]);
    expect(ours.fields.filter((f) => f.required).map((f) => f.name)).toEqual(
      scalars.map(([field]) => field).filter((f) => required.has(f)),
    );
  });

  it('name a real table and column in every foreign key', () => {
    for (const table of HSDS_TABLES) {
      for (const key of table.foreignKeys) {
        expect(table.fields.map((f) => f.name)).toContain(key.field);
        expect(HSDS_TABLE_NAMES).toContain(key.table);
      }
    }
  });
});

describe('the nesting table against the compiled schemas', () => {
  // The table each nested property of the compiled schemas holds rows of.
  const PROPERTY_TABLE: Record<string, string> = {
    organization: 'organization',
    program: 'program',
    location: 'location',
    taxonomy_term: 'taxonomy_term',
    taxonomy_detail: 'taxonomy',
    service: 'service',
    service_at_locations: 'service_at_location',
  };
  const nestedSeen = new Map<string, Set<string>>();
  const walk = (object: SpecProperty, table: string) => {
    for (const [property, value] of Object.entries(object.properties ?? {})) {
      const child = value.type === 'array' ? value.items : value.type === 'object' ? value : undefined;
      if (!child?.properties) continue;
      const childTable =
        PROPERTY_TABLE[property] ??
        HSDS_TABLES.find((t) => t.path === `${property}.csv` || t.path === `${property}s.csv`)?.name;
      if (!childTable) throw new Error(`No table for the nested property ${property}`);
      const seen = nestedSeen.get(table) ?? new Set();
      seen.add(`${property}:${childTable}`);
      nestedSeen.set(table, seen);
      walk(child as SpecProperty, childTable);
    }
  };

  it('knows every nested object of a full service, with the table it holds', () => {
    walk(readSchema('service.json'), 'service');
    expect(nestedSeen.size).toBeGreaterThan(10);
    for (const [table, seen] of nestedSeen) {
      const ours = HSDS_NESTING[table as keyof typeof HSDS_NESTING].map((n) => `${n.property}:${n.table}`);
      expect({ table, nested: [...seen].sort() }).toEqual({ table, nested: ours.filter((n) => seen.has(n)).sort() });
    }
  });

  it('holds, for each table, exactly the arrays of tabular.json', () => {
    for (const spec of specTables) {
      const arrays = Object.entries(spec.properties).filter(([, p]) => p.type === 'array');
      const ours = HSDS_NESTING[spec.name as keyof typeof HSDS_NESTING].filter((n) => n.kind === 'children');
      expect({ table: spec.name, arrays: ours.map((n) => n.property) }).toEqual({
        table: spec.name,
        arrays: arrays.map(([property]) => property),
      });
    }
  });

  it('links each child array by a column its table has', () => {
    for (const [table, nestings] of Object.entries(HSDS_NESTING)) {
      for (const nesting of nestings) {
        const holder = nesting.kind === 'children' ? nesting.table : table;
        const columns = HSDS_TABLES.find((t) => t.name === holder)!.fields.map((f) => f.name);
        expect(columns).toContain(nesting.foreignKey);
      }
    }
  });
});
