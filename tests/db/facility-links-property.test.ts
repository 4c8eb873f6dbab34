// The free-text matching rule (linkFreeTextFacilities, the same SQL as migration 20261205T0910): for any facility
// name, the name written in any case, with any spacing and with or without its accents, in the same state, links;
// a name with one letter changed, or the right name in another state, does not.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { aListing } from '../helpers/listing-fixtures';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { linkFreeTextFacilities } from '../../server/facilities/facility-links';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

const LETTERS = 'abcdefghijklmnopqrstuvwxyzáéíóúüñ'.split('');
const name = fc
  .array(fc.constantFrom(...LETTERS, ' '), { minLength: 3, maxLength: 30 })
  .map((chars) => chars.join('').trim().replace(/\s+/g, ' '))
  .filter((n) => /\p{L}{2}/u.test(n));

// The same name as a person might type it: each letter's case flipped or not, spaces added or dropped, accents kept
// or stripped.
const typedAs = (original: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), fc.boolean()).map(([flips, stripAccents]) => {
    const letters = original.replace(/\s+/g, '').split('');
    const typed = letters
      .map((c, i) => (flips[i] ? c.toUpperCase() : c) + (flips[i + 30] ? ' ' : ''))
      .join('')
      .trim();
    return stripAccents ? typed.normalize('NFD').replace(/\p{M}+/gu, '') : typed;
  });

// Stores the facility and a program naming it so, links, and rolls everything back; true when the program was linked.
async function links(facilityName: string, typed: string, state: 'TX' | 'NM'): Promise<boolean> {
  const outcome = await database.db
    .transaction()
    .execute(async (trx) => {
      await upsertFacility(trx, { code: 'P', name: facilityName, type: 'other', city: 'El Paso', state: 'TX', latitude: 31.8, longitude: -106.4, sourceName: 'Test', asOf: '2026-11-30' }); // prettier-ignore
      const details = { kind: 'visitation_program' as const, facility: { name: typed, city: 'El Paso', state } };
      await insertListing(trx, aListing('visitation_program', { latitude: 31.76, longitude: -106.48 }, { details }));
      const { matched } = await linkFreeTextFacilities(trx);
      throw Object.assign(new Error('roll back'), { matched });
    })
    .catch((err: { matched?: number }) => {
      if (err.matched === undefined) throw err;
      return err.matched;
    });
  return outcome === 1;
}

test('any name typed in any case, spacing and accents links, in the same state only', async () => {
  await fc.assert(
    fc.asyncProperty(
      name.chain((n) => fc.tuple(fc.constant(n), typedAs(n))),
      async ([facilityName, typed]) => {
        expect({ facilityName, typed, linked: await links(facilityName, typed, 'TX') }).toEqual({ facilityName, typed, linked: true }); // prettier-ignore
        expect(await links(facilityName, typed, 'NM')).toBe(false);
      },
    ),
    { numRuns: 40 },
  );
});

test('a name with one letter changed never links', async () => {
  await fc.assert(
    fc.asyncProperty(name, fc.nat(), async (facilityName, at) => {
      const letters = [...facilityName];
      const positions = letters.flatMap((c, i) => (/[a-z]/.test(c) ? [i] : []));
      fc.pre(positions.length > 0);
      const i = positions[at % positions.length]!;
      letters[i] = letters[i] === 'x' ? 'y' : 'x';
      expect(await links(facilityName, letters.join(''), 'TX')).toBe(false);
    }),
    { numRuns: 40 },
  );
});
