// Reading a datapackage, a folder or a zip: what the writer wrote comes back; every bad package is one fault, sizes
// checked before reading and while inflating; rows that name a missing parent are row issues, never a crash.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { readHsdsTables } from '../../../../server/exchange/hsds-package/hsds-package-reader';
import {
  collectHsdsRows,
  writeHsdsFolder,
  zipHsdsPackageBytes,
} from '../../../../server/exchange/hsds-package/hsds-package-files';
import { SAMPLE_SERVICES, TAXONOMY, TERMS } from '../../../helpers/hsds-sample-services';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hsds-reader-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sample = () => collectHsdsRows({ services: SAMPLE_SERVICES, taxonomies: [TAXONOMY], terms: TERMS });
const text = (s: string) => new TextEncoder().encode(s);
let n = 0;
const place = (name: string) => join(dir, `${++n}-${name}`);

async function folderWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = place('package');
  await mkdir(folder);
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
  return folder;
}

async function zipWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const path = place('package.zip');
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, c]) => [name, typeof c === 'string' ? text(c) : c]),
  );
  await writeFile(path, zipSync(entries));
  return path;
}

const services = async (path: string) => {
  const read = await readHsdsTables(path, 'en');
  if (!read.ok) throw new Error(read.fault.message);
  return read.unflattened.services.map((s) => s.service.id);
};
const sampleIds = SAMPLE_SERVICES.map((s) => s.id);

describe('reading what the writer wrote', () => {
  it('reads a folder', async () => {
    const folder = place('out');
    await writeHsdsFolder(await sample(), folder);
    expect(await services(folder)).toEqual(sampleIds);
  });

  it('reads a zip, and a zip of the package folder', async () => {
    const path = place('out.zip');
    await writeFile(path, await zipHsdsPackageBytes(await sample()));
    expect(await services(path)).toEqual(sampleIds);
    const services_csv = 'id,organization_id,name,status\ns1,o1,A service,active\n';
    const nested = await zipWith({
      'export/services.csv': services_csv,
      'export/organizations.csv': 'id,name,description\no1,O,d\n',
    });
    expect(await services(nested)).toEqual(['s1']);
  });

  it('reads a table from the file datapackage.json names for it', async () => {
    const descriptor = { resources: [{ name: 'service_at_location', path: 'service_at_locations.csv' }] };
    const folder = await folderWith({
      'datapackage.json': JSON.stringify(descriptor),
      'services.csv': 'id,organization_id,name,status\ns1,o1,A,active\n',
      'organizations.csv': 'id,name,description\no1,O,d\n',
      'service_at_locations.csv': 'id,service_id,location_id\nsal,s1,l1\n',
      'locations.csv': 'id,location_type\nl1,physical\n',
    });
    const read = await readHsdsTables(folder, 'en');
    if (!read.ok) throw new Error(read.fault.message);
    expect(read.unflattened.services[0]!.service.service_at_locations).toEqual([
      { id: 'sal', service_id: 's1', location_id: 'l1', location: { id: 'l1', location_type: 'physical' } },
    ]);
  });
});

