import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Filters } from '../urlState/types';
import { getEmptyFilters } from '../urlState/utils';
import type { Landscape } from './types';
import {
  aggregateSmallAuthorities,
  bestConnected,
  egoNodeIds,
  groupRelations,
  landscapeToGraph,
  MAX_NODE_SIZE,
  nodeSize,
  seededPosition,
  visibleNodeIds,
} from './utils';

const landscape: Landscape = {
  nodes: [
    {
      id: 'network:a',
      kind: 'Network',
      label: 'A',
      name: 'Netz A',
      members: 4,
      persons: { exact: null, fewerThan3: true },
      synthetic: false,
      level: 'FEDERAL',
      typology: 'CLAN',
    },
    {
      id: 'network:b',
      kind: 'Network',
      label: 'B',
      name: 'Netz B',
      members: 1,
      persons: { exact: 0, fewerThan3: false },
      synthetic: false,
      level: 'MUNICIPAL',
      bundesland: 'DE-BY',
    },
    {
      id: 'org:x',
      kind: 'Authority',
      label: 'X',
      name: 'Stadt X',
      members: 1,
      persons: { exact: 3, fewerThan3: false },
      synthetic: true,
      bundesland: 'DE-NW',
      level: 'MUNICIPAL',
    },
    {
      id: 'org:y',
      kind: 'Authority',
      label: 'Y',
      name: 'Stadt Y',
      members: 1,
      persons: { exact: null, fewerThan3: true },
      synthetic: true,
      bundesland: 'DE-NW',
      level: 'MUNICIPAL',
    },
    {
      id: 'org:z',
      kind: 'Authority',
      label: 'Z',
      name: 'Amt Z',
      members: 2,
      persons: { exact: 0, fewerThan3: false },
      synthetic: false,
      bundesland: 'DE-NW',
      level: 'STATE',
    },
    { id: 'topic:t', kind: 'Topic', label: 'T', name: 'Thema', members: 1, persons: { exact: 0, fewerThan3: false }, synthetic: false },
  ],
  edges: [
    { source: 'org:x', target: 'network:a', type: 'MEMBER_OF', synthetic: true },
    { source: 'org:y', target: 'network:a', type: 'MEMBER_OF', synthetic: true },
    { source: 'org:z', target: 'network:a', type: 'MEMBER_OF', synthetic: false },
    { source: 'org:z', target: 'network:b', type: 'MEMBER_OF', synthetic: false },
    { source: 'network:a', target: 'topic:t', type: 'COVERS', synthetic: false },
    { source: 'network:a', target: 'topic:gone', type: 'COVERS', synthetic: false },
  ],
};

describe('landscapeToGraph', () => {
  it('keeps every node and drops edges to unknown nodes', () => {
    const graph = landscapeToGraph(landscape);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(5);
    expect(graph.getNodeAttribute('org:x', 'synthetic')).toBe(true);
  });

  it("places nodes where the server's layout put them, else deterministically (marked unplaced)", () => {
    expect(landscapeToGraph(landscape).getNodeAttributes('network:a')).toEqual(landscapeToGraph(landscape).getNodeAttributes('network:a'));
    expect(landscapeToGraph(landscape).getNodeAttributes('network:a').unplaced).toBe(true);
    const placed = { ...landscape, nodes: landscape.nodes.map((n) => (n.id === 'network:a' ? { ...n, x: 1, y: 2 } : n)) };
    expect(landscapeToGraph(placed).getNodeAttributes('network:a')).toMatchObject({ x: 1, y: 2 });
    expect(landscapeToGraph(placed).getNodeAttributes('network:a').unplaced).toBeUndefined();
    // Only the nodes asked for.
    expect(landscapeToGraph(landscape, (n) => n.kind === 'Network').order).toBe(2);
    // Person counts as plain attributes (GEXF): the number where told, else whether fewer than 3.
    expect(landscapeToGraph(landscape).getNodeAttributes('network:a')).toMatchObject({ persons: null, personsFewerThan3: true });
    expect(landscapeToGraph(landscape).getNodeAttributes('org:x')).toMatchObject({ persons: 3, personsFewerThan3: false });
    expect(seededPosition('network:a', 'Network')).toEqual(seededPosition('network:a', 'Network'));
  });
});

describe('aggregateSmallAuthorities', () => {
  it("puts every authority with a Land into its Land's node, at the server's position, and merges their edges", () => {
    const result = aggregateSmallAuthorities({ ...landscape, places: { 'land:DE-NW': [10, 20] } }, new Set());
    const land = result.nodes.find((n) => n.id === 'land:DE-NW');
    // 3, "fewer than 3" (withheld by the API) and 0 sum to at least 4, not to an exact number.
    expect(land).toMatchObject({
      kind: 'Land',
      label: 'Nordrhein-Westfalen',
      members: 3,
      persons: { exact: null, fewerThan3: false, atLeast: 4 },
      aggregated: ['org:x', 'org:y', 'org:z'],
      x: 10,
      y: 20,
    });
    expect(result.nodes.map((n) => n.id)).not.toContain('org:x');
    expect(result.edges.filter((e) => e.source === 'land:DE-NW')).toEqual([
      { source: 'land:DE-NW', target: 'network:a', type: 'MEMBER_OF', synthetic: true },
      { source: 'land:DE-NW', target: 'network:b', type: 'MEMBER_OF', synthetic: false },
    ]);
  });

  it.each([
    [new Set(['DE-NW']), 6],
    [new Set<string>(), 4],
  ])('expanded %j -> %d nodes', (expanded, order) => {
    expect(aggregateSmallAuthorities(landscape, expanded).nodes).toHaveLength(order);
  });
});

