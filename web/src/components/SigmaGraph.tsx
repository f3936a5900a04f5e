import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';

/**
 * Draws a graphology graph with sigma (WebGL). Lays it out with ForceAtlas2 once, before the
 * first frame; hovering a node fades everything but the node and its neighbours (reducers,
 * no graph mutation).
 */
export function SigmaGraph({ graph }: { graph: Graph }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    if (graph.order > 1) {
      forceAtlas2.assign(graph, {
        iterations: 300,
        settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
      });
    }
    let hovered: string | null = null;
    let neighbours = new Set<string>();
    const renderer = new Sigma(graph, container.current, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 8,
      defaultEdgeType: 'arrow',
      nodeReducer: (node, data) => {
        if (!hovered || node === hovered || neighbours.has(node)) return { ...data, zIndex: 1 };
        return { ...data, color: '#e2e5ea', label: null, zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (!hovered) return data;
        return graph.hasExtremity(edge, hovered) ? { ...data, color: '#6b7280', size: 2 } : { ...data, hidden: true };
      },
    });
    renderer.on('enterNode', ({ node }) => {
      hovered = node;
      neighbours = new Set(graph.neighbors(node));
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('leaveNode', () => {
      hovered = null;
      neighbours = new Set();
      renderer.refresh({ skipIndexation: true });
    });
    return () => renderer.kill();
  }, [graph]);

  return <div ref={container} className="sigma-container" data-testid="sigma-container" />;
}
