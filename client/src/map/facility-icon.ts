// The detention facilities' marker: an octagon with cell bars, unlike every kind's shape (kind-shapes.ts), so a
// facility never reads as a place that helps; dark with white bars, it keeps 3:1 against the map and in greyscale.
// Drawn in a 24 x 24 box like the kinds' shapes (docs/decisions/0063-facility-layer.md).

/** The octagon, its fill and the bars inside it. */
export const FACILITY_SHAPE = {
  outline: 'M7.2 1h9.6L23 7.2v9.6L16.8 23H7.2L1 16.8V7.2Z',
  bars: 'M7.6 6.5h1.8v11H7.6ZM11.1 6.5h1.8v11h-1.8ZM14.6 6.5h1.8v11h-1.8Z',
  fill: '#2f3640', // near-black slate: about 12:1 against a light map, distinct from the kinds' Okabe-Ito colours
} as const;

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG of the facility marker, `size` CSS pixels; decorative (aria-hidden): its meaning is always also written out. */
export function facilityIcon(size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('facility-icon');
  const outline = document.createElementNS(SVG, 'path');
  outline.setAttribute('d', FACILITY_SHAPE.outline);
  outline.setAttribute('fill', FACILITY_SHAPE.fill);
  outline.setAttribute('stroke', '#ffffff');
  outline.setAttribute('stroke-width', '1.5');
  outline.setAttribute('stroke-linejoin', 'round');
  const bars = document.createElementNS(SVG, 'path');
  bars.setAttribute('d', FACILITY_SHAPE.bars);
  bars.setAttribute('fill', '#ffffff');
  svg.append(outline, bars);
  return svg;
}
