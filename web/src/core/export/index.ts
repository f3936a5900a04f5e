// Downloads: files from text or a Blob, GEXF of the visible graph, CSV (the report page of the
// whole graph as PNG and SVG is in report.ts, tables for Excel in tables.ts).

import type Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import { toGexf } from './gexf';

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

/** The visible part of the graph as GEXF 1.3, with positions, colours and sizes. */
export function exportGexf(graph: Graph, visible: ReadonlySet<string>, fileName: string, description = '') {
  downloadText(fileName, toGexf(writeGexf, graph, visible, description), 'application/gexf+xml');
}

export function exportCsv(fileName: string, csv: string) {
  downloadText(fileName, `\ufeff${csv}`, 'text/csv;charset=utf-8');
}

export { toCsv, toSvg } from './utils';
