// The padding a fitted view keeps so that no marker ends under the map's own controls.
import { fitPadding } from '../../../../client/src/map/fit-padding';

const phone = { width: 360, height: 688 };
const desktop = { width: 880, height: 744 };
const clearance = 25;

test('with no controls every side keeps the clearance a marker needs', () => {
  expect(fitPadding(phone, [], clearance)).toEqual({ top: 25, right: 25, bottom: 25, left: 25 });
});

test('a control in a corner pushes the side it costs least to give up, relative to the map', () => {
  const zoom = { left: 306, top: 10, right: 350, bottom: 76 }; // top right, taller than wide
  // On a tall phone map 76 of 688 px is cheaper than 54 of 360 px: the top gives way.
  expect(fitPadding(phone, [zoom], clearance)).toEqual({ top: 101, right: 25, bottom: 25, left: 25 });
  // A legend 300 px tall and 180 px wide at the bottom left of a wide map: the left gives way.
  const legend = { left: 10, top: 434, right: 190, bottom: 734 };
  expect(fitPadding(desktop, [legend], clearance)).toEqual({ top: 25, right: 25, bottom: 25, left: 215 });
});

test('a notice across the top pushes the top; the largest control on a side sets it', () => {
  const notice = { left: 10, top: 10, right: 296, bottom: 62 };
  const zoom = { left: 306, top: 10, right: 350, bottom: 76 };
  const attribution = { left: 250, top: 670, right: 360, bottom: 688 };
  const legend = { left: 10, top: 646, right: 130, bottom: 678 };
  expect(fitPadding(phone, [notice, zoom, attribution, legend], clearance)).toEqual({
    top: 101,
    right: 25,
    bottom: 67,
    left: 25,
  });
});

test('on a map too small for its controls the padding leaves at least a fifth of each side to fit into', () => {
  const tiny = { width: 200, height: 150 };
  const banner = { left: 0, top: 0, right: 200, bottom: 120 };
  const padding = fitPadding(tiny, [banner], clearance);
  expect(tiny.height - padding.top - padding.bottom).toBeGreaterThanOrEqual(tiny.height / 5);
  expect(tiny.width - padding.left - padding.right).toBeGreaterThanOrEqual(tiny.width / 5);
});

test('hidden controls (no size) take no room', () => {
  expect(fitPadding(phone, [{ left: 0, top: 0, right: 0, bottom: 0 }], clearance)).toEqual({
    top: 25,
    right: 25,
    bottom: 25,
    left: 25,
  });
});
