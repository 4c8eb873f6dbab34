// The hand check of GET /api/v1/facilities answers: what the contract promises passes (checked against the zod schema
// itself), and a result missing or mistyping any field the map and the form read is refused by name.
import fc from 'fast-check';
import { checkFacilitySearchResponse } from '../../../../client/src/api/facilities.api';
import { ResponseShapeError } from '../../../../client/src/api/response-checks';
import { FacilitySearchResponse } from '@contract/facility';

const facility = {
  id: '0b6f3c2e-8f0d-4a63-9d52-5f1e7f3a9c11',
  code: 'SAMPLE-ELP',
  name: 'Sample El Paso Processing Center',
  type: 'ice_processing_center',
  address: { city: 'El Paso', state: 'TX' },
  latitude: 31.79,
  longitude: -106.38,
  source: { name: 'Puente demo data' },
  asOf: '2026-11-01',
  isSample: true,
  visitorCount: 1,
  distanceKm: 3.2,
};
const answer = {
  origin: { latitude: 31.76, longitude: -106.49, source: 'bbox', label: 'map area', approximate: false },
  radiusKm: null,
  results: [facility],
};

/** The fields the layer and the form read, as paths into a result. */
const READ = [
  ['id'],
  ['code'],
  ['name'],
  ['type'],
  ['latitude'],
  ['longitude'],
  ['visitorCount'],
  ['isSample'],
  ['address', 'city'],
  ['address', 'state'],
];

function without(path: string[], replacement: unknown): unknown {
  const copy = structuredClone(facility) as Record<string, unknown>;
  const parent = path.length === 2 ? (copy[path[0]!] as Record<string, unknown>) : copy;
  const key = path[path.length - 1]!;
  if (replacement === undefined) delete parent[key];
  else parent[key] = replacement;
  return { ...answer, results: [facility, copy] };
}

test('an answer the contract accepts passes unchanged', () => {
  expect(FacilitySearchResponse.safeParse(answer).success).toBe(true);
  expect(checkFacilitySearchResponse(answer)).toBe(answer);
  expect(checkFacilitySearchResponse({ ...answer, results: [] })).toEqual({ ...answer, results: [] });
});

test('a result with any read field missing or of another type is refused, naming the result', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...READ),
      fc.oneof(fc.constant(undefined), fc.constant(null), fc.object(), fc.array(fc.integer())),
      (path, replacement) => {
        expect(() => checkFacilitySearchResponse(without(path, replacement))).toThrow(
          new ResponseShapeError('unexpected response: facilities results[1]'),
        );
      },
    ),
  );
});

test('an answer that is not one is refused', () => {
  for (const bad of [null, 'text', [], {}, { results: 'none' }])
    expect(() => checkFacilitySearchResponse(bad)).toThrow(ResponseShapeError);
});
