// The landscape as a graph file for Gephi and other tools: GEXF 1.3 with dynamics (a membership
// is an edge from its start to its end date) and GraphML. Nodes are organisations, networks and,
// when the export carries them, persons; every node and edge says its source or that it is
// Beispieldaten.

import { create } from 'xmlbuilder2';
import type { ExportData } from './data.js';

interface GraphNode {
  id: string;
  label: string;
  kind: 'network' | 'authority' | 'umbrella' | 'person';
  source: string;
  synthetic: boolean;
}

interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  start?: string | null;
  end?: string | null;
  source: string;
  synthetic: boolean;
}

function graphOf(data: ExportData): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const src = (s: string[] | null | undefined) => (s ?? []).join(' | ');
  const nodes: GraphNode[] = [
    ...data.networks.map((n) => ({
      id: n.id,
      label: n.name,
      kind: 'network' as const,
      source: src(n.source),
      synthetic: n.synthetic === true,
    })),
    ...data.organisations.map((o) => ({
      id: o.id,
      label: o.name,
      kind: o.authority ? ('authority' as const) : ('umbrella' as const),
      source: src(o.source),
      synthetic: o.synthetic === true,
    })),
    ...data.persons.map((p) => ({
      id: p.id,
      label: p.name,
      kind: 'person' as const,
      source: src(p.source),
      synthetic: p.synthetic === true,
    })),
  ];
  const edges: GraphEdge[] = [
    ...data.relations.map((r) => ({
      id: edgeId(r.from, r.type, r.to),
      from: r.from,
      to: r.to,
      type: r.type,
      start: r.since,
      end: r.until,
      source: src(r.source),
      synthetic: r.synthetic === true,
    })),
    ...data.networks
      .filter((n) => n.partOf)
      .map((n) => ({
        id: edgeId(n.id, 'PART_OF', n.partOf as string),
        from: n.id,
        to: n.partOf as string,
        type: 'PART_OF',
        source: src(n.source),
        synthetic: n.synthetic === true,
      })),
    ...data.persons.flatMap((p) =>
      p.participations.map((m) => ({
        id: edgeId(p.id, 'PARTICIPATES_IN', m.network),
        from: p.id,
        to: m.network,
        type: 'PARTICIPATES_IN',
        start: m.since,
        end: m.until,
        source: src(m.source),
        synthetic: m.synthetic === true,
      })),
    ),
  ];
  return { nodes, edges };
}

/** An edge's id: its ends and type, joined so that it stays an XML NMTOKEN (GraphML requires one). */
const edgeId = (from: string, type: string, to: string) => `${from}--${type}--${to}`;

/**
 * GEXF dates must be full dates: a year or month alone ("since 2024", "until 2026-04") counts
 * from its first day when it starts a span and to its last day when it ends one.
 */
function gexfDate(d: string | null | undefined, bound: 'start' | 'end'): string | undefined {
  if (!d) return undefined;
  const year = /^(\d{4})$/.exec(d);
  if (year) return bound === 'start' ? `${d}-01-01` : `${d}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(d);
  if (month) {
    if (bound === 'start') return `${d}-01`;
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, '0')}`;
  }
  return d;
}

export function toGexf(data: ExportData, meta: { title: string; date: string }): string {
  const { nodes, edges } = graphOf(data);
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://gexf.net/1.3', 'gexf', { version: '1.3' });
  doc.ele('meta', { lastmodifieddate: meta.date }).ele('creator').txt('Netzwerkatlas').up().ele('description').txt(meta.title);
  const graph = doc.ele('graph', { defaultedgetype: 'directed', mode: 'dynamic', timeformat: 'date' });
  const nodeAttrs = graph.ele('attributes', { class: 'node' });
  nodeAttrs.ele('attribute', { id: 'kind', title: 'kind', type: 'string' });
  nodeAttrs.ele('attribute', { id: 'source', title: 'source', type: 'string' });
  nodeAttrs.ele('attribute', { id: 'synthetic', title: 'synthetic (Beispieldaten)', type: 'boolean' });
  const edgeAttrs = graph.ele('attributes', { class: 'edge' });
  edgeAttrs.ele('attribute', { id: 'type', title: 'type', type: 'string' });
  edgeAttrs.ele('attribute', { id: 'source', title: 'source', type: 'string' });
  edgeAttrs.ele('attribute', { id: 'synthetic', title: 'synthetic (Beispieldaten)', type: 'boolean' });
  const ns = graph.ele('nodes');
  for (const n of nodes) {
    const values = ns.ele('node', { id: n.id, label: n.label }).ele('attvalues');
    values.ele('attvalue', { for: 'kind', value: n.kind });
    values.ele('attvalue', { for: 'source', value: n.source });
    values.ele('attvalue', { for: 'synthetic', value: String(n.synthetic) });
  }
  const es = graph.ele('edges');
  for (const e of edges) {
    const attrs: Record<string, string> = { id: e.id, source: e.from, target: e.to, label: e.type };
    const start = gexfDate(e.start, 'start');
    const end = gexfDate(e.end, 'end');
    if (start) attrs.start = start;
    if (end) attrs.end = end;
    const values = es.ele('edge', attrs).ele('attvalues');
    values.ele('attvalue', { for: 'type', value: e.type });
    values.ele('attvalue', { for: 'source', value: e.source });
    values.ele('attvalue', { for: 'synthetic', value: String(e.synthetic) });
  }
  return doc.end({ prettyPrint: true });
}

export function toGraphml(data: ExportData): string {
  const { nodes, edges } = graphOf(data);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml');
  const keys = [
    ['label', 'node', 'label'],
    ['kind', 'node', 'kind'],
    ['nsource', 'node', 'source'],
    ['nsynthetic', 'node', 'synthetic'],
    ['type', 'edge', 'type'],
    ['start', 'edge', 'start'],
    ['end', 'edge', 'end'],
    ['esource', 'edge', 'source'],
    ['esynthetic', 'edge', 'synthetic'],
  ] as const;
  for (const [id, forWhat, name] of keys)
    root.ele('key', { id, for: forWhat, 'attr.name': name, 'attr.type': name === 'synthetic' ? 'boolean' : 'string' });
  const graph = root.ele('graph', { id: 'netzwerkatlas', edgedefault: 'directed' });
  for (const n of nodes) {
    const node = graph.ele('node', { id: n.id });
    node.ele('data', { key: 'label' }).txt(n.label);
    node.ele('data', { key: 'kind' }).txt(n.kind);
    node.ele('data', { key: 'nsource' }).txt(n.source);
    node.ele('data', { key: 'nsynthetic' }).txt(String(n.synthetic));
  }
  for (const e of edges) {
    const edge = graph.ele('edge', { id: e.id, source: e.from, target: e.to });
    edge.ele('data', { key: 'type' }).txt(e.type);
    if (e.start) edge.ele('data', { key: 'start' }).txt(e.start);
    if (e.end) edge.ele('data', { key: 'end' }).txt(e.end);
    edge.ele('data', { key: 'esource' }).txt(e.source);
    edge.ele('data', { key: 'esynthetic' }).txt(String(e.synthetic));
  }
  return root.end({ prettyPrint: true });
}
