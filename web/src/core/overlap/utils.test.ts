import { describe, expect, it } from 'vitest';
import { cellsAtThreshold, fromColumns, heatColor, maxShared, type OverlapMatrix, overlapGraph } from './utils';

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

  it('keeps every network and hides edges under the threshold', () => {
    const graph = overlapGraph(matrix, 2);
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute('network:b', 'label')).toBe('BB');
    expect(graph.getEdgeAttribute('network:a', 'network:c', 'hidden')).toBe(true);
    expect(graph.getEdgeAttribute('network:a', 'network:b', 'hidden')).toBe(false);
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
    const graph = overlapGraph({ basis: 'AUTHORITIES', networks, cells }, 1);
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
