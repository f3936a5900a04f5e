// The overlap view's logic: networks linked by shared members above a threshold, and the colour
// scale of the heat map.

import Graph from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { OverlapMatrixQuery } from '../../gql/graphql';
import { KIND_COLORS, nodeSize } from '../landscape/utils';
import { ringIsolatedNodes } from '../layout';

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
 * A graph of the networks (all of them, so positions stay put while the threshold moves) with
 * one edge per pair at or above the threshold, its width from the shared count.
 */
export function overlapGraph(matrix: OverlapMatrix, min: number): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const n of matrix.networks) {
    graph.addNode(n.id, {
      label: n.shortName ?? n.name,
      fullName: n.name,
      kind: 'Network',
      size: nodeSize('Network', n.size) / 1.5,
      color: KIND_COLORS.Network,
      x: 0,
      y: 0,
    });
  }
  for (const c of matrix.cells) {
    graph.addUndirectedEdge(c.a, c.b, {
      shared: c.shared,
      jaccard: c.jaccard,
      size: 0.5 + Math.sqrt(c.shared),
      color: '#94a3b8',
      hidden: c.shared < min,
    });
  }
  circular.assign(graph, { scale: 100 });
  if (graph.order > 2)
    forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1 } });
  ringIsolatedNodes(graph);
  return graph;
}

/** White to dark blue for 0 to 1 (Jaccard), readable as a heat map with a text alternative. */
export function heatColor(value: number): string {
  const v = Math.max(0, Math.min(1, value));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * Math.sqrt(v));
  return `rgb(${mix(247, 8)}, ${mix(251, 48)}, ${mix(255, 107)})`;
}
