import { describe, expect, it } from 'vitest';
import { fitInto, PAGE, placeLabels, reportSvg } from './report';

describe('the report page', () => {
  const report = {
    title: 'Netzwerkatlas – Landschaft',
    lines: ['Stand: 1. Dezember 2026', 'Filter: Ebene: Bund'],
    legend: [{ color: '#1f6feb', text: 'Netzwerk (24)' }],
    footer: 'Quelle: Netzwerkatlas',
    nodes: [
      { x: -100, y: 50, size: 6, color: '#1f6feb', label: 'NExT & Co' },
      { x: 300, y: -20, size: 2, color: '#2f855a', label: 'Stadt Köln', synthetic: true },
      { x: 200, y: 200, size: 6, color: '#1f6feb', label: 'Erfundenes Netzwerk', synthetic: true },
    ],
    edges: [
      { source: 0, target: 1, color: '#cbd2dc' },
      { source: 1, target: 2, color: '#cbd2dc', synthetic: true },
    ],
  };
  const svg = reportSvg(report);

  it('is an A4 landscape page with title, date and filters, legend and source line', () => {
    expect(svg).toContain('width="297mm" height="210mm"');
    expect(svg).toContain(`viewBox="0 0 ${PAGE.width} ${PAGE.height}"`);
    for (const text of [
      'Netzwerkatlas – Landschaft',
      'Stand: 1. Dezember 2026',
      'Filter: Ebene: Bund',
      'Netzwerk (24)',
      'Quelle: Netzwerkatlas',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain('NExT &amp; Co');
  });

  it('marks the Beispieldaten as the canvas does, and names the marks in the legend', () => {
    // Two invented nodes and the legend's sample: a white ring inside the disc, or a hollow ring
    // where the node is too small for a core.
    const rings = svg.match(/<circle [^>]*stroke="#ffffff"[^>]*class="synthetic"\/>/g) ?? [];
    const hollow = svg.match(/<circle [^>]*fill="#ffffff" stroke="#[0-9a-f]{6}"[^>]*\/>/g) ?? [];
    expect(rings.length + hollow.length).toBe(3);
    expect(hollow.length).toBeGreaterThanOrEqual(1);
    // One invented relation curved, the real one straight; the legend's sample curve besides.
    expect(svg.match(/<path d="M[^"]* Q[^"]*"[^>]*class="synthetic"\/>/g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('Beispieldaten / sample data');
    expect(svg).toContain('Beispiel-Beziehung / sample relation');
  });

  it('names no mark that the page does not show', () => {
    const real = reportSvg({ ...report, nodes: report.nodes.map((n) => ({ ...n, synthetic: false })), edges: [report.edges[0]!] });
    expect(real).not.toContain('class="synthetic"');
    expect(real).not.toContain('Beispieldaten');
  });

  it('fits the whole graph into the box, keeping its shape', () => {
    const fitted = fitInto(report.nodes, { x: 0, y: 0, width: 400, height: 400 });
    expect(Math.min(...fitted.map((n) => n.x))).toBeCloseTo(0);
    expect(Math.max(...fitted.map((n) => n.x))).toBeCloseTo(400);
    expect(fitted[1]!.y - fitted[0]!.y).toBeCloseTo(-70);
  });

  it('labels the largest nodes first and drops a label that would cover another', () => {
    const nodes = [
      { x: 0, y: 0, size: 6, color: '#000', label: 'Großes Netzwerk' },
      { x: 5, y: 2, size: 3, color: '#000', label: 'Kleines' },
      { x: 0, y: 100, size: 3, color: '#000', label: 'Fern' },
    ];
    expect([...placeLabels(nodes, 8)].sort()).toEqual([0, 2]);
  });
});
