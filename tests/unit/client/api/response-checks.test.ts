// The hand checks of API responses accept what the contract promises and name what is wrong otherwise.
import {
  checkListingDetail,
  checkSearchResponse,
  ResponseShapeError,
} from '../../../../client/src/api/response-checks';

const summary = {
  id: '8446d236-b6d9-4ef9-8aec-93f78eaf9d53',
  kind: 'shelter',
  name: 'A shelter',
  organizationName: 'An organization',
  location: { latitude: 31.7, longitude: -106.4, precision: 'approximate', city: 'El Paso', state: 'TX' },
  serviceArea: { type: 'radius', radiusKm: 50 },
  phones: [],
  languages: ['es'],
  acceptedGoods: ['books'],
  services: [],
  volunteerSkills: ['interpreting'],
  openNow: null,
  lastVerifiedOn: null,
  isDemo: true,
  mayBeOutOfDate: false,
};
const search = {
  origin: { latitude: 31.76, longitude: -106.49, source: 'zip', label: '79901 (El Paso, TX)', approximate: false },
  radiusKm: 50,
  bbox: null,
  results: [{ ...summary, distanceKm: 1.2 }],
  nationwide: [{ ...summary, location: null }],
  nextCursor: null,
};

test('a well-formed search response passes through unchanged', () => {
  expect(checkSearchResponse(search)).toBe(search);
});

test.each([
  ['no origin', { ...search, origin: undefined }, /origin/],
  ['a result without distance', { ...search, results: [summary] }, /results\[0\]\.distanceKm/],
  ['a result without id', { ...search, results: [{ ...summary, id: 7, distanceKm: 1 }] }, /results\[0\] id/],
  ['nationwide not a list', { ...search, nationwide: {} }, /results/],
  [
    'a result without its volunteer skills',
    { ...search, results: [{ ...summary, distanceKm: 1, volunteerSkills: undefined }] },
    /results\[0\]\.volunteerSkills/,
  ],
  ['an error body', { error: { code: 'unknown_zip' } }, /origin/],
  ['not an object', 'oops', /not an object/],
])('%s is a ResponseShapeError naming it', (_name, body, message) => {
  expect(() => checkSearchResponse(body)).toThrow(ResponseShapeError);
  expect(() => checkSearchResponse(body)).toThrow(message);
});

test('a listing detail needs its description, organization and matching details', () => {
  const detail = {
    ...summary,
    description: { en: 'Text' },
    organization: { name: 'Org' },
    hours: null,
    details: { kind: 'shelter', acceptedGoods: [] },
  };
  expect(checkListingDetail(detail)).toBe(detail);
  expect(() => checkListingDetail({ ...detail, details: { kind: 'task_force' } })).toThrow(/listing\.details/);
  expect(() => checkListingDetail({ ...detail, description: 'Text' })).toThrow(/listing\.description/);
});
