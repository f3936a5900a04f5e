// Sigma settings by graph size (see size.ts for the choice and why).

import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { renderChoice } from './size';

export function sigmaSettingsFor(edges: number, nodes = 0): Partial<Settings> {
  const choice = renderChoice(edges, nodes);
  return {
    defaultEdgeType: choice.edgeType,
    edgeProgramClasses: { line: EdgeRectangleProgram, thin: EdgeLineProgram },
    defaultNodeType: choice.nodeType,
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
    hideEdgesOnMove: choice.hideOnMove,
    hideLabelsOnMove: choice.hideOnMove,
    labelRenderedSizeThreshold: choice.labelRenderedSizeThreshold,
  };
}
