import { describe, expect, it, vi } from 'vitest';
import { LARGE_GRAPH_EDGES, LARGE_GRAPH_NODES } from './size';

// Sigma's programs read WebGL's constants when their module loads; Node has no WebGL. The
// classes are only compared here, nothing is drawn, so empty constants let the modules load.
vi.stubGlobal('WebGLRenderingContext', class {});
vi.stubGlobal('WebGL2RenderingContext', class {});
const { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } = await import('sigma/rendering');
const { resolveSettings } = await import('sigma/settings');
const { sigmaSettingsFor } = await import('./utils');

// What the renderer registers: sigma's defaults merged with ours, as its constructor does.
const registered = (edges: number, nodes: number) => {
  const settings = resolveSettings(sigmaSettingsFor(edges, nodes));
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
