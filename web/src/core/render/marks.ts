// Beispieldaten on the canvas, marked by shape and not by colour alone (as the badge in the
// panels is a word on hatching): an invented node is drawn with a white ring inside its disc
// (@sigma/node-border), a small one as a hollow ring; an invented relation is drawn curved (@sigma/edge-curve) where
// the edges are few enough for the curve's shader (size.ts). The marks are display data that
// sigma's reducers set, so the graph itself, and what the exports write from it, stays as it is.

import EdgeCurveProgram from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';

/** The program name of the marks, among the node programs and among the edge programs. */
export const SYNTHETIC = 'synthetic';

/**
 * The rim and the white ring inside it, in screen pixels. A node with a radius under about 4 px
 * has no room for a core and is drawn hollow; a larger one keeps its colour in the core, so that
 * kinds and groups still read by colour where (at Germany scale) every node is invented.
 */
export const RING_PX = 1.5;

/** Invented nodes: the node's colour as a rim and a core, a white ring between them. */
export const NodeRingProgram = createNodeBorderProgram({
  borders: [
    { size: { value: RING_PX, mode: 'pixels' }, color: { attribute: 'color' } },
    { size: { value: RING_PX, mode: 'pixels' }, color: { value: '#ffffff' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

export { EdgeCurveProgram };

/**
 * Gives an invented node or relation (attribute `synthetic: true`) the program of its mark. For
 * sigma's reducers, which hand over a copy of the attributes: the copy is changed in place (a
 * reducer runs for each of up to 100,000 edges on a refresh).
 */
export function mark<T extends { synthetic?: unknown; type?: string }>(data: T): T {
  if (data.synthetic === true) data.type = SYNTHETIC;
  return data;
}
