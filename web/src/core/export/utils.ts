// Writers for downloads: CSV of a table, SVG of the drawn graph (from positions on screen).

/** RFC 4180 CSV with a header row; fields with separators, quotes or line breaks are quoted. */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const field = (value: string | number | boolean | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label?: string | null;
  /** The side of the node its label is drawn on (right unless the screen drew it left). */
  labelSide?: 'right' | 'left';
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  size: number;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
const round = (n: number) => Math.round(n * 10) / 10;

/** A standalone SVG document: edges first, then nodes, then labels, in viewport coordinates. */
export function toSvg(width: number, height: number, nodes: SvgNode[], edges: SvgEdge[], title = ''): string {
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    title ? `<title>${escapeXml(title)}</title>` : '',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g class="edges">',
    ...edges.map(
      (e) =>
        `<line x1="${round(e.x1)}" y1="${round(e.y1)}" x2="${round(e.x2)}" y2="${round(e.y2)}" stroke="${escapeXml(e.color)}" stroke-width="${round(e.size)}"/>`,
    ),
    '</g>',
    '<g class="nodes">',
    ...nodes.map((n) => `<circle cx="${round(n.x)}" cy="${round(n.y)}" r="${round(n.size)}" fill="${escapeXml(n.color)}"/>`),
    '</g>',
    '<g class="labels" font-family="sans-serif" font-size="12" fill="#1f2328">',
    ...nodes
      .filter((n) => n.label)
      .map((n) =>
        n.labelSide === 'left'
          ? `<text x="${round(n.x - n.size - 3)}" y="${round(n.y + 4)}" text-anchor="end">${escapeXml(n.label!)}</text>`
          : `<text x="${round(n.x + n.size + 3)}" y="${round(n.y + 4)}">${escapeXml(n.label!)}</text>`,
      ),
    '</g>',
    '</svg>',
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
}
