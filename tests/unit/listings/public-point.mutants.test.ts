// An exact listing is shown where it is: publicPointFor keeps its point to the last digit, and only a confidential
// one moves to its cell's centre (the mutant `npm run test:mutation` found that no test told apart: every listing
// moved, docs/decisions/0067-mutation-testing-with-stryker.md).
import fc from 'fast-check';
import { confidentialCellCentre, publicPointFor } from '../../../server/listings/public-point';

const aPoint = fc.record({
  latitude: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
  longitude: fc.double({ min: -179.9, max: 179.9, noNaN: true }),
});

test('an exact point is public as it is; a confidential one as its cell centre', () => {
  fc.assert(
    fc.property(aPoint, (point) => {
      expect(publicPointFor(point, 'exact')).toEqual(point);
      expect(publicPointFor(point, 'confidential')).toEqual(confidentialCellCentre(point));
    }),
  );
  // A point away from its cell's centre, so the two answers differ.
  const elPaso = { latitude: 31.7619, longitude: -106.485 };
  expect(publicPointFor(elPaso, 'exact')).toEqual(elPaso);
  expect(publicPointFor(elPaso, 'confidential')).not.toEqual(elPaso);
});
