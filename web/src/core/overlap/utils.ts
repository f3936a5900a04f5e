// The overlap view's logic: networks linked by shared members above a threshold, and the order
// and colour scale of the heat map.

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { OverlapMatrixQuery } from '../../gql/graphql';
import { KIND_COLORS, nodeSize } from '../landscape/utils';
import { ringIsolatedNodes } from '../layout';
import type { DataScope, MatrixOrder } from '../urlState/types';

type MatrixAnswer = OverlapMatrixQuery['overlapMatrix'];

export interface MatrixCell {
  a: string;
  b: string;
  i: number;
  j: number;
  shared: number;
  jaccard: number;
  overlap: number;
}

export interface OverlapMatrix {
  basis: MatrixAnswer['basis'];
  networks: MatrixAnswer['networks'];
  cells: MatrixCell[];
}

/**
 * The API's column form (entry k of each list is one pair; a fraction of the bytes of one
 * object per pair at hundreds of networks) as the cells the views work with.
 */
export function fromColumns({ basis, networks, columns }: MatrixAnswer): OverlapMatrix {
  const idAt = new Map(networks.map((n) => [n.index, n.id]));
  const id = (index: number) => {
    const found = idAt.get(index);
    if (found === undefined) throw new RangeError(`overlap matrix: no network at index ${index}`);
    return found;
  };
  const cells = columns.i.map((i, k) => {
    const j = columns.j[k] as number;
    return {
      a: id(i),
      b: id(j),
      i,
      j,
      shared: columns.shared[k] as number,
      jaccard: columns.jaccard[k] as number,
      overlap: columns.overlap[k] as number,
    };
  });
  return { basis, networks, cells };
}

/** Cells whose shared count reaches the threshold. */
export function cellsAtThreshold(cells: readonly MatrixCell[], min: number): MatrixCell[] {
  return cells.filter((c) => c.shared >= min);
}

/** The largest shared count (at least 1): the slider's maximum. */
export function maxShared(cells: readonly MatrixCell[]): number {
  return cells.reduce((max, c) => Math.max(max, c.shared), 1);
}

/**
 * How many partners each network keeps in the backbone of the overlap graph: every pair while
 * the networks are few enough to read them all (sixty), fewer as they grow (three at a
 * hundred networks, two from two hundred on).
 */
export function backboneK(networks: number): number {
  if (networks <= 60) return Number.POSITIVE_INFINITY;
  return Math.max(2, Math.round(300 / networks));
}

/**
 * The backbone of the overlap graph: each network keeps its k strongest partners (by Jaccard,
 * then shared members, then index), and a pair stays when either of its networks keeps it. So
 * every network stays linked to its closest partners and at most k × networks pairs are drawn.
 */
export function backbone(cells: readonly MatrixCell[], k: number): MatrixCell[] {
  if (!Number.isFinite(k)) return [...cells];
  const stronger = (x: MatrixCell, y: MatrixCell) => y.jaccard - x.jaccard || y.shared - x.shared || x.i - y.i || x.j - y.j;
  const byNetwork = new Map<number, MatrixCell[]>();
  for (const c of cells) {
    for (const end of [c.i, c.j]) {
      const list = byNetwork.get(end);
      if (list) list.push(c);
      else byNetwork.set(end, [c]);
    }
  }
  const kept = new Set<MatrixCell>();
  for (const list of byNetwork.values()) for (const c of list.sort(stronger).slice(0, k)) kept.add(c);
  return cells.filter((c) => kept.has(c));
}

/** Positions of the networks: ForceAtlas2 over the backbone of all their pairs, computed once per matrix. */
export function overlapPositions(matrix: OverlapMatrix): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected' });
  for (const n of matrix.networks) graph.addNode(n.id, { x: 0, y: 0 });
  for (const c of backbone(matrix.cells, backboneK(matrix.networks.length)))
    if (!graph.hasEdge(c.a, c.b)) graph.addUndirectedEdge(c.a, c.b, { weight: c.jaccard });
  circular.assign(graph, { scale: 100 });
  if (graph.order > 2)
    forceAtlas2.assign(graph, {
      iterations: 150,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1, barnesHutOptimize: graph.order > 300 },
    });
  ringIsolatedNodes(graph);
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => {
    positions.set(id, { x: a.x, y: a.y });
  });
  return positions;
}

