import { describe, expect, it } from 'vitest';
import {
  backbone,
  backboneK,
  cellsAtThreshold,
  fromColumns,
  groupCells,
  heatColor,
  type MatrixCell,
  matrixOrder,
  maxShared,
  type OverlapMatrix,
  overlapGraph,
  overlapGroups,
  overlapMarks,
} from './utils';

const matrix: OverlapMatrix = {
  basis: 'AUTHORITIES',
  networks: [
    { id: 'network:a', index: 0, name: 'A', shortName: null, size: 5 },
    { id: 'network:b', index: 1, name: 'B', shortName: 'BB', size: 3 },
    { id: 'network:c', index: 2, name: 'C', shortName: null, size: 2 },
  ],
  cells: [
    { a: 'network:a', b: 'network:b', i: 0, j: 1, shared: 3, jaccard: 0.6, overlap: 1 },
    { a: 'network:a', b: 'network:c', i: 0, j: 2, shared: 1, jaccard: 0.2, overlap: 0.5 },
  ],
};

describe('overlap', () => {
  it('turns the column form into the same cells, named by network id', () => {
    const columns = { i: [0, 0], j: [1, 2], shared: [3, 1], jaccard: [0.6, 0.2], overlap: [1, 0.5] };
    expect(fromColumns({ basis: 'AUTHORITIES', networks: matrix.networks, columns })).toEqual(matrix);
    expect(() => fromColumns({ basis: 'AUTHORITIES', networks: matrix.networks, columns: { ...columns, j: [1, 9] } })).toThrow(
      /no network at index 9/,
    );
  });

  it.each([
    [1, 2],
    [2, 1],
    [4, 0],
  ])('threshold %d keeps %d pairs', (min, count) => {
    expect(cellsAtThreshold(matrix.cells, min)).toHaveLength(count);
  });

  it.each([
    [matrix.cells, 3],
    [[], 1],
  ] as const)('max shared %#', (cells, expected) => expect(maxShared([...cells])).toBe(expected));

  it('keeps every network and draws the pairs given', () => {
    const graph = overlapGraph(matrix, cellsAtThreshold(matrix.cells, 2));
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute('network:b', 'label')).toBe('BB');
    expect(graph.hasEdge('network:a', 'network:c')).toBe(false);
    expect(graph.hasEdge('network:a', 'network:b')).toBe(true);
  });

  it('marks invented networks, and every overlap with one of them, as Beispieldaten', () => {
    const graph = overlapGraph(matrix, matrix.cells, undefined, overlapMarks('all', new Set(['network:c'])));
    expect(graph.getNodeAttribute('network:c', 'synthetic')).toBe(true);
    expect(graph.getNodeAttribute('network:a', 'synthetic')).toBe(false);
    expect(graph.getEdgeAttribute('network:a', 'network:c', 'synthetic')).toBe(true);
    expect(graph.getEdgeAttribute('network:a', 'network:b', 'synthetic')).toBe(false);
  });

  it('marks an overlap that counts invented members: shared less, or nothing, when only the sources count', () => {
    const [ab, ac] = matrix.cells as [MatrixCell, MatrixCell];
    const bc: MatrixCell = { a: 'network:b', b: 'network:c', i: 1, j: 2, shared: 2, jaccard: 0.67, overlap: 1 };
    // From the sources only: a and b share as many, b and c fewer, a and c nothing.
    const marks = overlapMarks('all', new Set(), [ab, { ...bc, shared: 1 }]);
    expect([ab, ac, bc].map(marks.pair)).toEqual([false, true, true]);
    // Until the sources' count is there, only pairs with an invented network are known.
    expect(overlapMarks('all', new Set()).pair(ac)).toBe(false);
    expect(overlapMarks('real', new Set(['network:a'])).pair(ab)).toBe(false);
    expect(overlapMarks('synthetic', new Set()).pair(ab)).toBe(true);
  });

  it('keeps a network that shares nothing next to the others, not far out', () => {
    const networks = [
      ...matrix.networks,
      ...['d', 'e', 'f', 'g'].map((x, k) => ({ id: `network:${x}`, index: 3 + k, name: x.toUpperCase(), shortName: null, size: 2 })),
    ];
    const cells = [
      ...matrix.cells,
      { a: 'network:b', b: 'network:d', i: 1, j: 3, shared: 1, jaccard: 0.25, overlap: 0.5 },
      { a: 'network:d', b: 'network:e', i: 3, j: 4, shared: 2, jaccard: 1, overlap: 1 },
      { a: 'network:c', b: 'network:f', i: 2, j: 5, shared: 1, jaccard: 0.33, overlap: 0.5 },
    ];
    const graph = overlapGraph({ basis: 'AUTHORITIES', networks, cells }, cells);
    const connected = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => graph.getNodeAttributes(`network:${x}`));
    const cx = connected.reduce((s, p) => s + p.x, 0) / connected.length;
    const cy = connected.reduce((s, p) => s + p.y, 0) / connected.length;
    const reach = Math.max(...connected.map((p) => Math.hypot(p.x - cx, p.y - cy)));
    const g = graph.getNodeAttributes('network:g');
    expect(Math.hypot(g.x - cx, g.y - cy)).toBeCloseTo(reach * 1.1, 6);
  });

  it.each([
    [0, 'rgb(247, 251, 255)'],
    [1, 'rgb(8, 48, 107)'],
    [2, 'rgb(8, 48, 107)'],
  ])('heat %d -> %s', (value, expected) => expect(heatColor(value)).toBe(expected));
});

