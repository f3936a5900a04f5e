// The whole graph as a page that travels (not the viewport): an A4 landscape sheet with the title,
// the date, the filters, a legend and a source line, the graph fitted into it with its labels
// (largest nodes first, none covering another). As SVG (vector, sized in millimetres) or as PNG
// rasterised from that SVG at print resolution (300 dpi). Beispieldaten carry the marks they have
// on the canvas (core/render/marks): an invented node a white ring inside its disc, an invented
// relation a curve, both named in the legend.

export interface ReportNode {
  /** Position in the whole-graph view (any units; fitted into the page). */
  x: number;
  y: number;
  size: number;
  color: string;
  label?: string | null;
  synthetic?: boolean;
}

export interface ReportEdge {
  source: number;
  target: number;
  color: string;
  synthetic?: boolean;
}

export interface Report {
  title: string;
  lines: string[];
  legend: { color: string; text: string }[];
  footer: string;
  nodes: ReportNode[];
  edges: ReportEdge[];
}

/** A4 landscape in CSS pixels (96 per inch); the SVG says 297 × 210 mm. */
export const PAGE = { width: 1123, height: 794 };
/** Print resolution of the PNG. */
export const PNG_DPI = 300;

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The white ring's width on the page; a node too small for a core inside it is drawn hollow. */
const RING = 1;

/** A node, with the mark of Beispieldaten where it is invented. */
function nodeSvg(n: ReportNode): string[] {
  const at = `cx="${r1(n.x)}" cy="${r1(n.y)}"`;
  const color = escapeXml(n.color);
  if (!n.synthetic) return [`<circle ${at} r="${r1(n.size)}" fill="${color}"/>`];
  if (n.size < 3 * RING) return [`<circle ${at} r="${r1(n.size - RING / 2)}" fill="#ffffff" stroke="${color}" stroke-width="${RING}"/>`];
  return [
    `<circle ${at} r="${r1(n.size)}" fill="${color}"/>`,
    `<circle ${at} r="${r1(n.size - 1.5 * RING)}" fill="none" stroke="#ffffff" stroke-width="${RING}" class="synthetic"/>`,
  ];
}

/** A relation: straight, or curved (a quadratic arc bent by a fifth of its length) where invented. */
function edgeSvg(a: ReportNode, b: ReportNode, e: ReportEdge): string {
  const stroke = `stroke="${escapeXml(e.color)}" stroke-width="0.5"`;
  if (!e.synthetic) return `<line x1="${r1(a.x)}" y1="${r1(a.y)}" x2="${r1(b.x)}" y2="${r1(b.y)}" ${stroke}/>`;
  const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
  const [cx, cy] = [mx - (b.y - a.y) / 5, my + (b.x - a.x) / 5];
  return `<path d="M${r1(a.x)} ${r1(a.y)} Q${r1(cx)} ${r1(cy)} ${r1(b.x)} ${r1(b.y)}" fill="none" ${stroke} class="synthetic"/>`;
}

/** Node positions fitted into a box, keeping the aspect ratio; sizes scaled alike (at least 1.2). */
export function fitInto(nodes: ReportNode[], box: { x: number; y: number; width: number; height: number }): ReportNode[] {
  if (!nodes.length) return [];
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min(box.width / spanX, box.height / spanY);
  const offX = box.x + (box.width - spanX * scale) / 2;
  const offY = box.y + (box.height - spanY * scale) / 2;
  return nodes.map((n) => ({ ...n, x: offX + (n.x - minX) * scale, y: offY + (n.y - minY) * scale }));
}

/** Which nodes get a label: largest first, skipping labels that would meet one already placed. */
export function placeLabels(nodes: ReportNode[], fontSize: number): Set<number> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const chosen = new Set<number>();
  const order = nodes.map((_, i) => i).sort((a, b) => nodes[b]!.size - nodes[a]!.size || a - b);
  for (const i of order) {
    const n = nodes[i]!;
    if (!n.label) continue;
    const box = {
      x0: n.x + n.size + 2,
      y0: n.y - fontSize * 0.7,
      x1: n.x + n.size + 2 + n.label.length * fontSize * 0.56,
      y1: n.y + fontSize * 0.4,
    };
    if (placed.some((p) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1)) continue;
    placed.push(box);
    chosen.add(i);
  }
  return chosen;
}

