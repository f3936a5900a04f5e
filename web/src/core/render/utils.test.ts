import { describe, expect, it, vi } from 'vitest';
import { LARGE_GRAPH_EDGES, LARGE_GRAPH_NODES } from './size';

// Sigma's programs read WebGL's constants when their module loads; Node has no WebGL. The
// classes are only compared here, nothing is drawn, so empty constants let the modules load.
vi.stubGlobal('WebGLRenderingContext', class {});
vi.stubGlobal('WebGL2RenderingContext', class {});
const { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } = await import('sigma/rendering');
const { resolveSettings } = await import('sigma/settings');
const { sigmaSettingsFor } = await import('./utils');
const { EdgeCurveProgram, NodeRingProgram, SYNTHETIC } = await import('./marks');

// What the renderer registers: sigma's defaults merged with ours, as its constructor does.
const registered = (edges: number, nodes: number, marks = false) => {
  const settings = resolveSettings(sigmaSettingsFor(edges, nodes, marks));
  return {
    nodes: new Set(Object.values(settings.nodeProgramClasses)),
    edges: new Set(Object.values(settings.edgeProgramClasses)),
    nodeType: settings.defaultNodeType,
    edgeType: settings.defaultEdgeType,
  };
};

describe('sigmaSettingsFor', () => {
  it('registers only the circle and rectangle programs for the real landscape', () => {
    const r = registered(341, 86);
    expect(r.nodes).toEqual(new Set([NodeCircleProgram]));
    expect(r.edges).toEqual(new Set([EdgeRectangleProgram]));
    expect([r.nodeType, r.edgeType]).toEqual(['circle', 'line']);
  });

  it('registers only GL points and thin lines at Germany scale, under every key sigma registers', () => {
    const r = registered(LARGE_GRAPH_EDGES + 1, LARGE_GRAPH_NODES + 1);
    expect(r.nodes).toEqual(new Set([NodePointProgram]));
    expect(r.edges).toEqual(new Set([EdgeLineProgram]));
    expect([r.nodeType, r.edgeType]).toEqual(['point', 'thin']);
  });

  it('adds the marks of Beispieldaten only where the graph holds them', () => {
    const small = registered(341, 86, true);
    expect(small.nodes).toEqual(new Set([NodeCircleProgram, NodeRingProgram]));
    expect(small.edges).toEqual(new Set([EdgeRectangleProgram, EdgeCurveProgram]));
    // Past the curve's edge budget an invented relation is a thin line, the program drawn anyway.
    const large = registered(LARGE_GRAPH_EDGES + 1, LARGE_GRAPH_NODES + 1, true);
    expect(large.nodes).toEqual(new Set([NodePointProgram, NodeRingProgram]));
    expect(large.edges).toEqual(new Set([EdgeLineProgram]));
    const settings = resolveSettings(sigmaSettingsFor(341, 86, true));
    expect(settings.nodeReducer?.('n', { synthetic: true } as never)).toMatchObject({ type: SYNTHETIC });
    expect(resolveSettings(sigmaSettingsFor(341, 86, false)).nodeReducer).toBeNull();
  });

  it('draws every edge and node with a registered program', () => {
    for (const [edges, nodes] of [
      [10, 10],
      [LARGE_GRAPH_EDGES + 1, 10],
      [10, LARGE_GRAPH_NODES + 1],
    ] as const) {
      const settings = resolveSettings(sigmaSettingsFor(edges, nodes));
      expect(settings.nodeProgramClasses[settings.defaultNodeType]).toBeDefined();
      expect(settings.edgeProgramClasses[settings.defaultEdgeType]).toBeDefined();
    }
  });
});
