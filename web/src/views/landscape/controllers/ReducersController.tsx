// Renderless: sets sigma's reducers for filters (hidden), hover (node and neighbours stand out,
// the rest fades), the selection and cluster colours, over the Beispieldaten marks every frame
// carries (core/render/marks). Never mutates the graph; a UI change only refreshes with
// skipIndexation.
// Setting a reducer makes sigma index and process the whole graph again and draw another frame,
// so reducers that would change nothing (no filter hides a drawn node, nothing selected, no
// colours, no hover: the map as it opens) are not set; they are set once something needs them
// (a hover, a node added that the filters hide, a selection or filter that changes).

import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type Sigma from 'sigma';
import { mark, SYNTHETIC } from '../../../core/render/marks';

interface ReducersControllerProps {
  /** The nodes the filters let through (null: all). */
  visible: { has(id: string): boolean } | null;
  selected: string | null;
  /** Node id -> colour, when colouring by cluster. */
  colors?: ReadonlyMap<string, string> | null;
  /** Edges to hide (e.g. under the overlap threshold). */
  hideEdge?: ((edge: string) => boolean) | null;
}

const FADED = '#e5e8ec';

/** Renderers whose reducers this controller has set (then every change sets them again). */
const withReducers = new WeakSet<Sigma>();

export function ReducersController({ visible, selected, colors, hideEdge }: ReducersControllerProps) {
  const renderer = useSigma();
  const hover = useRef<{ node: string | null; neighbours: Set<string> }>({ node: null, neighbours: new Set() });

  useEffect(() => {
    const graph = renderer.getGraph();
    // The marks' programs exist only where the graph held invented data when it was drawn first.
    const marked = SYNTHETIC in renderer.getSetting('nodeProgramClasses');
    const hides = (node: string) => visible !== null && !visible.has(node);
    const setReducers = () => {
      withReducers.add(renderer);
      // One call for both: each setting set alone indexes the whole graph anew.
      renderer.setSettings({
        nodeReducer: (node, data) => {
          if (marked) mark(data);
          if (hides(node)) return { ...data, hidden: true };
          const color = colors ? (colors.get(node) ?? '#c0c6cf') : data.color;
          const h = hover.current;
          if (node === selected) return { ...data, color, highlighted: true, forceLabel: true, zIndex: 2 };
          if (!h.node) return { ...data, color };
          if (node === h.node || h.neighbours.has(node)) return { ...data, color, forceLabel: true, zIndex: 1 };
          return { ...data, color: FADED, label: null, zIndex: 0 };
        },
        edgeReducer: (edge, data) => {
          if (marked) mark(data);
          if (hideEdge?.(edge)) return { ...data, hidden: true };
          const h = hover.current;
          const focus = h.node ?? selected;
          if (!focus) return data;
          return graph.hasExtremity(edge, focus)
            ? { ...data, color: '#475569', size: Math.max(1.5, data.size * 2), zIndex: 1 }
            : h.node
              ? { ...data, color: '#f1f3f5' }
              : data;
        },
      });
    };
    const changesNothing =
      !withReducers.has(renderer) &&
      !hover.current.node &&
      !colors &&
      !hideEdge &&
      !(selected && graph.hasNode(selected)) &&
      !graph.someNode((node) => hides(node));
    if (!changesNothing) setReducers();
    // Until they are set, a node added later that the filters hide (a folded node drawn on
    // zooming in) sets them.
    const added = ({ key }: { key: string }) => {
      if (!withReducers.has(renderer) && hides(key)) setReducers();
    };
    if (changesNothing) graph.on('nodeAdded', added);
    const enter = ({ node }: { node: string }) => {
      hover.current = { node, neighbours: new Set(graph.neighbors(node)) };
      if (withReducers.has(renderer)) renderer.refresh({ skipIndexation: true });
      else setReducers();
    };
    const leave = () => {
      hover.current = { node: null, neighbours: new Set() };
      if (withReducers.has(renderer)) renderer.refresh({ skipIndexation: true });
    };
    renderer.on('enterNode', enter);
    renderer.on('leaveNode', leave);
    return () => {
      graph.off('nodeAdded', added);
      renderer.off('enterNode', enter);
      renderer.off('leaveNode', leave);
    };
  }, [renderer, visible, selected, colors, hideEdge]);

  return null;
}
