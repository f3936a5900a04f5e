import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { ringIsolatedNodes } from './index';

function graphWith(connected: [string, number, number][], isolated: [string, number, number][]) {
  const graph = new Graph({ type: 'undirected' });
  for (const [id, x, y] of [...connected, ...isolated]) graph.addNode(id, { x, y });
  for (let k = 1; k < connected.length; k++) graph.addEdge(connected[k - 1]![0], connected[k]![0]);
  return graph;
}

describe('ringIsolatedNodes', () => {
  it('moves nodes without edges onto a ring just outside the connected ones, and only those', () => {
    // Connected: a square around (10, 20) with corners 5·√2 from its centre.
    const graph = graphWith(
      [
        ['a', 5, 15],
        ['b', 15, 15],
        ['c', 15, 25],
        ['d', 5, 25],
      ],
      [
        ['z', 900, -700],
        ['y', -4000, 3],
      ],
    );
    expect(ringIsolatedNodes(graph, 0.1)).toBe(2);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 5, y: 15 });
    const ring = 5 * Math.SQRT2 * 1.1;
    for (const id of ['y', 'z']) {
      const { x, y } = graph.getNodeAttributes(id);
      expect(Math.hypot(x - 10, y - 20)).toBeCloseTo(ring, 9);
    }
    // In id order from the top: y first (straight up, -π/2), z opposite.
    expect(graph.getNodeAttribute('y', 'x')).toBeCloseTo(10, 9);
    expect(graph.getNodeAttribute('y', 'y')).toBeCloseTo(20 - ring, 9);
    expect(graph.getNodeAttribute('z', 'y')).toBeCloseTo(20 + ring, 9);
  });

  it('gives the same positions whatever the insertion order', () => {
    const connected: [string, number, number][] = [
      ['a', 0, 0],
      ['b', 4, 0],
    ];
    const one = graphWith(connected, [
      ['p', 50, 50],
      ['q', -50, 50],
      ['r', 0, 99],
    ]);
    const two = graphWith(connected, [
      ['r', 7, 7],
      ['p', 1, 2],
      ['q', 3, 4],
    ]);
    ringIsolatedNodes(one);
    ringIsolatedNodes(two);
    for (const id of ['p', 'q', 'r']) {
      expect(two.getNodeAttribute(id, 'x')).toBeCloseTo(one.getNodeAttribute(id, 'x'), 9);
      expect(two.getNodeAttribute(id, 'y')).toBeCloseTo(one.getNodeAttribute(id, 'y'), 9);
    }
  });

  it('leaves a graph alone that has no isolated node, or no connected one', () => {
    const none = graphWith(
      [
        ['a', 1, 2],
        ['b', 3, 4],
      ],
      [],
    );
    expect(ringIsolatedNodes(none)).toBe(0);
    const only = graphWith(
      [],
      [
        ['p', 1, 2],
        ['q', 30, 40],
      ],
    );
    expect(ringIsolatedNodes(only)).toBe(0);
    expect(only.getNodeAttributes('q')).toMatchObject({ x: 30, y: 40 });
  });
});
