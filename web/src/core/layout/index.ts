// Positions between visits: the settled layout of a landscape is kept in localStorage under a
// hash of its node ids, so the same landscape opens in the same shape without a new layout.

import type Graph from 'graphology';
import type { Positions } from '../landscape/utils';

export function loadPositions(key: string): Positions | null {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as Positions) : null;
  } catch {
    return null;
  }
}

export function savePositions(key: string, graph: Graph) {
  const positions: Positions = {};
  graph.forEachNode((node, a) => {
    positions[node] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100];
  });
  try {
    window.localStorage.setItem(key, JSON.stringify(positions));
  } catch {
    // Storage full or disabled: the next visit lays out again, nothing else is lost.
  }
}

/** How long the ForceAtlas2 worker runs for a graph of this size (ms). */
export function layoutDuration(order: number): number {
  return Math.min(8000, 1500 + order * 2);
}
