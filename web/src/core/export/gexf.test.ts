// The GEXF export checked by parsing it: the GEXF 1.3 namespace and version, the viz namespace
// where GEXF 1.3 puts it (colour, size and position on nodes; no viz:size on edges, which 1.3
// calls viz:thickness), every attribute value declared, and a round trip through
// graphology-gexf's own parser that gives back the nodes, edges and attributes we wrote.

import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { fromApi, landscapeToGraph } from '../landscape/utils';
import { gexfGraph, toGexf } from './gexf';

const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';

/** What is wrong with a document as GEXF 1.3 with viz, one line per fault (empty: nothing found). */
function gexfFaults(text: string): string[] {
  const faults: string[] = [];
  const doc = new DOMParser({
    errorHandler: { error: (m) => faults.push(`xml: ${m}`), fatalError: (m) => faults.push(`xml: ${m}`) },
  }).parseFromString(text, 'application/xml');
  const root = doc.documentElement;
  if (root?.localName !== 'gexf' || root.namespaceURI !== GEXF) faults.push(`root is {${root?.namespaceURI}}${root?.localName}`);
  if (root?.getAttribute('version') !== '1.3') faults.push(`version is ${root?.getAttribute('version')}`);
  const all = Array.from(doc.getElementsByTagName('*'));
  for (const el of all) {
    if (el.namespaceURI !== GEXF && el.namespaceURI !== VIZ) faults.push(`<${el.tagName}> in namespace ${el.namespaceURI}`);
  }
  for (const el of Array.from(doc.getElementsByTagNameNS(VIZ, '*'))) {
    const parent = el.parentNode as Element | null;
    const on = parent?.localName;
    if (on !== 'node' && on !== 'edge') faults.push(`viz:${el.localName} inside <${on}>`);
    if (on === 'edge' && el.localName === 'size') faults.push(`viz:size on edge ${parent?.getAttribute('id')}`);
    if (on === 'edge' && !['color', 'thickness', 'shape'].includes(el.localName ?? '')) faults.push(`viz:${el.localName} on an edge`);
    if (on === 'node' && !['color', 'size', 'position', 'shape'].includes(el.localName ?? '')) faults.push(`viz:${el.localName} on a node`);
  }
  // Every attvalue names an attribute declared for its class (node or edge).
  const declared = { node: new Set<string>(), edge: new Set<string>() };
  for (const group of Array.from(doc.getElementsByTagNameNS(GEXF, 'attributes'))) {
    const cls = group.getAttribute('class') as 'node' | 'edge';
    for (const a of Array.from(group.getElementsByTagNameNS(GEXF, 'attribute'))) declared[cls]?.add(a.getAttribute('id') ?? '');
  }
  for (const value of Array.from(doc.getElementsByTagNameNS(GEXF, 'attvalue'))) {
    const owner = (value.parentNode?.parentNode as Element | null)?.localName as 'node' | 'edge';
    if (!declared[owner]?.has(value.getAttribute('for') ?? ''))
      faults.push(`attvalue for undeclared ${owner} attribute ${value.getAttribute('for')}`);
  }
  return faults;
}

const landscape = fromApi({
  nodes: [
    {
      id: 'network:a',
      kind: 'Network',
      label: 'A & B',
      name: 'Netz „A & B“',
      members: 3,
      persons: { exact: null, fewerThan3: true },
      synthetic: false,
      umbrella: false,
      level: 'FEDERAL',
    },
    {
      id: 'org:koeln',
      kind: 'Authority',
      label: 'Köln',
      name: 'Stadt Köln',
      members: 1,
      persons: { exact: 4, fewerThan3: false },
      synthetic: true,
      umbrella: false,
      bundesland: 'DE-NW',
    },
    {
      id: 'topic:ki',
      kind: 'Topic',
      label: 'KI',
      name: 'KI',
      members: 1,
      persons: { exact: 0, fewerThan3: false },
      synthetic: false,
      umbrella: false,
    },
  ],
  edges: [
    { source: 'org:koeln', target: 'network:a', type: 'MEMBER_OF', synthetic: true },
    { source: 'network:a', target: 'topic:ki', type: 'COVERS', synthetic: false },
  ],
} as never);

describe('GEXF export', () => {
  const graph = landscapeToGraph(landscape);
  const text = toGexf(write, graph, new Set(['network:a', 'org:koeln', 'topic:ki']), 'Landschaft');

  it('is GEXF 1.3 with the viz namespace spelled right', () => {
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).not.toContain(':///');
  });

  it('is GEXF 1.3 with viz where the format puts it: no faults found', () => {
    expect(gexfFaults(text)).toEqual([]);
    expect(new DOMParser().parseFromString(text, 'application/xml').getElementsByTagNameNS(VIZ, 'position').length).toBe(3);
  });

  it('the check can fail: graphology-gexf’s own 1.3 (edge widths as viz:size) and a wrong namespace are found', () => {
    const theirs = write(graph, { pretty: true, version: '1.3' });
    const edgeId = new DOMParser().parseFromString(theirs, 'application/xml').getElementsByTagNameNS(GEXF, 'edge')[0]?.getAttribute('id');
    expect(gexfFaults(theirs)).toContain(`viz:size on edge ${edgeId}`);
    // 1.2 as graphology-gexf writes it: another version and the viz namespace with three slashes.
    expect(gexfFaults(write(graph, { pretty: true, version: '1.2' })).length).toBeGreaterThan(0);
    expect(gexfFaults(text.replace('version="1.3"', 'version="1.2"'))).toEqual(['version is 1.2']);
  });

  it('comes back through graphology-gexf’s parser with the same nodes, edges and attributes', () => {
    const back = parse(Graph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    for (const node of graph.nodes()) {
      const mine = graph.getNodeAttributes(node);
      const theirs = back.getNodeAttributes(node);
      expect(mine.kind && mine.label && mine.color).toBeTruthy();
      expect(theirs.label).toBe(mine.label);
      expect(theirs.kind).toBe(mine.kind);
      expect(theirs.synthetic).toBe(mine.synthetic);
      expect(theirs.members).toBe(mine.members);
      expect(theirs.x).toBeCloseTo(mine.x);
      expect(theirs.y).toBeCloseTo(mine.y);
      expect(theirs.size).toBeCloseTo(mine.size);
      expect(theirs.color).toBe(mine.color);
    }
    const pairs = (g: Graph) => g.mapEdges((_e, a, s, t) => `${s}->${t} ${a.relation} ${a.synthetic}`).sort();
    expect(pairs(back)).toEqual(pairs(graph));
    expect(pairs(graph)).toContain('org:koeln->network:a MEMBER_OF true');
    expect(back.getAttribute('description')).toBe('Landschaft');
  });

  it('leaves out the nodes that are not visible, and their edges', () => {
    const part = gexfGraph(graph, new Set(['network:a', 'topic:ki']), 'x');
    expect(part.order).toBe(2);
    expect(part.size).toBe(1);
  });
});
