// Nested services -> table rows -> CSV -> rows -> nested services: the rows a sample makes, each row once and linked
// by id; and for any tree of HSDS objects, the round trip through CSV gives the same objects back (fast-check).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../../../../server/repo-root';
import { HsdsTableRows, type HsdsObject } from '../../../../server/exchange/hsds-package/hsds-flatten';
import { unflattenServices, type TableRow } from '../../../../server/exchange/hsds-package/hsds-unflatten';
import { hsdsCsvPieces, readHsdsCsv } from '../../../../server/exchange/hsds-package/hsds-csv';
import { HSDS_NESTING } from '../../../../server/exchange/hsds-package/hsds-nesting';
import { HSDS_TABLE, HSDS_TABLES, type HsdsTableName } from '../../../../server/exchange/hsds-package/hsds-tables';
import { SAMPLE_SERVICES, TAXONOMY, TERMS } from '../../../helpers/hsds-sample-services';

const serviceSchema = JSON.parse(
  readFileSync(join(REPO_ROOT, '..', 'shared', 'hsds', 'schema', 'compiled', 'service.json'), 'utf8'),
);

/** Every table through its CSV text and back, as the reader sees it. */
function throughCsv(rows: HsdsTableRows): Partial<Record<HsdsTableName, TableRow[]>> {
  const tables: Partial<Record<HsdsTableName, TableRow[]>> = {};
  for (const table of HSDS_TABLES) {
    const text = [...hsdsCsvPieces(table, rows.rows(table.name))].join('');
    const read = readHsdsCsv(new TextEncoder().encode(text), table, 'en');
    if (!read.ok) throw new Error(read.fault.message);
    tables[table.name] = read.rows;
  }
  return tables;
}

const column = (rows: HsdsTableRows, table: HsdsTableName, field: string) => {
  const i = HSDS_TABLE[table].fields.findIndex((f) => f.name === field);
  return rows.rows(table).map((r) => r[i]);
};

describe('flattening hand-written services', () => {
  const rows = new HsdsTableRows();
  rows.addTaxonomy(TAXONOMY);
  TERMS.forEach((t) => rows.addTaxonomyTerm(t));
  SAMPLE_SERVICES.forEach((s) => rows.addService(s));

  it('starts from services that the spec accepts', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(serviceSchema);
    for (const service of SAMPLE_SERVICES)
      expect({ id: service.id, errors: validate(service) ? null : validate.errors }).toEqual({
        id: service.id,
        errors: null,
      });
  });

  it('writes an organization shared by two services once', () => {
    expect(column(rows, 'organization', 'name')).toEqual(['Casa "Esperanza", Inc.', 'Legal Line']);
    expect(column(rows, 'service', 'organization_id')).toEqual([
      SAMPLE_SERVICES[0]!.organization_id,
      SAMPLE_SERVICES[0]!.organization_id,
      SAMPLE_SERVICES[2]!.organization_id,
    ]);
  });

  it('keeps the nested arrays in their order and every row names its parent', () => {
    expect(column(rows, 'phone', 'number')).toEqual(['+1 915 555 0100', '-915-555-0101', '915-555-0199']);
    expect(column(rows, 'phone', 'service_id')).toEqual([
      SAMPLE_SERVICES[0]!.id,
      SAMPLE_SERVICES[0]!.id,
      SAMPLE_SERVICES[1]!.id,
    ]);
    expect(column(rows, 'service_at_location', 'location_id')).toEqual([
      SAMPLE_SERVICES[0]!.service_at_locations![0]!.location_id,
      SAMPLE_SERVICES[1]!.service_at_locations![0]!.location_id,
    ]);
    expect(column(rows, 'attribute', 'link_entity')).toEqual(['service', 'service', 'service']);
  });

  it('writes every term and taxonomy once, used or not', () => {
    expect(column(rows, 'taxonomy_term', 'code')).toEqual(['shelter', 'legal_help', 'unused']);
    expect(rows.count('taxonomy')).toBe(1);
  });

  it('fills a linking column that a nested object leaves out', () => {
    const bare = new HsdsTableRows();
    bare.addService({
      id: 'svc',
      name: 'n',
      status: 'active',
      organization: { id: 'org', name: 'o', description: 'd' },
      phones: [{ id: 'ph', number: '1', attributes: [{ id: 'at', taxonomy_term_id: 't' }] }],
    });
    expect(column(bare, 'service', 'organization_id')).toEqual(['org']);
    expect(column(bare, 'phone', 'service_id')).toEqual(['svc']);
    expect([column(bare, 'attribute', 'link_id'), column(bare, 'attribute', 'link_entity')]).toEqual([
      ['ph'],
      ['phone'],
    ]);
  });

  it('leaves last_modified empty: the files carry no time of change', () => {
    const timed = new HsdsTableRows();
    timed.addService({ ...SAMPLE_SERVICES[2], last_modified: '2026-12-01T10:00:00.000Z' });
    expect(column(timed, 'service', 'last_modified')).toEqual(['']);
  });

  it('refuses an object without an id, and a value that is not a string or a number', () => {
    expect(() => new HsdsTableRows().addService({ name: 'x' })).toThrow(/no id/);
    expect(() => new HsdsTableRows().addService({ id: 'x', name: { en: 'x' } })).toThrow(/service\.name/);
  });

  it('gives the services back through CSV, with quotes, commas and line breaks intact', () => {
    const { services, unattached } = unflattenServices(throughCsv(rows), 'en');
    expect(unattached).toEqual([]);
    expect(services.map((s) => s.issues)).toEqual([[], [], []]);
    // The relational reading adds what the tables link: the organization's locations hang under it too.
    const first = services[0]!.service as { organization: { locations?: unknown } } & HsdsObject;
    const { locations: _locations, ...organization } = first.organization;
    expect({ ...first, organization }).toEqual(SAMPLE_SERVICES[0]);
    expect(services.slice(1).map((s) => s.service)).toEqual(SAMPLE_SERVICES.slice(1));
  });
});

