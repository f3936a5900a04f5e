// GEXF 1.3 of the visible graph: the subgraph with positions, colours and sizes of the nodes,
// written by graphology-gexf. Edges lose their drawing width: GEXF 1.3 calls an edge's width
// viz:thickness, and graphology-gexf would write it as viz:size, which GEXF 1.3 does not allow on
// an edge. The xsi:schemaLocation hint is left out: it names the XSD generated from the 1.3
// grammar, which declares the viz elements in the main namespace and so rejects a file written
// as Gephi writes it (viz:color in the viz namespace).

import type Graph from 'graphology';
import { subgraph } from 'graphology-operators';

/** Options for graphology-gexf's writer: version 1.3 (its default, 1.2, names the viz namespace with three slashes). */
export const GEXF_OPTIONS = { pretty: true, version: '1.3' } as const;

/** The visible part of the graph, ready for the GEXF writer. */
export function gexfGraph(graph: Graph, visible: ReadonlySet<string>, description: string): Graph {
  const part = subgraph(graph, [...visible]);
  part.forEachEdge((edge) => part.removeEdgeAttribute(edge, 'size'));
  part.replaceAttributes({ creator: 'Netzwerkatlas', description });
  return part;
}

type GexfWriter = (graph: Graph, options: typeof GEXF_OPTIONS) => string;

/** The GEXF 1.3 document of the visible graph (`write` is graphology-gexf's writer). */
export function toGexf(write: GexfWriter, graph: Graph, visible: ReadonlySet<string>, description: string): string {
  return write(gexfGraph(graph, visible, description), GEXF_OPTIONS).replace(/ xmlns:xsi="[^"]*" xsi:schemaLocation="[^"]*"/, '');
}