describe('matrixOrder', () => {
  // Two groups whose members alternate by name (0, 2, 4 share members; 1, 3, 5 do), a weak
  // link between the groups, and network 6 that shares nothing.
  const networks = Array.from({ length: 7 }, (_, index) => ({
    id: `network:${index}`,
    index,
    name: `N${index}`,
    shortName: null,
    size: 4,
  }));
  const cell = (i: number, j: number, jaccard: number): MatrixCell => ({
    a: `network:${i}`,
    b: `network:${j}`,
    i,
    j,
    shared: Math.round(jaccard * 10),
    jaccard,
    overlap: jaccard,
  });
  const cells = [cell(0, 2, 0.8), cell(0, 4, 0.6), cell(2, 4, 0.7), cell(1, 3, 0.5), cell(1, 5, 0.5), cell(3, 5, 0.9), cell(4, 5, 0.05)];
  const alternating: OverlapMatrix = { basis: 'AUTHORITIES', networks, cells };

  it("by name keeps the API's order", () => {
    expect(matrixOrder(alternating, 'name')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('by groups puts the networks that share members next to each other, strongest first, the unlinked last', () => {
    const order = matrixOrder(alternating, 'groups');
    expect(order).toHaveLength(7);
    const position = (i: number) => order.indexOf(i);
    const span = (group: number[]) => Math.max(...group.map(position)) - Math.min(...group.map(position));
    expect(span([0, 2, 4])).toBe(2);
    expect(span([1, 3, 5])).toBe(2);
    expect(order.at(-1)).toBe(6);
    // Strongest first: 2 (0.8 + 0.7) before 0 (1.4) and 4 (1.35); 5 (1.45) before 3 (1.4) and 1
    // (1.0). Groups of equal size by their leader's index.
    expect(order).toEqual([2, 0, 4, 5, 3, 1, 6]);
    expect(overlapGroups(alternating)).toEqual([[2, 0, 4], [5, 3, 1], [6]]);
  });

  it('gives the same order for the same matrix, whatever the order of its cells', () => {
    const once = matrixOrder(alternating, 'groups');
    expect(matrixOrder({ ...alternating, cells: [...cells].reverse() }, 'groups')).toEqual(once);
    expect(matrixOrder({ ...alternating, cells: [] }, 'groups')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('backbone', () => {
  // 400 networks in a ring, each sharing members with its 20 nearest neighbours, more with nearer ones.
  const n = 400;
  const cells: MatrixCell[] = [];
  for (let i = 0; i < n; i++)
    for (let d = 1; d <= 10; d++) {
      const j = (i + d) % n;
      cells.push({ a: `network:${i}`, b: `network:${j}`, i, j, shared: 11 - d, jaccard: (11 - d) / 40, overlap: (11 - d) / 20 });
    }

  it('keeps at most k pairs per network, each network linked to its strongest partners', () => {
    const k = backboneK(n);
    expect(k).toBe(2);
    const kept = backbone(cells, k);
    expect(kept.length).toBeLessThanOrEqual(k * n);
    expect(kept.length).toBeLessThan(cells.length / 4);
    const degree = new Map<number, number>();
    for (const c of kept) for (const e of [c.i, c.j]) degree.set(e, (degree.get(e) ?? 0) + 1);
    expect(degree.size).toBe(n);
    // Each network's strongest pair (its neighbour at distance 1) is kept.
    for (let i = 0; i < n; i++) expect(kept.some((c) => c.i === i && c.j === (i + 1) % n)).toBe(true);
    // No pair at distance 3 or more is kept.
    expect(kept.every((c) => c.shared >= 9)).toBe(true);
  });

  it('keeps every pair while the networks are few', () => {
    expect(backboneK(24)).toBe(Number.POSITIVE_INFINITY);
    expect(backboneK(100)).toBe(3);
    expect(backbone(cells.slice(0, 50), backboneK(24))).toHaveLength(50);
  });
});

describe('groupCells', () => {
  it('sums pairs within and between groups and averages Jaccard over every possible pair', () => {
    const groups = [
      [0, 1],
      [2, 3],
    ];
    const cells = groupCells(matrix, groups);
    const within = cells.find((c) => c.g === 0 && c.h === 0);
    const between = cells.find((c) => c.g === 0 && c.h === 1);
    expect(within).toMatchObject({ pairs: 1, shared: 3 });
    expect(within?.jaccard).toBeCloseTo(matrix.cells[0]!.jaccard, 6);
    expect(between?.pairs).toBe(matrix.cells.length - 1);
    expect(between?.jaccard).toBeCloseTo(matrix.cells.slice(1).reduce((s, c) => s + c.jaccard, 0) / 4, 6);
  });
});
