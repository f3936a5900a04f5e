// Pure functions on the landscape: from the API response to a graphology graph for sigma,
// aggregation of small authorities into their Land, filters, and the ego neighbourhood.

import Graph from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import { lowerBound, sumPersonCounts } from '../personCount';
import type { Filters } from '../urlState/types';
import type { ApiLandscape, GraphNodeAttributes, Landscape, LandscapeEdge, LandscapeNode, NodeKind } from './types';

export const KIND_COLORS: Record<NodeKind, string> = {
  Network: '#1f6feb',
  UmbrellaOrganisation: '#b45309',
  Authority: '#2f855a',
  Topic: '#9333ea',
  Innovation: '#dc2626',
  Land: '#64748b',
};

/** Relations in a light grey: thousands of them on the first level must not veil the nodes. */
export const EDGE_COLOR = '#dde2e8';

/** Eight colours that stay apart for colour-blind viewers (Okabe–Ito), then grey. */
export const CLUSTER_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];
export const clusterColor = (index: number) => CLUSTER_COLORS[index] ?? '#9ca3af';

export const BUNDESLAENDER: Record<string, string> = {
  'DE-BW': 'Baden-Württemberg',
  'DE-BY': 'Bayern',
  'DE-BE': 'Berlin',
  'DE-BB': 'Brandenburg',
  'DE-HB': 'Bremen',
  'DE-HH': 'Hamburg',
  'DE-HE': 'Hessen',
  'DE-MV': 'Mecklenburg-Vorpommern',
  'DE-NI': 'Niedersachsen',
  'DE-NW': 'Nordrhein-Westfalen',
  'DE-RP': 'Rheinland-Pfalz',
  'DE-SL': 'Saarland',
  'DE-SN': 'Sachsen',
  'DE-ST': 'Sachsen-Anhalt',
  'DE-SH': 'Schleswig-Holstein',
  'DE-TH': 'Thüringen',
};

export const landName = (code: string | null | undefined) => (code ? (BUNDESLAENDER[code] ?? code) : '');
export const landNodeId = (code: string) => `land:${code}`;

/**
 * The API's landscape as the app keeps it: its lists as they came (one copy; nothing here
 * changes them), and the positions of the Land nodes the map's first level draws.
 */
export function fromApi(api: ApiLandscape): Landscape {
  const places: Positions = {};
  for (const p of api.landPositions ?? []) places[landNodeId(p.bundesland)] = [p.x, p.y];
  return { nodes: api.nodes as LandscapeNode[], edges: api.edges as LandscapeEdge[], places };
}

/** The largest radius a node is drawn with, in pixels at the initial view. */
export const MAX_NODE_SIZE = 10;

/**
 * Node radius: grows with the cube root of its weight (members, networks, adopters), so that a
 * network of 7,000 members is larger than one of 70 but does not cover its neighbours (four
 * hundred networks on one map leave each little room), and is capped at MAX_NODE_SIZE.
 */
export function nodeSize(kind: NodeKind, members: number): number {
  const base = kind === 'Network' || kind === 'Topic' || kind === 'Land' ? 3 : 2;
  return Math.min(MAX_NODE_SIZE, base + Math.cbrt(Math.max(0, members)) * 0.6);
}

/**
 * Whether an authority is drawn inside its Land's node on the map's first level (and listed
 * there in the table) until that Land is opened: every authority with a Land that is not also
 * an umbrella. The server lays out the first level with the same rule (server/src/derived/layout.ts).
 */
export const foldsIntoLand = (n: LandscapeNode) => n.kind === 'Authority' && !n.umbrella && Boolean(n.bundesland);

/**
 * Authorities that fold into their Land (foldsIntoLand) become one Land node per Bundesland,
 * except in the Länder the user opened. Edges are rewired to the Land node and merged; the Land
 * node's weight is the number of authorities it stands for.
 */
