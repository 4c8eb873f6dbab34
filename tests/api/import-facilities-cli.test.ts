// `npm run import:facilities` as a real process: a file it cannot use is one message and exit code 1 before any
// database is opened; a good file is a dry run that changes nothing until --apply stores it, links the visitation
// program that names a facility as text, and a second apply changes nothing; a file with bad rows names each row and
// what to write, exits 1 and stores nothing; --lang es says it all in Spanish. On a PGlite DATA_DIR always, and on
// PostgreSQL too when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { migrateToLatest } from '../../server/db/migrate';
import { insertListing } from '../../server/listings/listings.writer';
import { inCliDatabase, runTsxCli, withCliDatabase } from '../helpers/cli-database';
import { databaseFingerprint } from '../helpers/import-fixtures';
import { aListing } from '../helpers/listing-fixtures';

jest.setTimeout(240_000);

const CLI = 'server/exchange/facility-import/import-facilities-cli.ts';
const run = (args: string[], env: Record<string, string>) => runTsxCli(CLI, args, env);
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'puente-facility-import-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const file = (name: string, lines: string[]) => {
  const at = path.join(folder, name);
  writeFileSync(at, `${lines.join('\r\n')}\r\n`);
  return at;
};

const HEADER =
  'code,name,type,operator,address,city,state,zip,latitude,longitude,ice_field_office,visiting_phone,source,source_url,as_of,sample';
const ROWS = [
  'TST-ELP,Test El Paso Processing Center,SPC,Test Operator,1 Test Way,El Paso,TX,79925,31.79,-106.38,El Paso,915-555-0100,Test list,https://example.org/list,2026-11-01,yes',
  'TST-JAIL,Test County Jail,county jail,Test Sheriff,,El Paso,TX,79938,,,El Paso,,Test list,,2026-11-01,',
  'TST-SAN,Test San Diego Facility,contract_facility,,,San Diego,CA,92154,32.57,-116.97,San Diego,,Test list,,2026-11-01,no',
];
const goodCsv = () => file('facilities.csv', [HEADER, ...ROWS]);

describe('a file it cannot use: one message, exit code 1, no database touched', () => {
  const neverCreated = () => ({
    DATA_DIR: path.join(os.tmpdir(), `puente-facility-import-never-${randomBytes(4).toString('hex')}`),
  });

  test('each fault, in English and in Spanish', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[path.join(folder, 'missing.csv')], /missing\.csv was not found/],
      [[file('sheet.xlsx', ['PK'])], /sheet\.xlsx is not a \.csv file/],
      [[file('short.csv', ['code,name', 'A,B'])], /lacks the required columns type, city, state, source, as_of/],
      [[file('corto.csv', ['codigo,nombre', 'A,B']), '--lang', 'es'], /le faltan las columnas obligatorias tipo/],
      [[], /usage: npm run import:facilities/],
    ];
    const env = neverCreated();
    const results = await Promise.all(cases.map(([args]) => run(args, env)));
    results.forEach((result, i) => {
      expect({ args: cases[i]![0], code: result.code, stdout: result.stdout }).toEqual({
        args: cases[i]![0],
        code: 1,
        stdout: '',
      });
      expect(result.stderr).toMatch(cases[i]![1]);
    });
    expect(existsSync(env.DATA_DIR)).toBe(false);
  });
});

