// Light checks of what the API sends, by hand rather than with the zod contract (which would put zod and
// the whole contract in the page: docs/decisions/0011-map-client-without-a-ui-framework.md): enough that a
// wrong or truncated answer becomes a clear error here instead of an exception deep in the rendering code. The types
// come from the contract.
import type { ListingDetail, ListingSummary } from '@contract/listing';
import type { SearchResponse } from '@contract/search';

/** Thrown when a response does not have the shape the contract promises. */
export class ResponseShapeError extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function expect(condition: boolean, what: string): asserts condition {
  if (!condition) throw new ResponseShapeError(`unexpected response: ${what}`);
}

/** The value as a SearchResponse, or a ResponseShapeError naming what is wrong. */
export function checkSearchResponse(value: unknown): SearchResponse {
  expect(isObject(value), 'not an object');
  const origin = value.origin;
  expect(isObject(origin) && typeof origin.latitude === 'number' && typeof origin.longitude === 'number', 'origin');
  expect(typeof origin.label === 'string' && typeof origin.approximate === 'boolean', 'origin label');
  expect(value.radiusKm === null || typeof value.radiusKm === 'number', 'radiusKm');
  expect(Array.isArray(value.results) && Array.isArray(value.nationwide), 'results');
  value.results.forEach((result, i) => {
    checkSummary(result, `results[${i}]`);
    expect(typeof (result as Json).distanceKm === 'number', `results[${i}].distanceKm`);
  });
  value.nationwide.forEach((result, i) => checkSummary(result, `nationwide[${i}]`));
  expect(value.nextCursor === null || typeof value.nextCursor === 'string', 'nextCursor');
  return value as unknown as SearchResponse;
}

/** The value as a ListingDetail, or a ResponseShapeError. */
export function checkListingDetail(value: unknown): ListingDetail {
  checkSummary(value, 'listing');
  const listing = value as Json;
  expect(
    isObject(listing.description) &&
      (typeof listing.description.en === 'string' || typeof listing.description.es === 'string'),
    'listing.description',
  );
  expect(isObject(listing.organization) && typeof listing.organization.name === 'string', 'listing.organization');
  expect(isObject(listing.details) && listing.details.kind === listing.kind, 'listing.details');
  expect(listing.hours === null || isObject(listing.hours), 'listing.hours');
  return value as unknown as ListingDetail;
}

function checkSummary(value: unknown, where: string): asserts value is ListingSummary {
  expect(isObject(value), where);
  expect(
    typeof value.id === 'string' && typeof value.kind === 'string' && typeof value.name === 'string',
    `${where} id, kind, name`,
  );
  expect(typeof value.organizationName === 'string', `${where}.organizationName`);
  const location = value.location;
  expect(
    location === null ||
      (isObject(location) && typeof location.latitude === 'number' && typeof location.longitude === 'number'),
    `${where}.location`,
  );
  expect(Array.isArray(value.phones) && Array.isArray(value.languages), `${where} phones, languages`);
  expect(Array.isArray(value.acceptedGoods) && Array.isArray(value.services), `${where} acceptedGoods, services`);
  expect(Array.isArray(value.volunteerSkills), `${where}.volunteerSkills`); // the skill chips count them
  expect(typeof value.isDemo === 'boolean', `${where}.isDemo`);
  expect(typeof value.mayBeOutOfDate === 'boolean', `${where}.mayBeOutOfDate`);
}
