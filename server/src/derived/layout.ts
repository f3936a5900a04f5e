// Positions of the landscape map, computed once after each load so that the browser draws the
// final picture in its first frame instead of running a layout. Two stages, as the map is read:
// first the map's first level (networks, umbrellas, topics, federal authorities and one node
// per Land for the authorities of that Land) by ForceAtlas2; then every other node (each
// authority, each innovation) starts where its first-level neighbours are and is laid out with
// the first level held fixed, so that zooming in shows an authority next to its networks.
// Deterministic: start positions from a hash of the id, nodes and edges in id order.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutNode {
  id: string;
  kind: string;
  bundesland: string | null;
  umbrella: boolean;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

/** Positions by node id, including the Land nodes of the first level (`land:<code>`). */
export type LayoutPositions = Map<string, [number, number]>;

/** The id of the node that stands for a Land's authorities on the map's first level. */
export const landNodeId = (code: string) => `land:${code}`;

/**
 * Whether a node is drawn inside its Land's node on the map's first level: an authority with a
 * Land that is not also an umbrella (the web app's level of detail applies the same rule).
 */
export const foldsIntoLand = (n: LayoutNode) => n.kind === 'Authority' && !n.umbrella && Boolean(n.bundesland);

/** The half-width of the square the first level is scaled into. */
export const LAYOUT_EXTENT = 1000;

/** A small deterministic hash (FNV-1a, 32 bit). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A start position on a disc, from the id alone. */
function seeded(id: string, radius: number): { x: number; y: number } {
  const h = hash(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const r = radius * Math.sqrt((h >>> 16) / 0x10000);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

const byId = (a: LayoutNode, b: LayoutNode) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Where a node sits on the first level: itself, its Land's node, or nowhere (innovations come later). */
function firstLevelId(n: LayoutNode): string | null {
  if (n.kind === 'Innovation') return null;
  return foldsIntoLand(n) ? landNodeId(n.bundesland as string) : n.id;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations of the first level and of the rest. */
  firstIterations?: number;
  restIterations?: number;
}

export function layoutLandscape(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  { firstIterations = 400, restIterations = 40 }: LayoutOptions = {},
): LayoutPositions {
  const sorted = [...nodes].sort(byId);
  const kindOf = new Map(sorted.map((n) => [n.id, n]));
  const levelOf = new Map<string, string | null>(sorted.map((n) => [n.id, firstLevelId(n)]));

  // First level: folded authorities merged into their Land, edges merged with a weight that
  // grows with the log of how many relations they stand for (a Land's thousands of memberships
  // would otherwise pull every network into one knot).
  const first = new Graph({ type: 'undirected' });
  for (const n of sorted) {
    const id = levelOf.get(n.id);
    if (id && !first.hasNode(id)) first.addNode(id, { ...seeded(id, 100), size: 1 });
  }
  const counts = new Map<string, number>();
  const sortedEdges = [...edges].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1));
  for (const e of sortedEdges) {
    const a = levelOf.get(e.source);
    const b = levelOf.get(e.target);
    if (!a || !b || a === b) continue;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of counts) {
    const [a, b] = key.split('\u0000') as [string, string];
    first.addEdge(a, b, { weight: 1 + Math.log2(count) });
  }
  if (first.order > 1) {
    forceAtlas2.assign(first, {
      iterations: firstIterations,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(first),
        barnesHutOptimize: first.order > 500,
        outboundAttractionDistribution: true,
        linLogMode: true,
        scalingRatio: 2,
        gravity: 1,
      },
    });
  }
  // Scaled into a fixed square: the map's units do not depend on the landscape's size.
  let extent = 0;
  first.forEachNode((_n, a) => {
    extent = Math.max(extent, Math.abs(a.x), Math.abs(a.y));
  });
  const scale = extent > 0 ? LAYOUT_EXTENT / extent : 1;
  const positions: LayoutPositions = new Map();
  first.forEachNode((id, a) => {
    positions.set(id, [a.x * scale, a.y * scale]);
  });

  // The rest: every node not on the first level. An authority folded into its Land starts next
  // to its Land's node and stays tied to it (opening a Land or zooming in on it shows its
  // authorities around it), pulled towards its networks; an innovation starts at its networks.
  // Laid out with the first level held fixed.
  const rest = sorted.filter((n) => levelOf.get(n.id) !== n.id);
  if (rest.length === 0) return positions;
  const full = new Graph({ type: 'undirected' });
  for (const [id, [x, y]] of positions) full.addNode(id, { x, y, fixed: true });
  const sums = new Map<string, [number, number, number]>();
  for (const e of sortedEdges) {
    for (const [self, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (levelOf.get(self) === self || !kindOf.has(self)) continue;
      const anchor = levelOf.get(other) === other ? positions.get(other) : undefined;
      if (!anchor) continue;
      const s = sums.get(self) ?? [0, 0, 0];
      sums.set(self, [s[0] + anchor[0], s[1] + anchor[1], s[2] + 1]);
    }
  }
  const perLand = new Map<string, number>();
  for (const n of rest) if (n.bundesland) perLand.set(n.bundesland, (perLand.get(n.bundesland) ?? 0) + 1);
  for (const n of rest) {
    const s = sums.get(n.id);
    const centroid: [number, number] | null = s ? [s[0] / s[2], s[1] / s[2]] : null;
    const land = foldsIntoLand(n) ? positions.get(landNodeId(n.bundesland as string)) : undefined;
    const [cx, cy]: [number, number] =
      land && centroid ? [0.8 * land[0] + 0.2 * centroid[0], 0.8 * land[1] + 0.2 * centroid[1]] : (land ?? centroid ?? [0, 0]);
    // A Land's authorities spread over a disc that grows with their number.
    const spread = land ? (LAYOUT_EXTENT / 60) * Math.sqrt(perLand.get(n.bundesland as string) ?? 1) ** 0.8 : LAYOUT_EXTENT / 30;
    const jitter = seeded(n.id, spread);
    full.addNode(n.id, { x: cx + jitter.x, y: cy + jitter.y });
    if (land) full.addEdge(n.id, landNodeId(n.bundesland as string), { weight: 24 });
  }
  for (const e of sortedEdges) {
    if (e.source === e.target || !full.hasNode(e.source) || !full.hasNode(e.target)) continue;
    if (full.hasEdge(e.source, e.target)) continue;
    full.addEdge(e.source, e.target, { weight: 1 });
  }
  if (restIterations > 0) {
    forceAtlas2.assign(full, {
      iterations: restIterations,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(full),
        barnesHutOptimize: full.order > 500,
        scalingRatio: 0.05,
        gravity: 0.05,
        slowDown: 10,
      },
    });
  }
  for (const n of rest) {
    const a = full.getNodeAttributes(n.id);
    positions.set(n.id, [a.x, a.y]);
  }
  return positions;
}
