import { describe, expect, it } from 'vitest';
import { foldsIntoLand, LAYOUT_EXTENT, type LayoutEdge, type LayoutNode, layoutLandscape } from './layout.js';

// Two regional networks with their Land's authorities, a federal network, a topic, an innovation.
const nodes: LayoutNode[] = [
  { id: 'network:by', kind: 'Network', bundesland: 'DE-BY', umbrella: false },
  { id: 'network:nw', kind: 'Network', bundesland: 'DE-NW', umbrella: false },
  { id: 'network:bund', kind: 'Network', bundesland: null, umbrella: false },
  { id: 'topic:ki', kind: 'Topic', bundesland: null, umbrella: false },
  { id: 'org:bmi', kind: 'Authority', bundesland: null, umbrella: true },
  { id: 'innovation:x', kind: 'Innovation', bundesland: null, umbrella: false },
  ...Array.from({ length: 30 }, (_, i) => ({ id: `org:by${i}`, kind: 'Authority', bundesland: 'DE-BY', umbrella: false })),
  ...Array.from({ length: 30 }, (_, i) => ({ id: `org:nw${i}`, kind: 'Authority', bundesland: 'DE-NW', umbrella: false })),
];
const edges: LayoutEdge[] = [
  ...Array.from({ length: 30 }, (_, i) => ({ source: `org:by${i}`, target: 'network:by' })),
  ...Array.from({ length: 30 }, (_, i) => ({ source: `org:nw${i}`, target: 'network:nw' })),
  { source: 'org:by0', target: 'network:bund' },
  { source: 'org:nw0', target: 'network:bund' },
  { source: 'org:bmi', target: 'network:bund' },
  { source: 'network:bund', target: 'topic:ki' },
  { source: 'innovation:x', target: 'network:by' },
];

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('layoutLandscape', () => {
  const positions = layoutLandscape(nodes, edges, { firstIterations: 200, restIterations: 30 });

  it('places every node and one node per Land, the first level within its square', () => {
    for (const n of nodes) expect(positions.has(n.id), n.id).toBe(true);
    expect(positions.has('land:DE-BY')).toBe(true);
    expect(positions.has('land:DE-NW')).toBe(true);
    for (const id of ['network:by', 'network:nw', 'network:bund', 'topic:ki', 'org:bmi', 'land:DE-BY', 'land:DE-NW']) {
      const [x, y] = positions.get(id) as [number, number];
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(LAYOUT_EXTENT + 1e-6);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it("puts an authority nearer its own Land's node than the other Land's", () => {
    const by = positions.get('land:DE-BY') as [number, number];
    const nw = positions.get('land:DE-NW') as [number, number];
    let nearer = 0;
    for (let i = 0; i < 30; i++) {
      if (distance(positions.get(`org:by${i}`) as [number, number], by) < distance(positions.get(`org:by${i}`) as [number, number], nw))
        nearer++;
      if (distance(positions.get(`org:nw${i}`) as [number, number], nw) < distance(positions.get(`org:nw${i}`) as [number, number], by))
        nearer++;
    }
    expect(nearer).toBe(60);
  });

  it('is deterministic, whatever the order of its input', () => {
    const again = layoutLandscape([...nodes].reverse(), [...edges].reverse(), { firstIterations: 200, restIterations: 30 });
    expect([...again].sort()).toEqual([...positions].sort());
  });

  it('folds only authorities with a Land that are not umbrellas', () => {
    expect(nodes.filter(foldsIntoLand).length).toBe(60);
  });
});
