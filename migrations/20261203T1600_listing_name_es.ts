// Frozen in time: a listing may have a Spanish name of its own (ACNUR for UNHCR), and the national lines seeded before
// this migration get theirs. Never import application code here: the ids and names are written out as they were seeded.
import { Kysely, sql } from 'kysely';

/** The national lines' Spanish names as this migration writes them (a test checks they match the seeds). */
// The national lines by their stable seed ids (seeds/seed.ts, seedId), with the English name they were seeded with: a
// row a moderator has renamed since is left alone, since its Spanish name may no longer fit.
export const NATIONAL_NAMES_ES: ReadonlyArray<[id: string, english: string, spanish: string]> = [
  ['cf0e1553-7135-44da-8805-4d8dbda2c0c8', 'UNHCR detention hotline', 'Línea de ACNUR para personas detenidas'],
  [
    'e0a7a9a6-1342-46a5-8ebb-f4543a5a6746',
    'American Immigration Lawyers Association: immigration lawyer search',
    'Asociación Estadounidense de Abogados de Inmigración (AILA): buscador de abogados',
  ],
  [
    '9a7df934-b624-49c4-80e0-07b41e553e40',
    'Office of Refugee Resettlement: care of unaccompanied children',
    'Oficina de Reasentamiento de Refugiados (ORR): cuidado de niños no acompañados',
  ],
  [
    '98d5f9bb-e985-408c-84f8-b8941b26dede',
    'US Conference of Catholic Bishops: foster care for unaccompanied children',
    'Conferencia de Obispos Católicos de EE. UU.: hogares de crianza para niños no acompañados',
  ],
  [
    '180413aa-0070-42aa-8b6f-784b01fdd708',
    'Global Refuge: foster care for unaccompanied children',
    'Global Refuge: hogares de crianza para niños no acompañados',
  ],
  ['ab2fb5cb-7162-462d-8658-cc7da9000083', "Women's Refugee Commission", 'Comisión de Mujeres Refugiadas'],
];

// The search text gains the Spanish name at its end (as ' \n ' + name, the writer's separator), so "ACNUR" finds it.
const SEPARATOR = ' \n ';

/** Adds listing.name_es and fills it in for the seeded national lines, their search text too. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE listing ADD COLUMN name_es text`.execute(db); // NULL: the listing has one name, shown in both languages
  for (const [id, english, spanish] of NATIONAL_NAMES_ES) {
    const updated =
      await sql`UPDATE listing SET name_es = ${spanish} WHERE id = ${id}::uuid AND name = ${english} AND name_es IS NULL`.execute(
        db,
      );
    if (Number(updated.numAffectedRows ?? 0) === 0) continue;
    await sql`UPDATE listing_content SET search_document = search_document || ${SEPARATOR + spanish} WHERE listing_id = ${id}::uuid`.execute(
      db,
    );
  }
}

/** Takes each Spanish name back out of its search text (where the writer or `up` put it), then drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE listing_content AS c SET search_document = replace(c.search_document, ${SEPARATOR} || l.name_es, '')
    FROM listing AS l WHERE l.id = c.listing_id AND l.name_es IS NOT NULL`.execute(db);
  await sql`ALTER TABLE listing DROP COLUMN name_es`.execute(db);
}
