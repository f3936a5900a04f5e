// Beispieldaten on the canvas, marked by shape and not by colour alone (as the badge in the
// panels is a word on hatching): an invented node is drawn as a ring, its kind's colour around a
// white core (@sigma/node-border); an invented relation is drawn curved (@sigma/edge-curve) where
// the edges are few enough for the curve's shader (size.ts). The marks are display data that
// sigma's reducers set, so the graph itself, and what the exports write from it, stays as it is.

import EdgeCurveProgram from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';

/** The program name of the marks, among the node programs and among the edge programs. */
export const SYNTHETIC = 'synthetic';

/** The ring's width in screen pixels: a node from a radius of about 2.5 px shows a white core. */
export const RING_PX = 1.5;

/** Invented nodes: a ring in the node's colour around a white core. */
export const NodeRingProgram = createNodeBorderProgram({
  borders: [
    { size: { value: RING_PX, mode: 'pixels' }, color: { attribute: 'color' } },
    { size: { fill: true }, color: { value: '#ffffff' } },
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
