// Sigma settings by graph size (see size.ts for the choice and why).
// Every program a renderer registers is compiled when it is built, used or not, and in software
// WebGL the first frame waits for all of them; so a renderer gets only the node and edge program
// its graph is drawn with. Sigma registers its default keys (nodes `circle`, edges `line` and
// `arrow`) whatever the settings say: those keys get the chosen programs too (no node or edge
// here names a type of its own; all are drawn with the defaults below).

import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { renderChoice } from './size';

export function sigmaSettingsFor(edges: number, nodes = 0): Partial<Settings> {
  const choice = renderChoice(edges, nodes);
  const NodeProgram = choice.nodeType === 'point' ? NodePointProgram : NodeCircleProgram;
  const EdgeProgram = choice.edgeType === 'thin' ? EdgeLineProgram : EdgeRectangleProgram;
  return {
    defaultEdgeType: choice.edgeType,
    edgeProgramClasses: { line: EdgeProgram, arrow: EdgeProgram, [choice.edgeType]: EdgeProgram },
    defaultNodeType: choice.nodeType,
    nodeProgramClasses: { circle: NodeProgram, [choice.nodeType]: NodeProgram },
    hideEdgesOnMove: choice.hideOnMove,
    hideLabelsOnMove: choice.hideOnMove,
    labelRenderedSizeThreshold: choice.labelRenderedSizeThreshold,
  };
}
