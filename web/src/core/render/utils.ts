// Sigma settings by graph size (see size.ts for the choice and why), with the programs of the
// Beispieldaten marks (marks.ts) and reducers that set them from the first frame on.
// Every program a renderer registers is compiled when it is built, used or not, and in software
// WebGL the first frame waits for all of them; so a renderer gets only the node and edge program
// its graph is drawn with, and the marks' two only where the graph holds invented data. Sigma
// registers its default keys (nodes `circle`, edges `line` and `arrow`) whatever the settings
// say: those keys get the chosen programs too.

import type Graph from 'graphology';
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { EdgeCurveProgram, mark, NodeRingProgram, SYNTHETIC } from './marks';
import { renderChoice } from './size';

/** `marks`: whether the graph holds Beispieldaten (their programs are compiled only then). */
export function sigmaSettingsFor(edges: number, nodes = 0, marks = true): Partial<Settings> {
  const choice = renderChoice(edges, nodes);
  const NodeProgram = choice.nodeType === 'point' ? NodePointProgram : NodeCircleProgram;
  const EdgeProgram = choice.edgeType === 'thin' ? EdgeLineProgram : EdgeRectangleProgram;
  return {
    defaultEdgeType: choice.edgeType,
    edgeProgramClasses: {
      line: EdgeProgram,
      arrow: EdgeProgram,
      [choice.edgeType]: EdgeProgram,
      ...(marks && { [SYNTHETIC]: choice.syntheticEdgeType === 'curve' ? EdgeCurveProgram : EdgeLineProgram }),
    },
    defaultNodeType: choice.nodeType,
    nodeProgramClasses: { circle: NodeProgram, [choice.nodeType]: NodeProgram, ...(marks && { [SYNTHETIC]: NodeRingProgram }) },
    ...(marks && { nodeReducer: (_node, data) => mark(data), edgeReducer: (_edge, data) => mark(data) }),
    hideEdgesOnMove: choice.hideOnMove,
    hideLabelsOnMove: choice.hideOnMove,
    labelRenderedSizeThreshold: choice.labelRenderedSizeThreshold,
  };
}

/** The map's look whatever its size: labels, camera bounds, z-order. */
const MAP_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: false,
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.6,
  labelGridCellSize: 80,
  labelFont: 'system-ui, sans-serif',
  labelSize: 13,
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 4,
};

const holdsSynthetic = (graph: Graph) =>
  graph.someNode((_node, a) => a.synthetic === true) || graph.someEdge((_edge, a) => a.synthetic === true);

/** A map renderer's settings for this graph (components/SigmaGraph; the label layer's drawing comes on top). */
export function mapSettingsFor(graph: Graph): Partial<Settings> {
  return { ...MAP_SETTINGS, ...sigmaSettingsFor(graph.size, graph.order, holdsSynthetic(graph)) };
}
