// `npm run bench:import`: 10,000 generated CSV rows (every kind, some pinned at a ZIP's centre, some confidential, some
// shelters with no privacy given) imported twice into a fresh in-memory PGlite each time: once with --apply (pending
// submissions) and once with --publish (published and logged). Read, validated and stored as the CLI does it. Prints
// figures only: the target (under 60 s for 10,000 rows) is the issue's, past runs are in the commit log.
// `npm run bench:import -- --rows 2000` for a shorter run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import type { FlatListing } from '../server/exchange/listing-columns';
import { csvHeader, csvRows } from '../server/exchange/write-listings-csv';
import { readImportFile } from '../server/exchange/import/read-import-file';
import { runImport, type ImportReport } from '../server/exchange/import/run-import';
import { upsertModerator } from '../server/moderation/moderator-accounts.queries';
import { LISTING_KINDS, type ListingKind } from '../server/contract/vocabulary';

const ROWS = process.argv.includes('--rows') ? Number(process.argv[process.argv.indexOf('--rows') + 1]) : 10_000;
const TARGET_SECONDS = 60;
const MODERATOR = 'bench.moderator@example.org';

// ZIP codes the gazetteer knows, with a city in them: rows without coordinates are pinned at their centres.
const PLACES = [
  { zip: '79901', city: 'El Paso', state: 'TX', latitude: 31.7587, longitude: -106.4869 },
  { zip: '77002', city: 'Houston', state: 'TX', latitude: 29.7569, longitude: -95.3621 },
  { zip: '78205', city: 'San Antonio', state: 'TX', latitude: 29.4246, longitude: -98.4895 },
  { zip: '88001', city: 'Las Cruces', state: 'NM', latitude: 32.3199, longitude: -106.7637 },
] as const;

/** Row `i` of the generated file: the kinds in turn, every seventh row ZIP-only, every shelter confidential or blank. */
function generatedRow(i: number): FlatListing {
  const kind = LISTING_KINDS[i % LISTING_KINDS.length] as ListingKind;
  const place = PLACES[i % PLACES.length]!;
  const zipOnly = i % 7 === 3;
  const row: FlatListing = {
    id: `bench-${i}`,
    kind,
    name: `Bench ${kind.replace('_', ' ')} ${i}`,
    organization_name: `Bench organization ${i}`,
    organization_email: `org${i}@example.org`,
    description_en: `A generated ${kind.replace('_', ' ')} for the import bench, row ${i}.`,
    description_es: `Un ${kind} generado para la prueba de importación, fila ${i}.`,
    // Shelters: every other one says confidential, the rest leave it blank (confidential by default).
    ...(kind === 'shelter' ? (i % 2 ? { privacy: 'confidential' } : {}) : { privacy: 'exact' }),
    address_1: `${100 + (i % 900)} Generated Ave`,
    city: place.city,
    state: place.state,
    postal_code: place.zip,
    ...(zipOnly
      ? {}
      : { latitude: place.latitude + (i % 100) * 0.0007, longitude: place.longitude - (i % 97) * 0.0007 }),
    phones: `915-555-${String(i % 10_000).padStart(4, '0')}`,
    languages: 'en;es',
    last_verified_on: '2026-11-20',
  };
  if (kind === 'shelter') Object.assign(row, { accepted_goods: 'clothing;books', volunteer_activities: 'tutoring' });
  if (kind === 'visitation_program')
    Object.assign(row, { facility_name: 'Otero Processing Center', facility_city: 'Chaparral', facility_state: 'NM' });
  if (kind === 'accompaniment') Object.assign(row, { services: 'court;ice_checkin' });
  if (kind === 'task_force')
    Object.assign(row, {
      jurisdiction_level: 'county',
      jurisdiction_name: `${place.city} County`,
      jurisdiction_state: place.state,
      government_body: `${place.city} County Commissioners Court`,
    });
  if (kind === 'foster_care') row.serves_unaccompanied_children = 'yes';
  return row;
}

interface Figures {
  mode: string;
  seconds: number;
  readSeconds: number;
  report: ImportReport;
}

async function importOnce(file: string, mode: 'apply' | 'publish'): Promise<Figures> {
  const handle = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(handle.db);
    if (mode === 'publish') await upsertModerator(handle.db, MODERATOR, 'not-a-password-hash');
    const started = performance.now();
    const read = await readImportFile(file, 'en');
    const readSeconds = (performance.now() - started) / 1000;
    if (!read.read.ok) throw new Error(read.read.fault.message);
    const report = await runImport(handle.db, read.read, {
      fileName: read.fileName,
      locale: 'en',
      apply: true,
      ...(mode === 'publish' ? { publishAs: MODERATOR } : {}),
      now: new Date(),
      ...(read.columnFor ? { columnFor: read.columnFor } : {}),
    });
    const seconds = (performance.now() - started) / 1000;
    if (report.outcome !== 'stored')
      throw new Error(`the ${mode} import did not store: ${JSON.stringify(report.issues.slice(0, 3))}`);
    return { mode, seconds, readSeconds, report };
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'puente-import-bench-'));
  try {
    const file = path.join(folder, 'bench-listings.csv');
    const rows = Array.from({ length: ROWS }, (_, i) => generatedRow(i + 1));
    writeFileSync(file, csvHeader() + csvRows(rows));
    console.log(`Generated ${ROWS} rows in ${file}; importing into a fresh in-memory PGlite each time.`);
    for (const mode of ['apply', 'publish'] as const) {
      const { seconds, readSeconds, report } = await importOnce(file, mode);
      const s = report.summary;
      console.log(
        `--${mode}: ${report.stored} rows stored in ${seconds.toFixed(1)} s (read ${readSeconds.toFixed(1)} s), ` +
          `${Math.round(ROWS / seconds)} rows/s; ${s.zipCentres} at a ZIP centre, ${s.confidentialByDefault} ` +
          `confidential by default; ${seconds < TARGET_SECONDS ? 'under' : 'OVER'} the ${TARGET_SECONDS} s target`,
      );
    }
    console.log(`Peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
