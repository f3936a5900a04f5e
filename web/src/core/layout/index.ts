// Layout helpers of the map: how long a layout run in the browser lasts, and where nodes without
// any edge go. (Positions themselves come with the landscape, computed on the server.)

import type Graph from 'graphology';

/** How long the ForceAtlas2 worker runs for a graph of this size (ms). */
export function layoutDuration(order: number): number {
  return Math.min(8000, 1500 + order * 2);
}

/**
 * Puts the nodes without any edge on a ring just outside the connected ones, evenly spaced in
 * the order of their ids. ForceAtlas2 has nothing to hold such a node but gravity, so repulsion
 * leaves it far out; the camera, fitting every node, then shows the connected part (where the
 * overlaps are) small. Returns how many nodes it moved; a graph with no connected node is left
 * as it is.
 */
export function ringIsolatedNodes(graph: Graph, margin = 0.1): number {
  const isolated: string[] = [];
  const connected: { x: number; y: number }[] = [];
  graph.forEachNode((node, a) => {
    if (graph.degree(node) === 0) isolated.push(node);
    else connected.push({ x: a.x, y: a.y });
  });
  if (isolated.length === 0 || connected.length === 0) return 0;
  const cx = connected.reduce((sum, p) => sum + p.x, 0) / connected.length;
  const cy = connected.reduce((sum, p) => sum + p.y, 0) / connected.length;
  // A reduce, not Math.max(...): a landscape of 100,000 nodes would pass too many arguments.
  const radius = connected.reduce((max, p) => Math.max(max, Math.hypot(p.x - cx, p.y - cy)), 0);
  const ring = (radius || 1) * (1 + margin);
  isolated.sort();
  isolated.forEach((node, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / isolated.length;
    graph.mergeNodeAttributes(node, { x: cx + ring * Math.cos(angle), y: cy + ring * Math.sin(angle) });
  });
  return isolated.length;
}
