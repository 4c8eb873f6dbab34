// Every text field of every request the OpenAPI document describes, found by walking its JSON Schemas: a field
// added to the contract is fuzzed without anyone listing it.

/** A place in a JSON value: object keys and array indexes. */
export type FieldPath = Array<string | number>;

/** A string in a request body, and the discriminator values (`const`) its union branch needs. */
export interface TextField {
  path: FieldPath;
  requires: Array<{ path: FieldPath; value: unknown }>;
}

/** An operation that takes a JSON body, with the name of its body schema and every text field in it. */
export interface BodyOperation {
  operationId: string;
  method: string;
  path: string; // as the document writes it, e.g. /api/v1/listings/{id}/reports
  schemaName: string;
  fields: TextField[];
}

/** A query parameter of an operation. */
export interface QueryParameter {
  operationId: string;
  method: string;
  path: string;
  name: string;
}

type Schema = Record<string, any>;

/** The operations of `doc` that take a JSON body. */
export function bodyOperations(doc: Schema): BodyOperation[] {
  return operations(doc).flatMap(({ operationId, method, path, operation }) => {
    const ref = operation.requestBody?.content?.['application/json']?.schema?.$ref as string | undefined;
    if (!ref) return [];
    return [{ operationId, method, path, schemaName: ref.split('/').pop()!, fields: textFields(doc, { $ref: ref }) }];
  });
}

/** The query parameters of every operation in `doc`. */
export function queryParameters(doc: Schema): QueryParameter[] {
  return operations(doc).flatMap(({ operationId, method, path, operation }) =>
    ((operation.parameters ?? []) as Schema[])
      .filter((p) => p.in === 'query')
      .map((p) => ({ operationId, method, path, name: p.name as string })),
  );
}

/** Every place a string may stand in `schema` ($refs into `doc` followed; array items at index 0; each union branch). */
export function textFields(doc: Schema, schema: Schema): TextField[] {
  const found = new Map<string, TextField>();
  walk(doc, schema, [], [], found, new Set());
  return [...found.values()];
}

function walk(
  doc: Schema,
  schema: Schema | undefined,
  at: FieldPath,
  requires: TextField['requires'],
  found: Map<string, TextField>,
  stack: Set<string>,
): void {
  if (!schema || typeof schema !== 'object') return;
  if (typeof schema.$ref === 'string') {
    if (stack.has(schema.$ref)) return; // a recursive schema: its fields were already reached once
    return walk(doc, resolve(doc, schema.$ref), at, requires, found, new Set([...stack, schema.$ref]));
  }
  for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])] as Schema[]) {
    walk(doc, branch, at, [...requires, ...discriminators(doc, branch, at)], found, stack);
  }
  for (const part of (schema.allOf ?? []) as Schema[]) walk(doc, part, at, requires, found, stack);
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('string')) {
    const field = { path: at, requires };
    found.set(JSON.stringify(field), field);
  }
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>))
    walk(doc, property, [...at, name], requires, found, stack);
  if (schema.items) walk(doc, schema.items, [...at, 0], requires, found, stack);
}

// The `const` properties of a union branch: the values a body must carry to be read as that branch.
function discriminators(doc: Schema, branch: Schema, at: FieldPath): TextField['requires'] {
  const resolved = typeof branch.$ref === 'string' ? resolve(doc, branch.$ref) : branch;
  return Object.entries((resolved.properties ?? {}) as Record<string, Schema>)
    .filter(([, property]) => property.const !== undefined)
    .map(([name, property]) => ({ path: [...at, name], value: property.const }));
}

function resolve(doc: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`cannot follow the external $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .reduce<Schema>((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

function operations(doc: Schema) {
  return Object.entries((doc.paths ?? {}) as Record<string, Schema>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        operationId: operation.operationId as string,
        method: method.toUpperCase(),
        path,
        operation: operation as Schema,
      })),
  );
}

/** The value at `path` in `value`, or undefined. */
export function valueAt(value: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined,
    value,
  );
}

/** A deep copy of `value` with `replacement` at `path`, creating the objects and arrays on the way that are missing. */
export function withValueAt(value: unknown, path: FieldPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const container = (
    Array.isArray(value)
      ? [...value]
      : value !== null && typeof value === 'object'
        ? { ...(value as object) }
        : typeof key === 'number'
          ? []
          : {}
  ) as Record<string | number, unknown>;
  container[key!] = withValueAt(container[key!], rest, replacement);
  return container;
}