export function aggregateSmallAuthorities(landscape: Landscape, expanded: ReadonlySet<string>): Landscape {
  const into = new Map<string, string>();
  const lands = new Map<string, LandscapeNode>();
  const nodes: LandscapeNode[] = [];
  for (const n of landscape.nodes) {
    if (foldsIntoLand(n) && n.bundesland && !expanded.has(n.bundesland)) {
      const id = landNodeId(n.bundesland);
      into.set(n.id, id);
      let land = lands.get(id);
      if (!land) {
        land = {
          id,
          kind: 'Land',
          label: landName(n.bundesland),
          name: landName(n.bundesland),
          members: 0,
          persons: { exact: 0, fewerThan3: false, atLeast: 0 },
          level: 'STATE',
          bundesland: n.bundesland,
          synthetic: true,
          aggregated: [],
          x: landscape.places?.[id]?.[0] ?? null,
          y: landscape.places?.[id]?.[1] ?? null,
        };
        lands.set(id, land);
        nodes.push(land);
      }
      land.members += 1;
      land.persons = sumPersonCounts([land.persons, n.persons]);
      land.synthetic &&= n.synthetic;
      land.aggregated!.push(n.id);
    } else nodes.push(n);
  }
  if (!into.size) return { ...landscape, nodes };
  // Rewired edges are merged per (source, target, type); nested maps, not string keys: a
  // Germany-scale landscape rewires about a hundred thousand memberships.
  const seen = new Map<string, Map<string, string[]>>();
  const edges = [];
  for (const e of landscape.edges) {
    const source = into.get(e.source) ?? e.source;
    const target = into.get(e.target) ?? e.target;
    if (source === e.source && target === e.target) {
      edges.push(e);
      continue;
    }
    if (source === target) continue;
    let targets = seen.get(source);
    if (!targets) {
      targets = new Map();
      seen.set(source, targets);
    }
    let types = targets.get(target);
    if (!types) {
      types = [];
      targets.set(target, types);
    }
    if (types.includes(e.type)) continue;
    types.push(e.type);
    edges.push({ ...e, source, target });
  }
  return { nodes, edges, places: landscape.places };
}

/** Whether any filter narrows the networks (so other nodes only stay when linked to one). */
function narrowsNetworks(filters: Filters): boolean {
  return Boolean(
    filters.topics.length || filters.level || filters.land || filters.typology || filters.governance || filters.term !== 'all',
  );
}

/**
 * The ids of the nodes the filters leave visible. `running` says for each network whether it
 * still runs (Network.running); networks missing there pass the term filter.
 */
export function visibleNodeIds(landscape: Landscape, filters: Filters, running: ReadonlyMap<string, boolean> = new Map()): Set<string> {
  const kinds = new Set(filters.kinds);
  const covers = new Map<string, Set<string>>();
  for (const e of landscape.edges) {
    if (e.type !== 'COVERS') continue;
    if (!covers.has(e.source)) covers.set(e.source, new Set());
    covers.get(e.source)!.add(e.target);
  }
  const passesData = (n: LandscapeNode) => filters.data === 'all' || (filters.data === 'real' ? !n.synthetic : n.synthetic);
  const passesRegion = (n: LandscapeNode) =>
    (!filters.level || n.level === filters.level) && (!filters.land || n.bundesland === filters.land);
  const passesNetwork = (n: LandscapeNode) =>
    passesRegion(n) &&
    (!filters.typology || n.typology === filters.typology) &&
    (!filters.governance || n.governance === filters.governance) &&
    (filters.term === 'all' || (running.get(n.id) ?? true) === (filters.term === 'running')) &&
    (!filters.topics.length || filters.topics.some((t) => covers.get(n.id)?.has(t)));

  const visible = new Set<string>();
  for (const n of landscape.nodes) {
    if (!kinds.has(n.kind) || !passesData(n)) continue;
    if (n.kind === 'Network' && !passesNetwork(n)) continue;
    if ((n.kind === 'Authority' || n.kind === 'Land') && !passesRegion(n)) continue;
    if (n.kind === 'Topic' && filters.topics.length && !filters.topics.includes(n.id)) continue;
    visible.add(n.id);
  }
  if (!narrowsNetworks(filters)) return visible;
  // Other kinds only stay when they touch a network that passed.
  const kindOf = new Map(landscape.nodes.map((n) => [n.id, n.kind]));
  const networks = new Set([...visible].filter((id) => kindOf.get(id) === 'Network'));
  const touchesNetwork = new Set<string>();
  for (const e of landscape.edges) {
    if (networks.has(e.source)) touchesNetwork.add(e.target);
    if (networks.has(e.target)) touchesNetwork.add(e.source);
  }
  for (const id of visible) if (kindOf.get(id) !== 'Network' && !touchesNetwork.has(id)) visible.delete(id);
  return visible;
}

/** The node and everything within `depth` relations of it (either direction). */
export function egoNodeIds(graph: Graph, center: string, depth: number): Set<string> {
  const ids = new Set<string>();
  if (!graph.hasNode(center)) return ids;
  bfsFromNode(
    graph,
    center,
    (node, _attributes, d) => {
      ids.add(node);
      return d >= depth;
    },
    { mode: 'directed' },
  );
  return ids;
}

