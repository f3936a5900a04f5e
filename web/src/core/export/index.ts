// Downloads of the current view: PNG (sigma's export-image), SVG and GEXF of the visible graph, CSV.

import { downloadAsPNG } from '@sigma/export-image';
import type Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { drawnLabels } from '../render/labelLayer';
import { toGexf } from './gexf';
import { type SvgEdge, type SvgNode, toSvg } from './utils';

export function downloadText(fileName: string, text: string, type: string) {
  downloadBlob(fileName, new Blob([text], { type }));
}

export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPng(renderer: Sigma, fileName: string) {
  return downloadAsPNG(renderer, { fileName, backgroundColor: '#ffffff' });
}

/** The nodes, edges and labels sigma currently draws (after reducers), as an SVG file. */
export function exportSvg(renderer: Sigma, fileName: string, title: string) {
  const { width, height } = renderer.getDimensions();
  const graph = renderer.getGraph();
  // The labels on screen (chosen so that none covers another), not one per node.
  const drawn = drawnLabels(renderer);
  const labelled = drawn && new Map(drawn.map((b) => [b.key, b.side]));
  const nodes: SvgNode[] = [];
  const shown = new Map<string, SvgNode>();
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const p = renderer.framedGraphToViewport(data);
    const label = labelled && !labelled.has(node) ? null : data.label;
    const svgNode = { x: p.x, y: p.y, size: renderer.scaleSize(data.size), color: data.color, label, labelSide: labelled?.get(node) };
    shown.set(node, svgNode);
    nodes.push(svgNode);
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(edge);
    const a = shown.get(source);
    const b = shown.get(target);
    if (!data || data.hidden || !a || !b) return;
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: data.color, size: Math.max(0.5, data.size) });
  });
  downloadText(fileName, toSvg(width, height, nodes, edges, title), 'image/svg+xml');
}

/** The visible part of the graph as GEXF 1.3, with positions, colours and sizes. */
export function exportGexf(graph: Graph, visible: ReadonlySet<string>, fileName: string, description = '') {
  downloadText(fileName, toGexf(writeGexf, graph, visible, description), 'application/gexf+xml');
}

export function exportCsv(fileName: string, csv: string) {
  downloadText(fileName, `\ufeff${csv}`, 'text/csv;charset=utf-8');
}

export { toCsv, toSvg } from './utils';