/** The report as a standalone SVG document. */
export function reportSvg(report: Report): string {
  const { width, height } = PAGE;
  const margin = 28;
  const legendWidth = 210;
  const top = 74 + report.lines.length * 14;
  const area = { x: margin, y: top, width: width - 2 * margin - legendWidth - 12, height: height - top - 46 };
  const nodes = fitInto(report.nodes, { x: area.x + 8, y: area.y + 8, width: area.width - 16, height: area.height - 16 });
  const labelled = placeLabels(nodes, 8);
  const legendX = width - margin - legendWidth;
  // The marks of Beispieldaten get a legend line each where the page shows them.
  const marks = { nodes: nodes.some((n) => n.synthetic), edges: report.edges.some((e) => e.synthetic) };
  const markY = (i: number) => top + 26 + (report.legend.length + (i === 1 && !marks.nodes ? 0 : i)) * 16;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(report.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g font-family="sans-serif" fill="#1f2328">`,
    `<text x="${margin}" y="${margin + 14}" font-size="20" font-weight="bold">${escapeXml(report.title)}</text>`,
    ...report.lines.map((line, i) => `<text x="${margin}" y="${margin + 36 + i * 14}" font-size="11">${escapeXml(line)}</text>`),
    '</g>',
    `<rect x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}" fill="none" stroke="#d0d7de"/>`,
    '<g class="edges">',
    ...report.edges.flatMap((e) => {
      const a = nodes[e.source];
      const b = nodes[e.target];
      return a && b ? [edgeSvg(a, b, e)] : [];
    }),
    '</g>',
    '<g class="nodes">',
    ...nodes.flatMap(nodeSvg),
    '</g>',
    '<g class="labels" font-family="sans-serif" font-size="8" fill="#1f2328">',
    ...nodes.flatMap((n, i) =>
      labelled.has(i) ? [`<text x="${r1(n.x + n.size + 2)}" y="${r1(n.y + 3)}">${escapeXml(n.label ?? '')}</text>`] : [],
    ),
    '</g>',
    `<g class="legend" font-family="sans-serif" font-size="10" fill="#1f2328">`,
    `<text x="${legendX}" y="${top + 10}" font-size="12" font-weight="bold">Legende / Legend</text>`,
    ...report.legend.flatMap((item, i) => [
      `<circle cx="${legendX + 6}" cy="${top + 26 + i * 16}" r="5" fill="${escapeXml(item.color)}"/>`,
      `<text x="${legendX + 16}" y="${top + 30 + i * 16}">${escapeXml(item.text)}</text>`,
    ]),
    ...(marks.nodes
      ? [
          nodeSvg({ x: legendX + 6, y: markY(0), size: 5, color: '#57606a', synthetic: true }),
          `<text x="${legendX + 16}" y="${markY(0) + 4}">Beispieldaten / sample data</text>`,
        ]
      : []),
    ...(marks.edges
      ? [
          // The curve of an invented relation, bent more than on the map so that it reads as one.
          `<path d="M${legendX} ${markY(1) + 2} Q${legendX + 6} ${markY(1) - 6} ${legendX + 12} ${markY(1) + 2}" fill="none" stroke="#57606a" stroke-width="1" class="synthetic"/>`,
          `<text x="${legendX + 16}" y="${markY(1) + 4}">Beispiel-Beziehung / sample relation</text>`,
        ]
      : []),
    '</g>',
    `<text x="${margin}" y="${height - 20}" font-family="sans-serif" font-size="9" fill="#57606a">${escapeXml(report.footer)}</text>`,
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The report's SVG rasterised at print resolution (A4 at 300 dpi: 3508 × 2480), as a PNG Blob (in the browser). */
export function reportPng(svg: string, dpi = PNG_DPI): Promise<Blob> {
  const mm = dpi / 25.4;
  return svgToPng(svg, { width: (297 * mm * 96) / dpi, height: (210 * mm * 96) / dpi }, dpi);
}

/**
 * Any standalone SVG (e.g. the heat map's) rasterised at `dpi`, its size given in CSS pixels
 * (96 per inch), as a PNG Blob (in the browser).
 */
export async function svgToPng(svg: string, size: { width: number; height: number }, dpi = PNG_DPI): Promise<Blob> {
  const scale = dpi / 96;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