// ---- any tree of HSDS objects ----------------------------------------------------------------------------------

type Tree = { [key: string]: unknown };

const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.constantFrom('"', ',', '\n', '\r\n', '=1+1', '+1 555', '-', '@x', ' padded ', 'ñandú', 'a;b', '\u00a0'),
);
const number = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** Scalars for a row of `table`: any subset of its columns except the id and the columns that link rows. */
function scalars(table: HsdsTableName) {
  const linking = new Set([
    'id',
    ...HSDS_TABLE[table].foreignKeys.map((k) => k.field),
    'link_id',
    'link_entity',
    'resource_id',
    'resource_type',
    'last_modified',
  ]);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of HSDS_TABLE[table].fields) {
    if (linking.has(field.name)) continue;
    record[field.name] = field.type === 'number' ? number.filter((n) => !Object.is(n, -0)) : text;
  }
  return fc.record(record, { requiredKeys: [] });
}

/** A tree of `table`'s objects, `depth` levels of nesting deep, without ids or links (normalise adds them). */
function tree(table: HsdsTableName, depth: number): fc.Arbitrary<Tree> {
  if (depth === 0) return scalars(table);
  const nested: Record<string, fc.Arbitrary<unknown>> = {};
  for (const nesting of HSDS_NESTING[table]) {
    nested[nesting.property] =
      nesting.kind === 'reference'
        ? tree(nesting.table, depth - 1)
        : fc.array(tree(nesting.table, depth - 1), { minLength: 1, maxLength: depth > 1 ? 1 : 2 });
  }
  return fc
    .tuple(scalars(table), fc.record(nested, { requiredKeys: [] }))
    .map(([own, children]) => ({ ...own, ...children }));
}

/** Gives every object an id and the links the tables will hold, as an exporter that names everything would. */
function normalise(table: HsdsTableName, object: Tree, next: () => string, parentLink: Tree = {}): Tree {
  const out: Tree = { ...object, id: next(), ...parentLink };
  for (const nesting of HSDS_NESTING[table]) {
    const value = object[nesting.property];
    if (value === undefined) continue;
    if (nesting.kind === 'reference') {
      const child = normalise(nesting.table, value as Tree, next);
      out[nesting.property] = child;
      out[nesting.foreignKey] = child.id;
    } else {
      out[nesting.property] = (value as Tree[]).map((child) =>
        normalise(nesting.table, child, next, {
          [nesting.foreignKey]: out.id,
          ...(nesting.entityField ? { [nesting.entityField]: table } : {}),
        }),
      );
    }
  }
  return out;
}

describe('flatten, CSV, unflatten', () => {
  it('gives back any tree of services, nested arrays in order', () => {
    fc.assert(
      fc.property(fc.array(tree('service', 3), { minLength: 1, maxLength: 3 }), (trees) => {
        let n = 0;
        const next = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
        const services = trees.map((t) => normalise('service', t, next));
        const rows = new HsdsTableRows();
        services.forEach((s) => rows.addService(s));
        const back = unflattenServices(throughCsv(rows), 'en');
        expect(back.unattached).toEqual([]);
        expect(back.services.map((s) => s.issues.length)).toEqual(services.map(() => 0));
        expect(back.services.map((s) => s.service)).toEqual(services);
      }),
      { numRuns: 40 },
    );
  });

  it('gives back the same tables from the services it rebuilt', () => {
    fc.assert(
      fc.property(fc.array(tree('service', 2), { minLength: 1, maxLength: 3 }), (trees) => {
        let n = 0;
        const next = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
        const rows = new HsdsTableRows();
        trees.forEach((t) => rows.addService(normalise('service', t, next)));
        const again = new HsdsTableRows();
        unflattenServices(throughCsv(rows), 'en').services.forEach((s) => again.addService(s.service));
        for (const table of HSDS_TABLES) expect(again.rows(table.name)).toEqual(rows.rows(table.name));
      }),
      { numRuns: 40 },
    );
  });
});
