// How far from the map's edges a fitted view keeps what it fits, so that no marker lands under
// the zoom buttons, the map key, the attribution or a notice. Each control gives up the side
// that costs the least of the map (a tall phone map gives up its top to the zoom buttons; a wide
// desktop map its left to an open key). Unit-tested in tests/unit/client/map/fit-padding.test.ts.

/** A control's box, pixels from the map's top-left corner. */
export interface OverlayRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Padding per side, pixels. */
export interface FitPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The share of each dimension the fitted content keeps at least, however many controls there are. */
const MIN_CONTENT_SHARE = 0.2;

/** The padding that keeps `clearance` px (half a marker) between fitted points and every control in `overlays`. */
export function fitPadding(
  size: { width: number; height: number },
  overlays: readonly OverlayRect[],
  clearance: number,
): FitPadding {
  const taken = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const rect of overlays) {
    if (rect.right <= rect.left || rect.bottom <= rect.top) continue; // hidden
    const nearTop = (rect.top + rect.bottom) / 2 < size.height / 2;
    const nearLeft = (rect.left + rect.right) / 2 < size.width / 2;
    const vertical = nearTop ? rect.bottom : size.height - rect.top;
    const horizontal = nearLeft ? rect.right : size.width - rect.left;
    if (vertical / size.height <= horizontal / size.width) {
      if (nearTop) taken.top = Math.max(taken.top, vertical);
      else taken.bottom = Math.max(taken.bottom, vertical);
    } else if (nearLeft) taken.left = Math.max(taken.left, horizontal);
    else taken.right = Math.max(taken.right, horizontal);
  }
  const [top, bottom] = shrinkToFit(taken.top + clearance, taken.bottom + clearance, size.height);
  const [left, right] = shrinkToFit(taken.left + clearance, taken.right + clearance, size.width);
  return { top, right, bottom, left };
}

// Two paddings scaled down together (whole pixels, rounded down) when they would leave less than MIN_CONTENT_SHARE of `length`.
function shrinkToFit(a: number, b: number, length: number): [number, number] {
  const room = length * (1 - MIN_CONTENT_SHARE);
  if (a + b <= room) return [a, b];
  const scale = room / (a + b);
  return [Math.floor(a * scale), Math.floor(b * scale)];
}
