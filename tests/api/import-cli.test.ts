// `npm run import` as a real process: a file it cannot use (missing, too large, not UTF-8, the wrong delimiter, required
// columns missing, not a CSV or a package, an empty folder or a broken zip) gets one clear message on stderr and exit code 1, in English or Spanish,
// before any database is opened; a good CSV is a dry run (exit 0, nothing changes) until --apply stores it; a row with
// an issue is exit code 2; --publish needs an existing moderator. On a PGlite DATA_DIR always, and on PostgreSQL too
// when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FlatListing } from '../../server/exchange/listing-columns';
import { csvHeader, csvRows } from '../../server/exchange/write-listings-csv';
import { inCliDatabase, runTsxCli, withCliDatabase } from '../helpers/cli-database';
import { createTestModerator } from '../helpers/moderator-session';
import { databaseFingerprint } from '../helpers/import-fixtures';

jest.setTimeout(240_000);

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'puente-import-cli-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Runs the import CLI with `args`; resolves with its exit code and output. */
const runCli = (args: string[], env: Record<string, string>) =>
  runTsxCli('server/exchange/import/import-cli.ts', args, env);

const file = (name: string, content: string | Uint8Array) => {
  const at = path.join(folder, name);
  writeFileSync(at, content);
  return at;
};

const emptyFolder = (name: string) => {
  const at = path.join(folder, name);
  mkdirSync(at);
  return at;
};

const ROW: FlatListing = {
  id: 'row-1',
  kind: 'legal_help',
  name: 'Border Legal Clinic',
  organization_name: 'Border Legal',
  description_en: 'Free immigration advice.',
  privacy: 'exact',
  address_1: '500 E San Antonio Ave',
  city: 'El Paso',
  state: 'TX',
  postal_code: '79901',
  latitude: 31.7587,
  longitude: -106.4869,
};
const ZIP_ONLY: FlatListing = {
  ...ROW,
  id: 'row-2',
  name: 'Clinic by ZIP',
  address_1: undefined,
  latitude: undefined,
  longitude: undefined,
  privacy: undefined,
};
const goodCsv = () => file('good.csv', csvHeader() + csvRows([ROW, ZIP_ONLY]));

describe('a file it cannot use: one message, exit code 1, no database touched', () => {
  const neverCreated = () => ({
    DATA_DIR: path.join(os.tmpdir(), `puente-import-never-${randomBytes(4).toString('hex')}`),
  });

  test('each fault, in English', async () => {
    const big = file('big.csv', '');
    truncateSync(big, 50 * 1024 * 1024 + 1); // sparse: its size is what is judged, before it is read
    const cases: Array<[string, RegExp]> = [
      [path.join(folder, 'missing.csv'), /missing\.csv was not found/],
      [big, /larger than 50 MB/],
      [
        file(
          'latin1.csv',
          Buffer.concat([Buffer.from(csvHeader().slice(1)), Buffer.from('x,legal_help,Cl\xednica,Org\r\n', 'latin1')]),
        ),
        /UTF-8/,
      ],
      [file('pipes.csv', 'id|kind|name|organization_name\r\n1|legal_help|A|B\r\n'), /vertical bars/],
      [file('short.csv', 'id,name\r\n1,A\r\n'), /kind/],
      [file('sheet.xlsx', 'PK'), /neither a \.csv file nor an HSDS datapackage/],
      [emptyFolder('empty-package'), /is not an HSDS datapackage/],
      [file('broken.zip', 'not a zip at all'), /zip/i],
    ];
    const env = neverCreated();
    const results = await Promise.all(cases.map(([at]) => runCli([at], env)));
    results.forEach((result, i) => {
      expect({ file: cases[i]![0], code: result.code, stdout: result.stdout }).toEqual({
        file: cases[i]![0],
        code: 1,
        stdout: '',
      });
      expect(result.stderr).toMatch(cases[i]![1]);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
    expect(existsSync(env.DATA_DIR)).toBe(false);
  });

  test('in Spanish with --lang es, or when LANG is Spanish', async () => {
    const missing = path.join(folder, 'falta.csv');
    const [flag, environment] = await Promise.all([
      runCli([missing, '--lang', 'es'], neverCreated()),
      runCli([missing], { ...neverCreated(), LANG: 'es_MX.UTF-8' }),
    ]);
    for (const result of [flag, environment]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('No se encontró');
    }
  });

  test('--publish without --apply or --as is refused with what to add', async () => {
    const at = goodCsv();
    const [noApply, noAs] = await Promise.all([
      runCli([at, '--publish', '--as', 'm@example.org'], neverCreated()),
      runCli([at, '--apply', '--publish'], neverCreated()),
    ]);
    expect(noApply).toMatchObject({ code: 1, stderr: expect.stringContaining('needs --apply') });
    expect(noAs).toMatchObject({ code: 1, stderr: expect.stringContaining('needs --as EMAIL') });
  });
});

test('a dry run changes nothing; --apply stores; the same file again stores nothing; a bad row is exit code 2', async () => {
  await withCliDatabase(async (env, open) => {
    const at = goodCsv();
    // The first run migrates a fresh PGlite folder; fingerprint after it.
    const first = await runCli([at], env);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain("No coordinates, pinned at the ZIP code's centre (the page says so): rows 2");
    expect(first.stdout).toContain('Dry run: nothing was stored.');
    const before = await inCliDatabase(open, (h) => databaseFingerprint(h.db));
    expect((await runCli([at], env)).code).toBe(0);
    expect(await inCliDatabase(open, (h) => databaseFingerprint(h.db))).toEqual(before);

    const applied = await runCli([at, '--apply'], env);
    expect(applied).toMatchObject({ code: 0, stderr: '' }); // no progress bar: stderr is not a terminal
    expect(applied.stdout).toContain('Stored 2 listings as pending submissions for moderators.');
    const origins = await inCliDatabase(open, (h) =>
      h.db.selectFrom('submission').select('origin').orderBy('seq').execute(),
    );
    expect(origins).toEqual([{ origin: 'import: good.csv row 1' }, { origin: 'import: good.csv row 2' }]);

    const again = await runCli([at, '--apply'], env);
    expect(again.stdout).toContain('Nothing to store');

    const bad = file('bad.csv', csvHeader() + csvRows([{ ...ROW, id: 'row-9', postal_code: '7990' }]));
    const refused = await runCli([bad, '--apply', '--lang', 'es'], env);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('  fila 1, postal_code: ');
    expect(refused.stdout).toContain('No se guardó nada');

    const unknown = await runCli([at, '--apply', '--publish', '--as', 'nobody@example.org'], env);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain('No moderator has the email nobody@example.org.');

    const moderator = await inCliDatabase(open, (h) => createTestModerator(h.db));
    const published = await runCli([at, '--apply', '--publish', '--as', moderator.email], env);
    expect(published).toMatchObject({ code: 0, stderr: '' });
    expect(published.stdout).toContain(`Published 2 listings as ${moderator.email}.`);
    const log = await inCliDatabase(open, (h) =>
      h.db.selectFrom('moderation_log').select(['moderator_id', 'action']).execute(),
    );
    expect(log).toEqual([
      { moderator_id: moderator.id, action: 'approve' },
      { moderator_id: moderator.id, action: 'approve' },
    ]);
  });
});
