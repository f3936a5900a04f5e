// Renderless: sets sigma's reducers for filters (hidden), hover (node and neighbours stand out,
// the rest fades), the selection and cluster colours, over the Beispieldaten marks every frame
// carries (core/render/marks). Never mutates the graph; a UI change only refreshes with
// skipIndexation.

import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { mark } from '../../../core/render/marks';

interface ReducersControllerProps {
  /** The nodes the filters let through (null: all). */
  visible: { has(id: string): boolean } | null;
  selected: string | null;
  /** Node id -> colour, when colouring by cluster. */
  colors?: ReadonlyMap<string, string> | null;
  /** Edges to hide (e.g. under the overlap threshold, or left out by the data switch). */
  hideEdge?: ((edge: string) => boolean) | null;
}

const FADED = '#e5e8ec';

export function ReducersController({ visible, selected, colors, hideEdge }: ReducersControllerProps) {
  const renderer = useSigma();
  const registerEvents = useRegisterEvents();
  const hover = useRef<{ node: string | null; neighbours: Set<string> }>({ node: null, neighbours: new Set() });

  useEffect(() => {
    const graph = renderer.getGraph();
    registerEvents({
      enterNode: ({ node }) => {
        hover.current = { node, neighbours: new Set(graph.neighbors(node)) };
        renderer.refresh({ skipIndexation: true });
      },
      leaveNode: () => {
        hover.current = { node: null, neighbours: new Set() };
        renderer.refresh({ skipIndexation: true });
      },
    });
  }, [renderer, registerEvents]);

  useEffect(() => {
    const graph = renderer.getGraph();
    renderer.setSetting('nodeReducer', (node, data) => {
      mark(data);
      if (visible && !visible.has(node)) return { ...data, hidden: true };
      const color = colors ? (colors.get(node) ?? '#c0c6cf') : data.color;
      const h = hover.current;
      if (node === selected) return { ...data, color, highlighted: true, forceLabel: true, zIndex: 2 };
      if (!h.node) return { ...data, color };
      if (node === h.node || h.neighbours.has(node)) return { ...data, color, forceLabel: true, zIndex: 1 };
      return { ...data, color: FADED, label: null, zIndex: 0 };
    });
    renderer.setSetting('edgeReducer', (edge, data) => {
      mark(data);
      if (hideEdge?.(edge)) return { ...data, hidden: true };
      const h = hover.current;
      const focus = h.node ?? selected;
      if (!focus) return data;
      return graph.hasExtremity(edge, focus)
        ? { ...data, color: '#475569', size: Math.max(1.5, data.size * 2), zIndex: 1 }
        : h.node
          ? { ...data, color: '#f1f3f5' }
          : data;
    });
  }, [renderer, visible, selected, colors, hideEdge]);

  return null;
}
