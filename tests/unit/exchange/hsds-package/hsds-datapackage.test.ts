// The zip: datapackage.json describes exactly the files beside it (a Frictionless tabular data package of the spec's
// tables), and two exports of the same data are the same bytes, in any time zone.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { REPO_ROOT } from '../../../../server/repo-root';
import { parse } from 'csv-parse/sync';
import { collectHsdsRows, zipHsdsPackageBytes } from '../../../../server/exchange/hsds-package/hsds-package-files';
import { HSDS_TABLES } from '../../../../server/exchange/hsds-package/hsds-tables';
import { SAMPLE_SERVICES, TAXONOMY, TERMS } from '../../../helpers/hsds-sample-services';

const zipOfSample = async () =>
  zipHsdsPackageBytes(await collectHsdsRows({ services: SAMPLE_SERVICES, taxonomies: [TAXONOMY], terms: TERMS }));

describe('datapackage.json', () => {
  let files: Record<string, Uint8Array>;
  let descriptor: any;
  beforeAll(async () => {
    files = unzipSync(await zipOfSample());
    descriptor = JSON.parse(new TextDecoder().decode(files['datapackage.json']));
  });

  it('is a tabular data package of tabular data resources, one per table of the spec', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.resources.map((r: any) => [r.name, r.path, r.profile])).toEqual(
      HSDS_TABLES.map((t) => [t.name, t.path, 'tabular-data-resource']),
    );
  });

  it('lists exactly the files in the zip, each CSV headed by its schema fields', () => {
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...HSDS_TABLES.map((t) => t.path)].sort());
    for (const resource of descriptor.resources) {
      const [header] = parse(new TextDecoder().decode(files[resource.path])) as string[][];
      expect({ path: resource.path, header }).toEqual({
        path: resource.path,
        header: resource.schema.fields.map((f: any) => f.name),
      });
    }
  });

  it('links tables through foreign keys that name a resource and its primary key', () => {
    const names = new Set(descriptor.resources.map((r: any) => r.name));
    for (const resource of descriptor.resources) {
      expect(resource.schema.primaryKey).toEqual(['id']);
      // The table schema profile refuses an empty list of foreign keys (Frictionless's validator says so).
      expect(resource.schema.foreignKeys ?? ['absent']).not.toEqual([]);
      for (const key of resource.schema.foreignKeys ?? []) {
        expect(names.has(key.reference.resource)).toBe(true);
        expect(resource.schema.fields.map((f: any) => f.name)).toContain(key.fields[0]);
      }
    }
    const service = descriptor.resources.find((r: any) => r.name === 'service');
    expect(service.schema.foreignKeys).toContainEqual({
      fields: ['organization_id'],
      reference: { resource: 'organization', fields: ['id'] },
    });
  });

  it('carries no time of export', () => {
    const text = new TextDecoder().decode(files['datapackage.json']);
    expect(text).not.toMatch(/created|\d{4}-\d\d-\d\dT/);
  });
});

describe('two exports of the same data', () => {
  const hashIn = (zone: string) =>
    execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['tests/helpers/hsds-sample-zip-hash.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });

  it('are the same bytes', async () => {
    expect(Buffer.from(await zipOfSample()).equals(Buffer.from(await zipOfSample()))).toBe(true);
  });

  it('are the same bytes in any time zone (the zip entries carry a fixed time)', () => {
    const utc = hashIn('UTC');
    expect(utc).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIn('Pacific/Kiritimati')).toBe(utc);
    expect(hashIn('America/Denver')).toBe(utc);
  });
});
