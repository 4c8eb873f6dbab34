// Each kind of listing has its own marker shape, so the map reads without colour (and in
// greyscale print); the colour only helps. Paths are drawn in a 24 x 24 box.
import type { ListingKind } from '@contract/vocabulary';

/** How one kind is drawn. */
export interface KindShape {
  path: string; // SVG path data in a 0 0 24 24 view box
  fill: string; // Okabe-Ito colours, darkened to keep 3:1 against the map
}

/** The marker shape and colour of every kind. */
export const KIND_SHAPES: Readonly<Record<ListingKind, KindShape>> = {
  shelter: { path: 'M12 1.5 22.5 10v12.5h-21V10Z', fill: '#b34700' }, // a house
  visitation_program: { path: 'M3 3h18v18H3Z', fill: '#0b5f96' }, // a square
  accompaniment: { path: 'M12 1.5a10.5 10.5 0 1 0 0 21 10.5 10.5 0 1 0 0-21Z', fill: '#00735a' }, // a circle
  task_force: { path: 'M12 .8 23.2 12 12 23.2.8 12Z', fill: '#6a3d9a' }, // a diamond
  legal_help: { path: 'M12 1.5 23 21.5H1Z', fill: '#7a5c00' }, // a triangle
  foster_care: {
    path: 'M12 22C4.5 16 1 12.2 1 7.8A5.6 5.6 0 0 1 12 5.6 5.6 5.6 0 0 1 23 7.8C23 12.2 19.5 16 12 22Z',
    fill: '#a3336f',
  }, // a heart
};
