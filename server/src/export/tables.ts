// The landscape as tables per kind, for spreadsheets: CSV that a German Excel opens in columns
// (semicolon, BOM) and XLSX. A cell that a spreadsheet would run as a formula (=, +, -, @, tab or
// carriage return first) is neutralised with a leading apostrophe, in both.

import { stringify } from 'csv-stringify/sync';
import writeExcelFile from 'write-excel-file/node';
import type { ExportData } from './data.js';

export type Cell = string | number | boolean | null;
export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
}

/** A value a spreadsheet would take for a formula, made inert; everything else unchanged. */
export function neutralise(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const list = (s: string[] | null | undefined) => (s ?? []).join('|');
const yes = (b: boolean | null | undefined) => (b ? 'ja' : '');

/** The tables an export holds, with the import's German column names, so that they import again. */
export function tablesOf(data: ExportData): Table[] {
  const tables: Table[] = [
    {
      name: 'Netzwerke',
      header: ['Kennung', 'Name', 'Kurzname', 'Webseite', 'Ebene', 'Bundesland', 'Teil von', 'Quelle', 'Beispieldaten'],
      rows: data.networks.map((n) => [
        n.id,
        n.name,
        n.shortName ?? null,
        n.website ?? null,
        n.level ?? null,
        n.bundesland ?? null,
        n.partOf ?? null,
        list(n.source),
        yes(n.synthetic),
      ]),
    },
    {
      name: 'Organisationen',
      header: [
        'Kennung',
        'Name',
        'Kurzname',
        'Rollen',
        'Ebene',
        'Bundesland',
        'AGS',
        'ARS',
        'PVOG',
        'Wikidata',
        'Webseite',
        'Quelle',
        'Beispieldaten',
      ],
      rows: data.organisations.map((o) => [
        o.id,
        o.name,
        o.shortName ?? null,
        [o.authority ? 'AUTHORITY' : null, o.umbrella ? 'UMBRELLA' : null].filter(Boolean).join('|'),
        o.level ?? null,
        o.bundesland ?? null,
        o.ags ?? null,
        o.ars ?? null,
        o.pvogId ?? null,
        o.wikidataId ?? null,
        o.website ?? null,
        list(o.source),
        yes(o.synthetic),
      ]),
    },
    {
      name: 'Mitgliedschaften',
      header: ['Organisation', 'Netzwerk', 'Art', 'seit', 'bis', 'Quelle', 'Beispieldaten'],
      rows: data.relations.map((r) => [r.from, r.to, r.type, r.since ?? null, r.until ?? null, list(r.source), yes(r.synthetic)]),
    },
  ];
  if (data.persons.length > 0) {
    tables.push(
      {
        name: 'Personen',
        header: ['Kennung', 'Name', 'Behörde', 'Quelle', 'Beispieldaten'],
        rows: data.persons.map((p) => [p.id, p.name, p.authority ?? null, list(p.source), yes(p.synthetic)]),
      },
      {
        name: 'Teilnahmen',
        header: ['Person', 'Netzwerk', 'Rolle', 'seit', 'bis', 'Sichtbarkeit', 'Quelle', 'Beispieldaten'],
        rows: data.persons.flatMap((p) =>
          p.participations.map((m) => [
            p.id,
            m.network,
            m.role ?? null,
            m.since ?? null,
            m.until ?? null,
            m.visibility ?? null,
            list(m.source),
            yes(m.synthetic),
          ]),
        ),
      },
    );
  }
  return tables;
}

/** One table as CSV for a German Excel: semicolons, CRLF, a BOM so that Excel reads UTF-8. */
export function toCsv(table: Table): string {
  return `\ufeff${stringify([table.header, ...table.rows.map((r) => r.map(neutralise))], { delimiter: ';', record_delimiter: '\r\n' })}`;
}

/** All tables as one XLSX workbook, a sheet each. */
export async function toXlsx(tables: Table[]): Promise<Buffer> {
  const sheets = tables.map((t) => ({
    sheet: t.name,
    data: [
      t.header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
      ...t.rows.map((r) => r.map((c) => ({ value: neutralise(c) }))),
    ],
    stickyRowsCount: 1,
  }));
  return (await writeExcelFile(sheets as never).toBuffer()) as Buffer;
}
