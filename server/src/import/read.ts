// Rows out of a file, whatever it is: CSV (comma, semicolon or tab; UTF-8 with or without BOM,
// or Windows-1252), XLSX, or JSON. Each row comes with its line (CSV), row (XLSX) or entry
// number (JSON), and its cells keyed by the layout's column keys. CSV is streamed, so a large
// file is never held whole. Cell contents are only ever text: nothing is evaluated.

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import { closest } from 'fastest-levenshtein';
import readExcelFile from 'read-excel-file/node';
import { StreamDecoder, UnreadableEncodingError } from './decode.js';
import { columnFor, KIND_NAMES_DE, type Kind, LAYOUTS } from './layouts.js';
import { type Problem, problem } from './problems.js';

export type Format = 'csv' | 'xlsx' | 'json';

export interface RawRow {
  /** Line (CSV), row (XLSX) or entry (JSON) number, as a person finds it in the file. */
  line: number;
  cells: Record<string, string>;
  /** Set when the row itself cannot be read (a wrong number of cells, broken quoting). */
  problem?: Problem;
}

/** XLSX and JSON are read whole; larger ones must come as CSV. */
export const MAX_WHOLE_FILE_BYTES = 30 * 1024 * 1024;

export function formatOf(path: string): Format | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.json') return 'json';
  return null;
}

/** Maps a file's header to the layout's columns; every header that is not one is a problem. */
export interface Header {
  /** The column key of each cell position (null: ignored after a problem). */
  keys: (string | null)[];
  /** The file's own name of each column key, for messages. */
  names: Record<string, string>;
  problems: Problem[];
}

export function mapHeader(kind: Kind, header: string[]): Header {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const keys = header.map((raw, i) => {
    const name = raw.trim();
    const column = columnFor(kind, name);
    if (!column) {
      if (name === '') return null;
      const names = LAYOUTS[kind].flatMap((c) => [c.key, ...c.aliases]);
      problems.push(
        problem(1, name, {
          de: `Die Spalte „${name}“ gibt es für ${kind} nicht (meinten Sie „${closest(name, names)}“?). Nichts wurde übernommen, damit keine Angabe verloren geht.`,
          en: `There is no column "${name}" for ${kind} (did you mean "${closest(name, names)}"?). Nothing was taken, so that no value is lost.`,
        }),
      );
      return null;
    }
    const before = seen.get(column.key);
    if (before !== undefined) {
      problems.push(
        problem(1, name, {
          de: `Die Spalte „${name}“ meint dasselbe wie „${before}“.`,
          en: `Column "${name}" means the same as "${before}".`,
        }),
      );
      return null;
    }
    seen.set(column.key, name);
    return column.key ?? `#${i}`;
  });
  for (const c of LAYOUTS[kind]) {
    if (c.required && !seen.has(c.key)) {
      problems.push(
        problem(1, c.aliases[0] ?? c.key, {
          de: `Die Pflichtspalte „${c.aliases[0] ?? c.key}“ (${c.help}) fehlt.`,
          en: `The required column "${c.key}" (${c.help}) is missing.`,
        }),
      );
    }
  }
  return { keys, names: Object.fromEntries([...seen.entries()]), problems };
}

function cellsOf(keys: (string | null)[], values: unknown[]): Record<string, string> {
  const cells: Record<string, string> = {};
  keys.forEach((key, i) => {
    if (key === null) return;
    const text = cellText(values[i]);
    if (text !== '') cells[key] = text;
  });
  return cells;
}

/** A cell as text: dates as ISO dates, numbers as written, nothing evaluated. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return String(value).trim();
}

/** The separator of a CSV header line: the one of `;`, `,`, tab that occurs most outside quotes. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

export interface ReadResult {
  /** Problems with the file as a whole (header, encoding, form); rows follow only without them. */
  problems: Problem[];
  /** The file's own name of each column key. */
  names: Record<string, string>;
  rows: AsyncIterable<RawRow>;
  encoding?: string;
}

/** Opens a file of `kind` and reads its header; its rows are read as they are iterated. */
export async function readTable(path: string, kind: Kind, format = formatOf(path)): Promise<ReadResult> {
  if (format === null) {
    return fail(problem(0, null, { de: 'Die Datei muss .csv, .xlsx oder .json sein.', en: 'The file must be .csv, .xlsx or .json.' }));
  }
  const size = (await stat(path)).size;
  if (format !== 'csv' && size > MAX_WHOLE_FILE_BYTES) {
    const mb = Math.round(MAX_WHOLE_FILE_BYTES / 1024 / 1024);
    return fail(
      problem(0, null, {
        de: `${format.toUpperCase()}-Dateien dürfen höchstens ${mb} MB groß sein; größere bitte als CSV.`,
        en: `${format.toUpperCase()} files may be at most ${mb} MB; larger ones as CSV, please.`,
      }),
    );
  }
  if (format === 'xlsx') return readXlsx(path, kind);
  if (format === 'json') return readJson(path, kind);
  return readCsv(path, kind);
}

function fail(p: Problem): ReadResult {
  return { problems: [p], names: {}, rows: (async function* () {})() };
}

