import { describe, expect, it } from 'vitest';
import { toExcelCsv, toSheet } from './tables';

const table = {
  header: ['Name', 'Jaccard', 'gemeinsam', 'Beispieldaten'],
  rows: [
    ['Deutsches Vergabenetzwerk (DVNW)', 0.615, 3, false],
    ['KGSt; Zirkel "Agilität"', 0.5, 12, true],
    ['Köln', null, 1234, true],
  ],
};

describe('CSV for a German Excel', () => {
  const csv = toExcelCsv(table, 'de');
  const lines = csv.slice(1).split('\r\n');

  it('starts with a byte-order mark, so that Excel reads UTF-8 (Köln, not KÃ¶ln)', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Köln');
  });

  it('separates fields with semicolons and writes decimal commas, no thousands separator', () => {
    expect(lines[0]).toBe('Name;Jaccard;gemeinsam;Beispieldaten');
    expect(lines[1]).toBe('Deutsches Vergabenetzwerk (DVNW);0,615;3;nein');
    expect(lines[3]).toBe('Köln;;1234;ja');
  });

  it('quotes fields holding a semicolon or a quote', () => {
    expect(lines[2]).toBe('"KGSt; Zirkel ""Agilität""";0,5;12;ja');
  });

  it('every row has as many fields as the header when split the way Excel splits', () => {
    for (const line of lines.filter(Boolean)) {
      const fields = line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.filter((f) => f !== '');
      expect(fields).toHaveLength(4);
    }
  });

  it('writes English CSV with commas and decimal points', () => {
    const en = toExcelCsv(table, 'en', ['yes', 'no']).slice(1).split('\r\n');
    expect(en[1]).toBe('Deutsches Vergabenetzwerk (DVNW),0.615,3,no');
  });
});

describe('XLSX sheet', () => {
  it('keeps numbers as numbers and the header bold', () => {
    const sheet = toSheet(table);
    expect(sheet[0]![0]).toEqual({ value: 'Name', fontWeight: 'bold' });
    expect(sheet[1]![1]).toEqual({ value: 0.615, type: Number });
    expect(sheet[3]![1]).toBeNull();
  });
});
