import { describe, expect, it } from 'vitest';
import type { Landscape } from './types';
import { landscapeToGraph, nodeSize } from './utils';

const landscape: Landscape = {
  nodes: [
    { id: 'network:a', kind: 'Network', label: 'A', name: 'Netz A', members: 4, persons: 2, synthetic: false },
    { id: 'org:x', kind: 'Authority', label: 'X', name: 'Stadt X', members: 1, persons: 0, synthetic: true },
    { id: 'topic:t', kind: 'Topic', label: 'T', name: 'Thema', members: 1, persons: 0, synthetic: false },
  ],
  edges: [
    { source: 'org:x', target: 'network:a', type: 'MEMBER_OF', synthetic: true },
    { source: 'network:a', target: 'topic:t', type: 'COVERS', synthetic: false },
    { source: 'network:a', target: 'topic:gone', type: 'COVERS', synthetic: false },
    { source: 'org:x', target: 'network:a', type: 'COORDINATES', synthetic: false },
  ],
};

describe('landscapeToGraph', () => {
  it('keeps every node and drops edges to unknown nodes and parallel edges', () => {
    const graph = landscapeToGraph(landscape);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.hasEdge('org:x', 'network:a')).toBe(true);
    expect(graph.getNodeAttribute('org:x', 'synthetic')).toBe(true);
  });

  it('places nodes deterministically', () => {
    const a = landscapeToGraph(landscape);
    const b = landscapeToGraph(landscape);
    expect(a.getNodeAttributes('network:a')).toEqual(b.getNodeAttributes('network:a'));
  });
});

describe('nodeSize', () => {
  it.each([
    ['Network', 0, 6],
    ['Network', 4, 6 + 2 * 1.6],
    ['Authority', -3, 3],
  ] as const)('%s with %d members -> %d', (kind, members, expected) => {
    expect(nodeSize(kind, members)).toBeCloseTo(expected);
  });
});
