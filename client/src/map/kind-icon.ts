// The kind's shape as an inline SVG element, for map markers, the list and the map key.
import type { ListingKind } from '@contract/vocabulary';
import { KIND_SHAPES } from './kind-shapes';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG of the kind's shape, `size` CSS pixels; decorative (aria-hidden): the kind is always also written out. */
export function kindIcon(kind: ListingKind, size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('kind-icon', `kind-icon--${kind}`);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', KIND_SHAPES[kind].path);
  path.setAttribute('fill', KIND_SHAPES[kind].fill);
  path.setAttribute('stroke', '#ffffff');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