/**
 * Per kind, the node with the most relations (ties by id): where to start when no node is
 * chosen yet, e.g. the ego view's suggestions. Kinds without a node are left out.
 */
export function bestConnected(graph: Graph, kinds: readonly NodeKind[]): { id: string; kind: NodeKind; label: string }[] {
  const best = new Map<NodeKind, { id: string; degree: number }>();
  graph.forEachNode((id, a) => {
    const kind = a.kind as NodeKind;
    if (!kinds.includes(kind)) return;
    const degree = graph.degree(id);
    const current = best.get(kind);
    if (!current || degree > current.degree || (degree === current.degree && id < current.id)) best.set(kind, { id, degree });
  });
  return kinds.flatMap((kind) => {
    const b = best.get(kind);
    return b ? [{ id: b.id, kind, label: String(graph.getNodeAttribute(b.id, 'label')) }] : [];
  });
}

/** A small deterministic hash (FNV-1a, 32 bit) as 8 hex digits. */
export function hashString(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A deterministic start position: each kind on its own ring, the angle and a little jitter from
 * a hash of the id, so the same landscape always starts (and so ends) the same way.
 */
export function seededPosition(id: string, kind: NodeKind): { x: number; y: number } {
  const ring = { Network: 1, UmbrellaOrganisation: 2, Topic: 1.5, Innovation: 2.5, Authority: 3, Land: 3.5 }[kind] ?? 3;
  const h = Number.parseInt(hashString(id), 16);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = ring * 100 * (0.85 + ((h >>> 16) / 0x10000) * 0.3);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export type Positions = Record<string, [number, number]>;

/** The graph attributes of one landscape node: where it stands (the server's position, else a seeded one), its colour and size. */
export function nodeAttributes(n: LandscapeNode): GraphNodeAttributes {
  const placed = typeof n.x === 'number' && typeof n.y === 'number';
  const position = placed ? { x: n.x as number, y: n.y as number } : seededPosition(n.id, n.kind);
  return {
    label: n.label,
    fullName: n.name,
    kind: n.kind,
    synthetic: n.synthetic,
    members: n.members,
    persons: n.persons.exact,
    personsFewerThan3: n.persons.fewerThan3,
    personsAtLeast: lowerBound(n.persons),
    level: n.level ?? null,
    bundesland: n.bundesland ?? null,
    color: KIND_COLORS[n.kind] ?? '#666',
    size: nodeSize(n.kind, n.aggregated ? n.aggregated.length : n.members),
    ...position,
    ...(placed ? {} : { unplaced: true }),
    ...(n.aggregated ? { aggregated: n.aggregated.length } : {}),
  };
}

/** Adds an edge for a relation between two nodes of the graph, once per pair. */
export function addRelation(graph: Graph, e: LandscapeEdge): void {
  if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) return;
  if (graph.hasEdge(e.source, e.target) || graph.hasEdge(e.target, e.source)) return;
  graph.addDirectedEdge(e.source, e.target, { relation: e.type, synthetic: e.synthetic, size: 0.6, color: EDGE_COLOR });
}

/**
 * A graph with one node per landscape node (those `include` accepts) and one edge per relation
 * between them (edges to unknown nodes and parallel edges are dropped), with colour, size and
 * position (nodeAttributes).
 */
export function landscapeToGraph(landscape: Landscape, include: (n: LandscapeNode) => boolean = () => true): Graph<GraphNodeAttributes> {
  const graph = new Graph<GraphNodeAttributes>({ multi: false, type: 'directed' });
  for (const n of landscape.nodes) if (include(n)) graph.addNode(n.id, nodeAttributes(n));
  for (const e of landscape.edges) addRelation(graph, e);
  return graph;
}

/**
 * Relations of one node to others, one entry per other node with its relation types in the order
 * met: an authority that coordinates the KI-Campus and is a member of it is one network with two
 * roles, not two networks. Relations without a node (hidden from the viewer) are left out.
 */
export function groupRelations<T extends { id: string }>(
  relations: readonly { type: string; node: T | null | undefined }[],
): (T & { types: string[] })[] {
  const byId = new Map<string, T & { types: string[] }>();
  for (const { type, node } of relations) {
    if (!node) continue;
    const entry = byId.get(node.id);
    if (!entry) byId.set(node.id, { ...node, types: [type] });
    else if (!entry.types.includes(type)) entry.types.push(type);
  }
  return [...byId.values()];
}
