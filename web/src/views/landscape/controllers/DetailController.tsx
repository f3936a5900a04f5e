// Renderless: the map's level of detail. The first level (networks, umbrellas, topics, federal
// authorities, one node per Land) is always drawn; the nodes folded away from it (the
// authorities of Länder not opened, the innovations) are drawn where the user zooms in: once
// the camera comes closer than DETAIL_RATIO, those whose position lies in view (the largest
// first, at most DETAIL_LIMIT) are added to the graph with their relations to what is drawn,
// and taken out again when the camera moves away or out. The selected node is always drawn.

import { useSigma } from '@react-sigma/core';
import type Graph from 'graphology';
import { useEffect } from 'react';
import { addRelation, type LandscapeEdge, type LandscapeNode, nodeAttributes } from '../../../core/landscape';

/** Camera ratio below which folded nodes in view are drawn (1 is the whole map). */
export const DETAIL_RATIO = 0.35;
/** At most this many folded nodes at once: a frame stays cheap in software WebGL. */
export const DETAIL_LIMIT = 1500;

interface DetailControllerProps {
  graph: Graph;
  /** Nodes not on the first level, largest first. */
  detail: readonly LandscapeNode[];
  /** Every relation of the landscape (those of the folded nodes are indexed on first need). */
  edges: readonly LandscapeEdge[];
  selected: string | null;
  /** The extent of every position, so that sigma does not rescale the map as nodes come and go. */
  bbox: { x: [number, number]; y: [number, number] } | null;
}

/** The relations of each folded node, by its id. */
function relationsOf(detail: readonly LandscapeNode[], edges: readonly LandscapeEdge[]): Map<string, LandscapeEdge[]> {
  const relations = new Map<string, LandscapeEdge[]>(detail.map((n) => [n.id, []]));
  for (const e of edges) {
    relations.get(e.source)?.push(e);
    relations.get(e.target)?.push(e);
  }
  return relations;
}

export function DetailController({ graph, detail, edges, selected, bbox }: DetailControllerProps) {
  const renderer = useSigma();
  useEffect(() => {
    if (!bbox) return;
    // Sigma frames the nodes it draws; where those already span every position (the server lays
    // the first level out over the whole map), a custom box would only cost another frame.
    const drawn = renderer.getBBox();
    const same = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];
    if (renderer.getCustomBBox() || !same(drawn.x, bbox.x) || !same(drawn.y, bbox.y)) renderer.setCustomBBox(bbox);
  }, [renderer, bbox]);
  useEffect(() => {
    const added = new Set<string>();
    const byId = new Map(detail.map((n) => [n.id, n]));
    let relations: Map<string, LandscapeEdge[]> | null = null;
    const update = () => {
      const { width, height } = renderer.getDimensions();
      const camera = renderer.getCamera();
      const wanted = new Set<string>();
      if (camera.ratio < DETAIL_RATIO) {
        const a = renderer.viewportToGraph({ x: 0, y: 0 });
        const b = renderer.viewportToGraph({ x: width, y: height });
        const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
        const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
        for (const n of detail) {
          if (wanted.size >= DETAIL_LIMIT) break;
          const { x, y } = n;
          if (typeof x === 'number' && typeof y === 'number' && x >= x0 && x <= x1 && y >= y0 && y <= y1) wanted.add(n.id);
        }
      }
      if (selected && byId.has(selected)) wanted.add(selected);
      for (const id of added) {
        if (!wanted.has(id)) {
          if (graph.hasNode(id)) graph.dropNode(id);
          added.delete(id);
        }
      }
      const fresh: string[] = [];
      for (const id of wanted) {
        if (graph.hasNode(id)) continue;
        graph.addNode(id, nodeAttributes(byId.get(id) as LandscapeNode));
        added.add(id);
        fresh.push(id);
      }
      if (fresh.length === 0) return;
      relations ??= relationsOf(detail, edges);
      for (const id of fresh) for (const e of relations.get(id) ?? []) addRelation(graph, e);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(update, 150);
    };
    update();
    renderer.getCamera().on('updated', later);
    return () => {
      clearTimeout(timer);
      renderer.getCamera().off('updated', later);
      for (const id of added) if (graph.hasNode(id)) graph.dropNode(id);
    };
  }, [renderer, graph, detail, edges, selected]);
  return null;
}