test('a dry run changes nothing; --apply stores and links; again changes nothing; bad rows store nothing', async () => {
  await withCliDatabase(async (env, open) => {
    // A visitation program that names the first facility as text, before any facility exists.
    const programId = await inCliDatabase(open, async ({ db }) => {
      await migrateToLatest(db);
      return insertListing(
        db,
        aListing(
          'visitation_program',
          { latitude: 31.77, longitude: -106.44 },
          {
            details: {
              kind: 'visitation_program',
              facility: { name: 'test el paso  PROCESSING center', city: 'El Paso', state: 'TX' },
            },
          },
        ),
      );
    });
    const fingerprint = () => inCliDatabase(open, ({ db }) => databaseFingerprint(db));
    const at = goodCsv();

    const before = await fingerprint();
    const dry = await run([at], env);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toMatch(/^ {2}1 {2}new +TST-ELP +Test El Paso Processing Center$/m);
    expect(dry.stdout).toMatch(/^ {2}2 {2}new +TST-JAIL +Test County Jail$/m);
    expect(dry.stdout).toContain("No coordinates, placed at the ZIP code's centre: rows 2");
    expect(dry.stdout).toMatch(/new facilities +3/);
    expect(dry.stdout).toContain('Visitation programs that would be linked to a facility by name and state: 1;');
    expect(dry.stdout).toContain('Dry run: nothing was stored.');
    expect(await fingerprint()).toEqual(before);

    const applied = await run([at, '--apply'], env);
    expect(applied).toMatchObject({ code: 0, stderr: '' });
    expect(applied.stdout).toContain('Stored 3 facilities (new or changed).');
    expect(applied.stdout).toContain('Visitation programs now linked to a facility by name and state: 1;');
    const stored = await inCliDatabase(open, async ({ db }) => ({
      facilities: await db
        .selectFrom('facility')
        .select(['code', 'type', 'is_sample', 'postal_code'])
        .orderBy('code')
        .execute(),
      links: await db.selectFrom('listing_facility').select(['listing_id', 'role']).execute(),
      code: (
        await sql<{ code: string }>`SELECT details->'facility'->>'code' AS code FROM listing_content
          WHERE listing_id = ${programId}`.execute(db)
      ).rows[0]?.code,
    }));
    expect(stored).toEqual({
      facilities: [
        { code: 'TST-ELP', type: 'ice_processing_center', is_sample: true, postal_code: '79925' },
        { code: 'TST-JAIL', type: 'county_jail', is_sample: false, postal_code: '79938' },
        { code: 'TST-SAN', type: 'contract_facility', is_sample: false, postal_code: '92154' },
      ],
      links: [{ listing_id: programId, role: 'visits' }],
      code: 'TST-ELP',
    });

    const afterApply = await fingerprint();
    const again = await run([at, '--apply'], env);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/changed +0/);
    expect(again.stdout).toMatch(/unchanged +3/);
    expect(again.stdout).toContain('Nothing to store: every facility is as the database already has it.');
    expect(await fingerprint()).toEqual(afterApply);

    const edited = file('edited.csv', [
      HEADER,
      ROWS[0]!.replace('Test Operator', 'Another Operator'),
      ...ROWS.slice(1),
    ]);
    const changed = await run([edited, '--apply'], env);
    expect(changed.stdout).toMatch(/^ {2}1 {2}changed +TST-ELP/m);
    expect(changed.stdout).toContain('Stored 1 facility (new or changed).');

    const beforeBad = await fingerprint();
    const bad = file('bad.csv', [
      HEADER,
      'NEW-1,A New Facility,contract_facility,,,El Paso,TX,79901,,,,,Test list,,2026-11-01,',
      'BAD-TYPE,Bad Type,prison,,,El Paso,TX,79901,,,,,Test list,,2026-11-01,',
      'BAD-ORR,Valley Shelter,ORR shelter,,,El Paso,TX,79901,,,,,Test list,,2026-11-01,',
      'BAD-STATE,Bad State,other,,,El Paso,XX,79901,,,,,Test list,,2026-11-01,',
      'BAD-POINT,No Point,other,,,El Paso,TX,,,,,,Test list,,2026-11-01,',
      'BAD-DATE,Bad Date,other,,,El Paso,TX,79901,,,,,Test list,,11/01/2026,',
      'new-1,Same Code Again,other,,,El Paso,TX,79901,,,,,Test list,,2026-11-01,',
      "BAD-NAME,Sunrise Children's Shelter,other,,,El Paso,TX,79901,,,,,Test list,,2026-11-01,",
    ]);
    const refused = await run([bad, '--apply'], env);
    expect(refused.code).toBe(1);
    const issueLines = refused.stdout.split('\n').filter((line) => /^ {2}row \d+/.test(line));
    expect(issueLines).toEqual([
      expect.stringMatching(/^ {2}row 2, type: unknown_value: "prison" is not a type of facility; write one of /),
      expect.stringMatching(/^ {2}row 3, type: orr_shelter_refused: Children's shelters run for ORR are never listed/),
      expect.stringMatching(/^ {2}row 4, state: invalid_parameter: "XX" is not a US state; write its two-letter code/),
      expect.stringMatching(/^ {2}row 5: invalid_parameter: write the latitude and longitude, or a ZIP code/),
      expect.stringMatching(
        /^ {2}row 6, as_of: invalid_parameter: "11\/01\/2026" is not a date; write it as YYYY-MM-DD/,
      ),
      expect.stringMatching(/^ {2}row 7, code: duplicate_code: the code new-1 is also on row 1;/),
      expect.stringMatching(/^ {2}row 8, name: invalid_parameter: Children's shelters run for ORR are never listed/),
    ]);
    expect(refused.stdout).toContain('Nothing was stored: 7 rows have issues.');
    expect(await fingerprint()).toEqual(beforeBad);

    const spanish = await run([bad, '--apply', '--lang', 'es'], env);
    expect(spanish.code).toBe(1);
    expect(spanish.stdout).toContain('  fila 2, type: unknown_value: "prison" no es un tipo de centro; escriba uno de');
    expect(spanish.stdout).toContain(
      '  fila 5: invalid_parameter: escriba la latitud y la longitud, o un código postal',
    );
    expect(spanish.stdout).toContain(
      '  fila 8, name: invalid_parameter: Los albergues para niños de la ORR nunca se publican como centros de detención',
    );
    expect(spanish.stdout).toContain('No se guardó nada: 7 filas tienen problemas.');
    expect(await fingerprint()).toEqual(beforeBad);
  });
});
