// How to draw a graph of a given size (pure, so it is testable without WebGL). Above a few
// thousand edges, edges are 1-px GL lines hidden while the camera moves; above a few thousand
// nodes, nodes are GL points instead of circle quads: where WebGL runs in software (no GPU,
// headless Chromium) a frame of points costs a fraction of one of circles, which keeps panning
// a Germany-scale map fluid. Relations from Beispieldaten are drawn curved (their mark, next to
// the white ring of invented nodes, see marks.ts) while there are at most CURVED_EDGES_MAX edges:
// a curve's shader runs over a box a quarter as wide as the edge is long, and over thousands of
// long edges that was the largest part of the map's first frame in software WebGL (`pnpm bench
// web`); above that they are drawn as 1-px lines.

export const LARGE_GRAPH_EDGES = 5000;
export const LARGE_GRAPH_NODES = 3000;
export const CURVED_EDGES_MAX = 1000;

export interface RenderChoice {
  nodeType: 'circle' | 'point';
  edgeType: 'line' | 'thin';
  /** How a relation from Beispieldaten is drawn: curved, or (many edges) as the others are. */
  syntheticEdgeType: 'curve' | 'thin';
  hideOnMove: boolean;
  labelRenderedSizeThreshold: number;
}

export function renderChoice(edges: number, nodes = 0): RenderChoice {
  const large = edges > LARGE_GRAPH_EDGES;
  return {
    nodeType: nodes > LARGE_GRAPH_NODES ? 'point' : 'circle',
    edgeType: large ? 'thin' : 'line',
    syntheticEdgeType: edges > CURVED_EDGES_MAX ? 'thin' : 'curve',
    hideOnMove: large,
    // Node radii are 2 to 10 px at the initial view (core/landscape nodeSize): a network gets its
    // label from the start, an authority once the user zooms in on it.
    labelRenderedSizeThreshold: large ? 5 : 4,
  };
}
