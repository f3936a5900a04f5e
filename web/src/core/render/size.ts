// How to draw a graph of a given size (pure, so it is testable without WebGL). Above a few
// thousand edges, edges are 1-px GL lines hidden while the camera moves; above a few thousand
// nodes, nodes are GL points instead of circle quads: measured in headless Chromium with
// software WebGL, panning 10,000 nodes costs ~32 ms a frame as points and ~200 ms as circles.

export const LARGE_GRAPH_EDGES = 5000;
export const LARGE_GRAPH_NODES = 3000;

export interface RenderChoice {
  nodeType: 'circle' | 'point';
  edgeType: 'line' | 'thin';
  hideOnMove: boolean;
  labelRenderedSizeThreshold: number;
}

export function renderChoice(edges: number, nodes = 0): RenderChoice {
  const large = edges > LARGE_GRAPH_EDGES;
  return {
    nodeType: nodes > LARGE_GRAPH_NODES ? 'point' : 'circle',
    edgeType: large ? 'thin' : 'line',
    hideOnMove: large,
    labelRenderedSizeThreshold: large ? 9 : 7,
  };
}
