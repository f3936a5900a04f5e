// Sigma settings by graph size: above a few thousand edges, edges are drawn as 1-px GL lines and
// hidden while the camera moves, so panning a Germany-scale landscape stays fluid.

import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';

export const LARGE_GRAPH_EDGES = 5000;

export function sigmaSettingsFor(edges: number): Partial<Settings> {
  const large = edges > LARGE_GRAPH_EDGES;
  return {
    defaultEdgeType: large ? 'thin' : 'line',
    edgeProgramClasses: { line: EdgeRectangleProgram, thin: EdgeLineProgram },
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelRenderedSizeThreshold: large ? 9 : 7,
  };
}
