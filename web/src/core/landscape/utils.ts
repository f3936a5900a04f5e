// Pure functions from an API response to a graphology graph ready for sigma.

import Graph from 'graphology';
import type { Landscape, NodeKind } from './types';

export const KIND_COLORS: Record<NodeKind, string> = {
  Network: '#1f6feb',
  UmbrellaOrganisation: '#d97706',
  Authority: '#2f855a',
  Topic: '#9333ea',
  Innovation: '#dc2626',
};

export const KIND_LABELS: Record<NodeKind, { de: string; en: string }> = {
  Network: { de: 'Netzwerk', en: 'Network' },
  UmbrellaOrganisation: { de: 'Dachorganisation', en: 'Umbrella organisation' },
  Authority: { de: 'Behörde', en: 'Authority' },
  Topic: { de: 'Thema', en: 'Topic' },
  Innovation: { de: 'Innovation', en: 'Innovation' },
};

/** Node size grows with the square root of its weight, so that large networks stay readable. */
export function nodeSize(kind: NodeKind, members: number): number {
  const base = kind === 'Network' ? 6 : kind === 'Topic' ? 4 : 3;
  return base + Math.sqrt(Math.max(0, members)) * 1.6;
}

/**
 * A graph with one node per landscape node and one edge per relation (edges to unknown nodes
 * are dropped), with colour, size and a deterministic start position on a circle per kind.
 */
export function landscapeToGraph(landscape: Landscape): Graph {
  const graph = new Graph({ multi: false, type: 'directed' });
  const kinds = Object.keys(KIND_COLORS) as NodeKind[];
  const byKind = new Map<NodeKind, number>();
  const counts = new Map<NodeKind, number>();
  for (const n of landscape.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  for (const n of landscape.nodes) {
    const index = byKind.get(n.kind) ?? 0;
    byKind.set(n.kind, index + 1);
    const ring = 1 + kinds.indexOf(n.kind);
    const angle = (2 * Math.PI * index) / Math.max(1, counts.get(n.kind) ?? 1);
    graph.addNode(n.id, {
      label: n.label,
      fullName: n.name,
      kind: n.kind,
      synthetic: n.synthetic,
      members: n.members,
      persons: n.persons,
      color: KIND_COLORS[n.kind] ?? '#666',
      size: nodeSize(n.kind, n.members),
      x: ring * 100 * Math.cos(angle),
      y: ring * 100 * Math.sin(angle),
    });
  }
  for (const e of landscape.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.source, e.target)) continue;
    graph.addDirectedEdge(e.source, e.target, { type: 'arrow', relation: e.type, synthetic: e.synthetic, size: 1, color: '#c8ccd4' });
  }
  return graph;
}