async function readXlsx(path: string, kind: Kind): Promise<ReadResult> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readExcelFile(path)) as { sheet: string; data: unknown[][] }[];
  } catch (err) {
    return fail(
      problem(0, null, {
        de: `Die XLSX-Datei lässt sich nicht lesen (${(err as Error).message}).`,
        en: `The XLSX file cannot be read (${(err as Error).message}).`,
      }),
    );
  }
  // The sheet named after the kind (English or German), else the first.
  const wanted = new Set([kind, KIND_NAMES_DE[kind]].map((s) => s.toLowerCase()));
  const sheet = sheets.find((s) => wanted.has(s.sheet.toLowerCase())) ?? sheets[0];
  const data = sheet?.data ?? [];
  const { keys, names, problems } = mapHeader(kind, (data[0] ?? []).map(cellText));
  const rows = (async function* () {
    for (let i = 1; i < data.length; i++) {
      const cells = cellsOf(keys, data[i] ?? []);
      if (Object.keys(cells).length > 0) yield { line: i + 1, cells };
    }
  })();
  return { problems, names, rows };
}

async function readJson(path: string, kind: Kind): Promise<ReadResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path)));
  } catch (err) {
    return fail(
      problem(0, null, {
        de: `Die JSON-Datei ist nicht lesbar (${(err as Error).message}).`,
        en: `The JSON file is not readable (${(err as Error).message}).`,
      }),
    );
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as Record<string, unknown> | null)?.[kind];
  if (!Array.isArray(list) || !list.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) {
    return fail(
      problem(0, null, {
        de: `Erwartet wird eine Liste von Objekten (oder {"${kind}": [...]}).`,
        en: `Expected a list of objects (or {"${kind}": [...]}).`,
      }),
    );
  }
  const header = [...new Set(list.flatMap((e) => Object.keys(e as object)))];
  const { keys, names, problems } = mapHeader(kind, header);
  const rows = (async function* () {
    for (const [i, entry] of list.entries()) {
      const e = entry as Record<string, unknown>;
      // A JSON list stands for a "|"-separated cell.
      const values = header.map((h) => (Array.isArray(e[h]) ? (e[h] as unknown[]).map(cellText).join('|') : e[h]));
      yield { line: i + 1, cells: cellsOf(keys, values) };
    }
  })();
  return { problems, names, rows };
}

async function readCsv(path: string, kind: Kind): Promise<ReadResult> {
  const decoder = new StreamDecoder();
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const iterator = stream[Symbol.asyncIterator]();
  // The header decides the separator; read until its line is complete.
  let head = '';
  let done = false;
  try {
    while (!head.includes('\n')) {
      const next = await iterator.next();
      if (next.done) {
        head += decoder.end();
        done = true;
        break;
      }
      head += decoder.write(next.value as Buffer);
    }
  } catch (err) {
    stream.destroy();
    if (err instanceof UnreadableEncodingError)
      return fail(problem(0, null, { de: err.message.split(' / ')[0] ?? err.message, en: err.message.split(' / ')[1] ?? err.message }));
    throw err;
  }
  const delimiter = detectDelimiter(head.split(/\r?\n/)[0] ?? '');
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: 1024 * 1024,
  });
  const problems: Problem[] = [];
  let keys: (string | null)[] | null = null;
  let names: Record<string, string> = {};
  let width = 0;
  const feed = (async () => {
    try {
      parser.write(head);
      if (!done) {
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
          if (parser.destroyed) return;
          // Waits for the reader to take rows, or for it to stop reading (an error downstream).
          if (!parser.write(decoder.write(next.value as Buffer))) await drainedOrClosed(parser);
        }
        if (parser.destroyed) return;
        parser.write(decoder.end());
      }
      if (!parser.destroyed) parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  // The header line now, so that its problems are known before any row.
  try {
    const first = await records.next();
    if (!first.done) {
      const mapped = mapHeader(kind, first.value.record);
      keys = mapped.keys;
      names = mapped.names;
      width = first.value.record.length;
      problems.push(...mapped.problems);
    } else {
      problems.push(problem(0, null, { de: 'Die Datei ist leer.', en: 'The file is empty.' }));
    }
  } catch (err) {
    problems.push(csvProblem(err));
  }
  const rows = (async function* () {
    if (keys === null) return;
    const cellKeys = keys;
    try {
      for (let next = await records.next(); !next.done; next = await records.next()) {
        const { record, info } = next.value;
        if (record.length !== width && !(record.length === 1 && record[0] === '')) {
          yield {
            line: info.lines,
            cells: {},
            problem: problem(info.lines, null, {
              de: `Die Zeile hat ${record.length} Zellen, die Kopfzeile ${width} (fehlt ein Trennzeichen oder ein Anführungszeichen?).`,
              en: `The line has ${record.length} cells, the header ${width} (a missing separator or quote?).`,
            }),
          };
          continue;
        }
        yield { line: info.lines, cells: cellsOf(cellKeys, record) };
      }
    } catch (err) {
      const p = csvProblem(err);
      yield { line: p.line, cells: {}, problem: p };
    } finally {
      // Stopped early (the importer failed, or was done with the file): the feeding loop must
      // not wait for a reader that is gone.
      parser.destroy();
      stream.destroy();
      await feed;
    }
  })();
  return { problems, names, rows, encoding: decoder.encoding ?? undefined };
}

/** Resolves when a stream wants more, or is closed; leaves no listener behind. */
function drainedOrClosed(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

function csvProblem(err: unknown): Problem {
  const e = err as Error & { lines?: number };
  if (e instanceof UnreadableEncodingError)
    return problem(e.lines ?? 0, null, { de: e.message.split(' / ')[0] ?? '', en: e.message.split(' / ')[1] ?? '' });
  return problem(e.lines ?? 0, null, {
    de: `Die CSV-Datei ist ab hier nicht lesbar: ${e.message}`,
    en: `The CSV file cannot be read from here: ${e.message}`,
  });
}