describe('a bad package is one fault', () => {
  const fault = async (path: string, limit?: number) => {
    const read = await readHsdsTables(path, 'en', limit);
    return read.ok ? 'read' : read.fault.code;
  };

  it('names a path that does not exist', async () => {
    expect(await fault(join(dir, 'nowhere'))).toBe('not_found');
  });

  it('refuses a folder or file that is not a package', async () => {
    expect(await fault(await folderWith({ 'notes.txt': 'hello' }))).toBe('not_a_package');
    const csv = place('listings.csv');
    await writeFile(csv, 'id,name\n1,x\n');
    expect(await fault(csv)).toBe('not_a_package');
  });

  it('says a package lacks services.csv', async () => {
    const read = await readHsdsTables(
      await folderWith({ 'datapackage.json': '{}', 'organizations.csv': 'id\n' }),
      'es',
    );
    expect(read).toEqual({
      ok: false,
      fault: { code: 'not_a_package', message: expect.stringMatching(/no tiene services\.csv/) },
    });
  });

  it('refuses a folder or zip over the size limit before reading it', async () => {
    const big = 'id,organization_id,name,status\n' + 's,o,x,active\n'.repeat(200);
    expect(await fault(await folderWith({ 'services.csv': big }), 1000)).toBe('too_large');
    const stored = place('stored.zip');
    await writeFile(stored, zipSync({ 'services.csv': text(big) }, { level: 0 }));
    expect(await fault(stored, 1000)).toBe('too_large');
  });

  it('stops a zip bomb while it inflates, whatever the zip declares', async () => {
    const bomb = zipSync({ 'services.csv': new Uint8Array(5_000_000).fill(0x41) }, { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    // Lie about the size in both headers: the reader counts what it inflates, not what the zip says.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    view.setUint32(22, 100, true); // the local header's uncompressed size
    const central = bomb.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 100, true); // the central directory's
    const path = place('bomb.zip');
    await writeFile(path, bomb);
    expect(await fault(path, 1_000_000)).toBe('too_large');
  });

  it('refuses a damaged zip', async () => {
    const good = await zipHsdsPackageBytes(await sample());
    const damaged = good.slice(0, 200);
    const path = place('damaged.zip');
    await writeFile(path, damaged);
    expect(await fault(path)).toBe('unreadable');
  });

  it('refuses a table that is not UTF-8, or lacks a required column', async () => {
    const latin1 = Uint8Array.from([...text('id,organization_id,name,status\ns,o,'), 0xe9, 0x0a]);
    expect(await fault(await zipWith({ 'services.csv': latin1 }))).toBe('not_utf8');
    const read = await readHsdsTables(
      await folderWith({ 'services.csv': 'id,organization_id,name,status\n', 'phones.csv': 'id,service_id\n' }),
      'en',
    );
    expect(read).toEqual({
      ok: false,
      fault: {
        code: 'missing_columns',
        message: expect.stringMatching(/^phones\.csv lacks the required column number\./),
      },
    });
  });
});

describe('rows that do not fit', () => {
  it('are issues: on the service when its organization or place is missing, apart when no service has them', async () => {
    const folder = await folderWith({
      'services.csv': 'id,organization_id,name,status\ns1,missing-org,A,active\ns2,o1,B,active\n',
      'organizations.csv': 'id,name,description\no1,O,d\n',
      'service_at_location.csv': 'id,service_id,location_id\nsal,s2,missing-location\n',
      'phones.csv': 'id,service_id,number\np1,s2,555\np2,nobody,556\n',
      'locations.csv': 'id,location_type,latitude\nl1,physical,north\n',
    });
    const read = await readHsdsTables(folder, 'en');
    if (!read.ok) throw new Error(read.fault.message);
    const [s1, s2] = read.unflattened.services;
    expect(s1!.issues).toEqual([
      {
        row: 1,
        column: 'service.organization_id',
        code: 'missing_reference',
        message: expect.stringContaining(
          'services.csv row 1: organization_id missing-org names no row of organizations.csv',
        ),
      },
    ]);
    expect(s2!.issues).toEqual([
      {
        row: 2,
        column: 'service_at_location.location_id',
        code: 'missing_reference',
        message: expect.stringContaining('service_at_location.csv row 1'),
      },
    ]);
    expect(s2!.service.phones).toEqual([{ id: 'p1', service_id: 's2', number: '555' }]);
    expect(read.unflattened.unattached).toEqual([
      {
        row: 2,
        column: 'phone.service_id',
        code: 'missing_reference',
        message: expect.stringContaining('phones.csv row 2: service_id nobody'),
      },
    ]);
  });

  it('reports a number column that holds no number on the service that uses the row', async () => {
    const folder = await folderWith({
      'services.csv': 'id,organization_id,name,status\ns1,o1,A,active\n',
      'organizations.csv': 'id,name,description\no1,O,d\n',
      'service_at_location.csv': 'id,service_id,location_id\nsal,s1,l1\n',
      'locations.csv': 'id,location_type,latitude,longitude\nl1,physical,north,-106.4\n',
    });
    const read = await readHsdsTables(folder, 'es');
    if (!read.ok) throw new Error(read.fault.message);
    expect(read.unflattened.services[0]!.issues).toEqual([
      {
        row: 1,
        column: 'location.latitude',
        code: 'invalid_parameter',
        message: expect.stringContaining('locations.csv fila 1: latitude es "north"'),
      },
    ]);
  });

  it('reports a problem in what services share (an organization and its locations) once, apart', async () => {
    const folder = await folderWith({
      'services.csv': 'id,organization_id,name,status\ns1,o1,A,active\ns2,o1,B,active\n',
      'organizations.csv': 'id,name,description,year_incorporated\no1,O,d,soon\n',
      'service_at_location.csv': 'id,service_id,location_id\nsal1,s1,l1\n',
      'locations.csv': 'id,location_type,organization_id,latitude\nl1,physical,o1,north\nl2,physical,o1,south\n',
    });
    const read = await readHsdsTables(folder, 'en');
    if (!read.ok) throw new Error(read.fault.message);
    const [s1, s2] = read.unflattened.services;
    expect(s1!.issues.map((i) => [i.row, i.column])).toEqual([[1, 'location.latitude']]);
    expect(s2!.issues).toEqual([]);
    expect(read.unflattened.unattached.map((i) => [i.row, i.column]).sort()).toEqual([
      [1, 'organization.year_incorporated'],
      [2, 'location.latitude'],
    ]);
  });

  it('reports a second service with the same id on that row', async () => {
    const folder = await folderWith({
      'services.csv': 'id,organization_id,name,status\ns1,o1,A,active\ns1,o1,B,active\n',
      'organizations.csv': 'id,name,description\no1,O,d\n',
    });
    const read = await readHsdsTables(folder, 'en');
    if (!read.ok) throw new Error(read.fault.message);
    expect(read.unflattened.services.map((s) => s.issues.map((i) => [i.row, i.code]))).toEqual([
      [],
      [[2, 'duplicate_id']],
    ]);
  });
});
