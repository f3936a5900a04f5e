// Sigma settings by graph size (see size.ts for the choice and why), with the programs of the
// Beispieldaten marks (marks.ts) and reducers that set them from the first frame on.

import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { EdgeCurveProgram, mark, NodeRingProgram, SYNTHETIC } from './marks';
import { renderChoice } from './size';

export function sigmaSettingsFor(edges: number, nodes = 0): Partial<Settings> {
  const choice = renderChoice(edges, nodes);
  return {
    defaultEdgeType: choice.edgeType,
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      thin: EdgeLineProgram,
      [SYNTHETIC]: choice.syntheticEdgeType === 'curve' ? EdgeCurveProgram : EdgeLineProgram,
    },
    defaultNodeType: choice.nodeType,
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram, [SYNTHETIC]: NodeRingProgram },
    nodeReducer: (_node, data) => mark(data),
    edgeReducer: (_edge, data) => mark(data),
    hideEdgesOnMove: choice.hideOnMove,
    hideLabelsOnMove: choice.hideOnMove,
    labelRenderedSizeThreshold: choice.labelRenderedSizeThreshold,
  };
}