/** What of an overlap graph is Beispieldaten: invented networks, and pairs whose overlap counts invented members. */
export interface OverlapMarks {
  networks: ReadonlySet<string>;
  pair: (cell: MatrixCell) => boolean;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/**
 * Which overlaps count Beispieldaten, by the data scope the matrix was counted in: none with the
 * sources only, every one with Beispieldaten only; with both, every pair with an invented network
 * and every pair that shares less, or nothing, when only the sources count (`real`, the matrix of
 * the sources only; without it, only the pairs with an invented network are known).
 */
export function overlapMarks(scope: DataScope, networks: ReadonlySet<string>, real?: readonly MatrixCell[]): OverlapMarks {
  if (scope === 'real') return { networks: new Set(), pair: () => false };
  if (scope === 'synthetic') return { networks, pair: () => true };
  const fromSources = new Map(real?.map((c) => [pairKey(c.a, c.b), c.shared]));
  return {
    networks,
    pair: ({ a, b, shared }) =>
      networks.has(a) || networks.has(b) || (real !== undefined && (fromSources.get(pairKey(a, b)) ?? 0) < shared),
  };
}

/**
 * A graph of the networks (all of them, at the positions given, so nothing moves while the
 * threshold does) with one edge per pair given, its width from the shared count, and the
 * Beispieldaten marked (`synthetic`) as `marks` says.
 */
export function overlapGraph(
  matrix: OverlapMatrix,
  cells: readonly MatrixCell[],
  positions?: Map<string, { x: number; y: number }>,
  marks: OverlapMarks = { networks: new Set(), pair: () => false },
): Graph {
  const at = positions ?? overlapPositions(matrix);
  const graph = new Graph({ type: 'undirected' });
  for (const n of matrix.networks) {
    graph.addNode(n.id, {
      label: n.shortName ?? n.name,
      fullName: n.name,
      kind: 'Network',
      synthetic: marks.networks.has(n.id),
      size: nodeSize('Network', n.size),
      color: KIND_COLORS.Network,
      x: at.get(n.id)?.x ?? 0,
      y: at.get(n.id)?.y ?? 0,
    });
  }
  for (const c of cells) {
    if (graph.hasEdge(c.a, c.b)) continue;
    graph.addUndirectedEdge(c.a, c.b, {
      shared: c.shared,
      jaccard: c.jaccard,
      synthetic: marks.pair(c),
      size: Math.min(6, 0.5 + Math.sqrt(c.shared) / 2),
      color: '#94a3b8',
    });
  }
  return graph;
}

/** One cell of the heat map by groups: the pairs between two groups (or within one), summed. */
export interface GroupCell {
  g: number;
  h: number;
  /** Pairs that share anything, and the members they share. */
  pairs: number;
  shared: number;
  /** Mean Jaccard over every pair of networks of the two groups (those sharing nothing count 0). */
  jaccard: number;
}

/** The heat map's first view for many networks: one row and column per group (overlapGroups). */
export function groupCells(matrix: OverlapMatrix, groups: readonly number[][]): GroupCell[] {
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => {
    for (const i of group) groupOf.set(i, g);
  });
  const sums = new Map<string, { pairs: number; shared: number; jaccard: number }>();
  for (const c of matrix.cells) {
    const [g, h] = [groupOf.get(c.i) ?? 0, groupOf.get(c.j) ?? 0].sort((x, y) => x - y) as [number, number];
    const key = `${g},${h}`;
    const s = sums.get(key) ?? { pairs: 0, shared: 0, jaccard: 0 };
    sums.set(key, { pairs: s.pairs + 1, shared: s.shared + c.shared, jaccard: s.jaccard + c.jaccard });
  }
  return [...sums].map(([key, s]) => {
    const [g, h] = key.split(',').map(Number) as [number, number];
    const [m, n] = [groups[g]?.length ?? 1, groups[h]?.length ?? 1];
    const possible = g === h ? (m * (m - 1)) / 2 : m * n;
    return { g, h, pairs: s.pairs, shared: s.shared, jaccard: possible > 0 ? s.jaccard / possible : 0 };
  });
}

/** White to dark blue for 0 to 1 (Jaccard), readable as a heat map with a text alternative. */
export function heatColor(value: number): string {
  const v = Math.max(0, Math.min(1, value));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * Math.sqrt(v));
  return `rgb(${mix(247, 8)}, ${mix(251, 48)}, ${mix(255, 107)})`;
}

/**
 * The networks (their indices) in groups that overlap: Louvain communities of the networks,
 * linked by Jaccard, largest group first and in a group the network with the strongest overlaps
 * first (ties by index); each network that shares nothing is a group of its own, at the end.
 */
export function overlapGroups(matrix: OverlapMatrix): number[][] {
  const indices = matrix.networks.map((n) => n.index).sort((a, b) => a - b);
  const graph = new Graph({ type: 'undirected' });
  for (const i of indices) graph.addNode(String(i));
  const cells = [...matrix.cells].sort((x, y) => x.i - y.i || x.j - y.j);
  for (const c of cells) if (c.jaccard > 0 && c.i !== c.j) graph.mergeEdge(String(c.i), String(c.j), { weight: c.jaccard });
  const strength = new Map(indices.map((i) => [i, 0]));
  graph.forEachEdge((_e, { weight }, a, b) => {
    strength.set(Number(a), (strength.get(Number(a)) ?? 0) + weight);
    strength.set(Number(b), (strength.get(Number(b)) ?? 0) + weight);
  });
  // Without a random walk Louvain visits the nodes in order: the same matrix, the same groups.
  const community = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', randomWalk: false }) : {};
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const key = graph.degree(String(i)) > 0 ? `c${community[String(i)]}` : `alone${i}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const byStrength = (a: number, b: number) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || a - b;
  const ranked = [...groups.values()].map((group) => group.sort(byStrength));
  const alone = (group: number[]) => (graph.degree(String(group[0])) > 0 ? 0 : 1);
  return ranked.sort((a, b) => alone(a) - alone(b) || b.length - a.length || (a[0] as number) - (b[0] as number));
}

/**
 * The heat map's order of networks (their indices). By name: as the API lists them. By groups:
 * the overlap groups one after the other (see overlapGroups). Networks that share members then
 * stand together, and their overlaps form blocks on the diagonal instead of being scattered.
 */
export function matrixOrder(matrix: OverlapMatrix, order: MatrixOrder, groups?: number[][]): number[] {
  if (order === 'name') return matrix.networks.map((n) => n.index).sort((a, b) => a - b);
  return (groups ?? overlapGroups(matrix)).flat();
}