describe('visibleNodeIds', () => {
  const f = (patch: Partial<Filters>): Filters => ({ ...getEmptyFilters(), ...patch });
  it.each([
    [f({}), ['network:a', 'network:b', 'org:x', 'org:y', 'org:z', 'topic:t']],
    [f({ kinds: ['Network'] }), ['network:a', 'network:b']],
    [f({ data: 'real' }), ['network:a', 'network:b', 'org:z', 'topic:t']],
    [f({ data: 'synthetic' }), ['org:x', 'org:y']],
    [f({ typology: 'CLAN' }), ['network:a', 'org:x', 'org:y', 'org:z', 'topic:t']],
    [f({ land: 'DE-BY' }), ['network:b']],
    [f({ topics: ['topic:t'] }), ['network:a', 'org:x', 'org:y', 'org:z', 'topic:t']],
    [f({ term: 'ended' }), ['network:b', 'org:z']],
  ] as [Filters, string[]][])('%j', (filters, expected) => {
    expect(
      [
        ...visibleNodeIds(
          landscape,
          filters,
          new Map([
            ['network:a', true],
            ['network:b', false],
          ]),
        ),
      ].sort(),
    ).toEqual(expected);
  });
});

describe('egoNodeIds', () => {
  const graph = landscapeToGraph(landscape);
  it.each([
    ['topic:t', 1, ['network:a', 'topic:t']],
    ['topic:t', 2, ['network:a', 'org:x', 'org:y', 'org:z', 'topic:t']],
    ['missing', 2, []],
  ] as [string, number, string[]][])('%s, %d steps', (center, depth, expected) => {
    expect([...egoNodeIds(graph, center, depth)].sort()).toEqual(expected);
  });
  it('works on an empty graph', () => expect(egoNodeIds(new Graph(), 'a', 1).size).toBe(0));
});

describe('bestConnected', () => {
  it('names the node with the most relations per kind, in the order asked', () => {
    const graph = landscapeToGraph(landscape);
    const degreeOf = (id: string) => graph.degree(id);
    const picks = bestConnected(graph, ['Topic', 'Network', 'Authority', 'Innovation']);
    expect(picks.map((p) => p.kind)).toEqual(['Topic', 'Network', 'Authority']);
    for (const pick of picks) {
      const rivals = graph.filterNodes((_id, a) => a.kind === pick.kind);
      expect(Math.max(...rivals.map(degreeOf))).toBe(degreeOf(pick.id));
      expect(pick.label).toBe(graph.getNodeAttribute(pick.id, 'label'));
    }
  });

  it('breaks ties by id', () => {
    const graph = new Graph();
    for (const id of ['n:b', 'n:a', 'n:c']) graph.addNode(id, { kind: 'Network', label: id.toUpperCase() });
    graph.addEdge('n:b', 'n:c');
    graph.addEdge('n:a', 'n:c');
    expect(bestConnected(graph, ['Network'])).toEqual([{ id: 'n:c', kind: 'Network', label: 'N:C' }]);
    graph.dropEdge('n:b', 'n:c');
    graph.dropEdge('n:a', 'n:c');
    expect(bestConnected(graph, ['Network'])[0]?.id).toBe('n:a');
  });
});

describe('nodeSize', () => {
  it.each([
    ['Network', 0, 3],
    ['Network', 8, 3 + 2 * 0.6],
    ['Authority', -3, 2],
    ['Network', 7429, MAX_NODE_SIZE],
  ] as const)('%s with %d members -> %d', (kind, members, expected) => {
    expect(nodeSize(kind, members)).toBeCloseTo(expected);
  });
  it('grows less than linearly with the members', () => {
    expect(nodeSize('Network', 1000) - 3).toBeLessThan(2 * (nodeSize('Network', 125) - 3) + 0.01);
  });
});

describe('groupRelations', () => {
  it('lists each related node once, with its relation types in the order met', () => {
    const kiCampus = { id: 'network:ki-campus', name: 'KI-Campus' };
    const kern = { id: 'network:kern', name: 'KERN' };
    expect(
      groupRelations([
        { type: 'COORDINATES', node: kiCampus },
        { type: 'MEMBER_OF', node: kern },
        { type: 'MEMBER_OF', node: kiCampus },
        { type: 'MEMBER_OF', node: kiCampus },
        { type: 'FUNDS', node: null },
      ]),
    ).toEqual([
      { ...kiCampus, types: ['COORDINATES', 'MEMBER_OF'] },
      { ...kern, types: ['MEMBER_OF'] },
    ]);
  });
});
