import { describe, expect, it } from 'vitest';
import { toCsv, toSvg } from './utils';

describe('toCsv', () => {
  it.each([
    [[['a', 'b'], []], 'a,b\r\n'],
    [[['name', 'n'], [['Stadt Köln', 3]]], 'name,n\r\nStadt Köln,3\r\n'],
    [[['x'], [['a,b'], ['say "hi"'], [null], ['two\nlines']]], 'x\r\n"a,b"\r\n"say ""hi"""\r\n\r\n"two\nlines"\r\n'],
  ] as [[string[], (string | number | null)[][]], string][])('%j', ([header, rows], expected) => {
    expect(toCsv(header, rows)).toBe(expected);
  });
});

describe('toSvg', () => {
  it.each([
    [
      { nodes: [{ x: 10, y: 20, size: 4, color: '#f00', label: 'A & B' }], edges: [] },
      ['<circle cx="10" cy="20" r="4" fill="#f00"/>', '<text x="17" y="24">A &amp; B</text>'],
    ],
    [
      { nodes: [{ x: 90, y: 20, size: 4, color: '#f00', label: 'NExT', labelSide: 'left' }], edges: [] },
      ['<text x="83" y="24" text-anchor="end">NExT</text>'],
    ],
    [
      { nodes: [], edges: [{ x1: 0, y1: 0, x2: 1.234, y2: 5, color: '#ccc', size: 1 }] },
      ['<line x1="0" y1="0" x2="1.2" y2="5" stroke="#ccc" stroke-width="1"/>'],
    ],
  ] as const)('%#', ({ nodes, edges }, fragments) => {
    const svg = toSvg(100, 50, [...nodes], [...edges], 'Netz <1>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"')).toBe(true);
    expect(svg).toContain('<title>Netz &lt;1&gt;</title>');
    for (const fragment of fragments) expect(svg).toContain(fragment);
  });
});
