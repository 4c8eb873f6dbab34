// The official HSDS 3.0 JSON Schemas (../shared/hsds/schema, never copied into the project) in one Ajv instance, each
// under the raw GitHub URL the reference openapi.json names it by, so its $refs (and theirs) resolve offline.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../../server/repo-root';

const SCHEMA_DIR = path.resolve(REPO_ROOT, '../shared/hsds/schema');
const BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

const read = (file: string) => JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;

const PRECOMPILED = [
  'Page',
  'taxonomy.json',
  'taxonomy_term.json',
  ...[
    'service',
    'service_list',
    'service_at_location',
    'service_at_location_list',
    'organization',
    'organization_list',
  ].map((name) => `compiled/${name}.json`),
];

/** An Ajv (draft 2020-12, strict off for the spec's own keywords) holding every schema of the spec. */
export function hsdsAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json'))
    ajv.addSchema(read(file), `${BASE}${file}`);
  for (const file of readdirSync(path.join(SCHEMA_DIR, 'compiled')).filter((f) => f.endsWith('.json')))
    ajv.addSchema(read(`compiled/${file}`), `${BASE}compiled/${file}`);
  const page = (read('openapi.json') as { components: { schemas: { Page: object } } }).components.schemas.Page;
  ajv.addSchema(page, `${BASE}openapi.json#Page`);
  // Compile now, not at first use: compiling the big nested schemas takes seconds on a busy machine, and a pause that
  // long between two requests lets the server close an idle keep-alive socket just as fetch reuses it (ECONNRESET).
  for (const name of PRECOMPILED) ajv.getSchema(name === 'Page' ? `${BASE}openapi.json#Page` : `${BASE}${name}`);
  return ajv;
}

/** Throws with Ajv's messages when `value` does not match the spec's schema `name` (`compiled/service.json`, `Page`). */
export function expectValid(ajv: Ajv2020, name: string, value: unknown): void {
  const validate = ajv.getSchema(name === 'Page' ? `${BASE}openapi.json#Page` : `${BASE}${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  if (!validate(value)) throw new Error(`${name}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}
