import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { checkRow } from './check.js';
import { describe as say } from './problems.js';
import { detectDelimiter, type RawRow, readTable } from './read.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-read-'));
});

async function rowsOf(name: string, content: string | Uint8Array, kind: Parameters<typeof readTable>[1] = 'participations') {
  const path = join(dir, name);
  await writeFile(path, content);
  const table = await readTable(path, kind);
  const rows: RawRow[] = [];
  for await (const r of table.rows) rows.push(r);
  return { ...table, rows };
}

const header = 'Person;Netzwerk;Rolle;seit;Sichtbarkeit;Quelle';
const line = 'person:anna-beispiel;network:dvnw;Mitglied;01.03.2025;privat;Teilnehmerliste DVNW 2025';

describe('reading files', () => {
  it('finds the separator outside quotes', () => {
    expect(detectDelimiter('a;b;"c,d,e"')).toBe(';');
    expect(detectDelimiter('a,b,"c;d;e"')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });

  it('reads semicolon CSV with German headers and values, with and without BOM', async () => {
    for (const [name, content] of [
      ['plain.csv', `${header}\n${line}\n`],
      ['bom.csv', `\ufeff${header}\r\n${line}\r\n`],
    ] as const) {
      const t = await rowsOf(name, content);
      expect(t.problems).toEqual([]);
      expect(t.rows).toEqual([
        {
          line: 2,
          cells: {
            person: 'person:anna-beispiel',
            network: 'network:dvnw',
            role: 'Mitglied',
            since: '01.03.2025',
            visibility: 'privat',
            source: 'Teilnehmerliste DVNW 2025',
          },
        },
      ]);
      const checked = checkRow('participations', t.rows[0] as RawRow, t.names);
      expect(checked.problems).toEqual([]);
      expect(checked.record).toEqual({
        person: 'person:anna-beispiel',
        network: 'network:dvnw',
        role: 'MEMBER',
        since: '2025-03-01',
        visibility: 'PRIVATE',
        source: ['Teilnehmerliste DVNW 2025'],
      });
    }
  });

  it('reads Windows-1252 as a German Excel writes it', async () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('Kennung;Name;Quelle\n', 'latin1'),
      ...Buffer.from('org:stadt-koeln;Stadt Köln;Verzeichnis\n', 'latin1'),
    ]);
    const t = await rowsOf('cp1252.csv', bytes, 'organisations');
    expect(t.encoding).toBe('windows-1252');
    expect(t.rows[0]?.cells.name).toBe('Stadt Köln');
  });

  it('refuses a binary file instead of reading it as wrong letters', async () => {
    const t = await rowsOf('binary.csv', Uint8Array.from([0x81, 0x8d, 0x00, 0x0a, 0x8f]), 'organisations');
    expect(t.problems.map((p) => say(p))).toEqual([expect.stringMatching(/weder UTF-8 noch Windows-1252/)]);
  });

  it('names a missing required column and an unknown one with a suggestion', async () => {
    const t = await rowsOf('columns.csv', 'Person;Netzwek;Quelle\nperson:a;network:dvnw;x\n');
    const lines = t.problems.map((p) => say(p));
    expect(lines).toContain(
      'Zeile 1, Spalte Netzwek: Die Spalte „Netzwek“ gibt es für participations nicht (meinten Sie „Netzwerk“?). Nichts wurde übernommen, damit keine Angabe verloren geht.',
    );
    expect(lines.some((l) => /Pflichtspalte „Netzwerk“/.test(l))).toBe(true);
  });

  it('reports a row with a missing separator by its line', async () => {
    const t = await rowsOf('width.csv', `${header}\n${line}\nperson:b;network:dvnw;Mitglied\n`);
    expect(t.rows[1]?.problem && say(t.rows[1].problem)).toMatch(/^Zeile 3: Die Zeile hat 3 Zellen, die Kopfzeile 6/);
  });

  it('reports every bad cell of a row, by line and column, and keeps formulas as text', async () => {
    const t = await rowsOf('cells.csv', `${header}\nperson:X;network:dvnw;Chef;31.02.2025;geheim;=HYPERLINK("http://x")\n`);
    const checked = checkRow('participations', t.rows[0] as RawRow, t.names);
    expect(checked.record).toBeNull();
    const lines = checked.problems.map((p) => say(p));
    expect(lines).toEqual([
      expect.stringMatching(/^Zeile 2, Spalte Person: „person:X“: muss die Form person:kurzname haben/),
      expect.stringMatching(/^Zeile 2, Spalte Rolle: „Chef“: erlaubt: COORDINATOR, ACTIVE, MEMBER, OBSERVER/),
      expect.stringMatching(/^Zeile 2, Spalte seit: „31.02.2025“: „31.02.2025“ ist kein Datum/),
      expect.stringMatching(/^Zeile 2, Spalte Sichtbarkeit: „geheim“: erlaubt: PRIVATE, AUTHORITY, NETWORK, PUBLIC/),
    ]);
    // The formula is the source's text, stored as written, never run.
    const ok = checkRow('participations', { line: 2, cells: { person: 'person:x', network: 'network:dvnw', source: '=1+1' } }, t.names);
    expect(ok.record?.source).toEqual(['=1+1']);
  });

  it('wants a source or the Beispieldaten mark on every row', async () => {
    const none = checkRow('participations', { line: 4, cells: { person: 'person:x', network: 'network:dvnw' } }, {});
    expect(none.problems.map((p) => say(p))).toEqual([expect.stringMatching(/^Zeile 4, Spalte Quelle: nennt keine Quelle/)]);
    expect(
      checkRow('participations', { line: 4, cells: { person: 'person:x', network: 'network:dvnw', synthetic: 'ja' } }, {}).record,
    ).toEqual({ person: 'person:x', network: 'network:dvnw', synthetic: true });
    expect(
      checkRow('participations', { line: 4, cells: { person: 'person:x', network: 'network:dvnw' } }, {}, { defaultSource: 'Liste 2026' })
        .record?.source,
    ).toEqual(['Liste 2026']);
  });

  it('checks official keys and their Land', async () => {
    const c = checkRow(
      'organisations',
      { line: 2, cells: { name: 'Stadt Köln', bundesland: 'DE-BY', ags: '05315000', source: 'x' } },
      { ags: 'AGS' },
    );
    expect(c.problems.map((p) => say(p))).toEqual(['Zeile 2, Spalte AGS: AGS 05315000 gehört zum Land DE-NW, die Zeile nennt aber DE-BY.']);
  });

  it('reads XLSX (the sheet named after the kind) and JSON', async () => {
    const path = join(dir, 'teilnahmen.xlsx');
    await writeExcelFile([
      { sheet: 'Notizen', data: [['x'], ['y']] },
      {
        sheet: 'Teilnahmen',
        data: [
          ['Person', 'Netzwerk', 'seit', 'Quelle'],
          ['person:anna', 'network:dvnw', { value: new Date('2025-03-01T00:00:00Z'), format: 'dd.mm.yyyy' }, 'Liste'],
        ],
      },
    ]).toFile(path);
    const x = await readTable(path, 'participations');
    const xrows: RawRow[] = [];
    for await (const r of x.rows) xrows.push(r);
    expect(x.problems).toEqual([]);
    expect(xrows).toEqual([{ line: 2, cells: { person: 'person:anna', network: 'network:dvnw', since: '2025-03-01', source: 'Liste' } }]);

    const j = await rowsOf(
      't.json',
      JSON.stringify({ participations: [{ person: 'person:anna', network: 'network:dvnw', source: ['a', 'b'] }] }),
    );
    expect(j.rows).toEqual([{ line: 1, cells: { person: 'person:anna', network: 'network:dvnw', source: 'a|b' } }]);
  });

  it('lets go of a large file when its reader stops early (an error while importing)', async () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `person:p${i};network:n;Mitglied;2025;privat;Q`);
    const path = join(dir, 'large.csv');
    await writeFile(path, `${header}\n${lines.join('\n')}\n`);
    const table = await readTable(path, 'participations');
    let seen = 0;
    await expect(
      (async () => {
        for await (const _ of table.rows) {
          seen += 1;
          if (seen === 10) throw new Error('the database went away');
        }
      })(),
    ).rejects.toThrow('the database went away');
    expect(seen).toBe(10);
  });
});
