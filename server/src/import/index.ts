// Importing a file: read, check every row, resolve its references, stage the rows, then publish
// them (staging.ts): an import lands whole or not at all, also when the process is killed halfway
// and also for a file larger than one transaction of the database can hold. Nothing is written
// when any row has a problem, unless the caller asks for the valid rows only; a dry run reports
// what would happen and writes nothing. Writing what the graph already holds changes nothing, so
// importing the same file twice is harmless.

import { basename } from 'node:path';
import type { Store } from '../db/store.js';
import { type CheckOptions, checkRow, identity } from './check.js';
import type { Kind } from './layouts.js';
import { type Problem, problem } from './problems.js';
import { type Format, readTable } from './read.js';
import { Known, type KnownOrganisation, type Label, type ReviewItem, resolve, type Write } from './resolve.js';
import { type Counts, IMPORT_TIMEOUT_MS, isTransactionMemoryError, recoverImports, type Sink, StagingRun } from './staging.js';

export { KINDS, type Kind, LAYOUTS } from './layouts.js';
export { describe as describeProblem, type Problem } from './problems.js';
export { IMPORT_TIMEOUT_MS, type Recovery, recoverImports } from './staging.js';

export interface ImportOptions extends CheckOptions {
  kind: Kind;
  format?: Format;
  /** The name the file goes by in reports and records, when the path is a copy of it (an upload). */
  fileName?: string;
  /** Report only; write nothing. */
  dryRun?: boolean;
  /** Write the valid rows only and list the rejected ones, instead of refusing the whole file. */
  validOnly?: boolean;
  /** Who imports (kept with the import's record and the review items). */
  actor: string;
  batchSize?: number;
  onProgress?: (rowsRead: number) => void;
  /** A run published in several transactions: batches published so far, of all. */
  onPublish?: (done: number, total: number) => void;
  /**
   * Up to this many accepted rows a run is published in one transaction, together with its
   * derived data, so that readers see it all at once; above, batch by batch (default
   * LARGE_IMPORT_ROWS; the operator's IMPORT_ONE_TRANSACTION_ROWS).
   */
  oneTransactionRows?: number;
  /**
   * Only rows of these networks (a coordinator importing into the networks they coordinate):
   * a row naming another network is refused as a problem of its line.
   */
  networks?: readonly string[];
}

export interface ImportReport {
  file: string;
  kind: Kind;
  encoding: string | null;
  rows: number;
  accepted: number;
  rejected: number;
  /** The first problems (all are counted in `problemCount`). */
  problems: Problem[];
  problemCount: number;
  /** Rows that name an authority the import could not match for certain: kept for review. */
  review: Omit<ReviewItem, 'record'>[];
  /** Records (nodes and relationships) created, and records whose properties changed. */
  created: number;
  changed: number;
  /** Links added or removed because a row listed them (a network's topics, a parent). */
  links: number;
  /** A dry run of a large file counts what its first LARGE_IMPORT_ROWS rows would write, not all. */
  partialCounts?: boolean;
  outcome: 'written' | 'dry-run' | 'refused';
}

/**
 * Up to this many accepted rows, an import is published in one transaction with its derived
 * data. Above, it is published batch by batch after a commit point and the derived data is
 * rebuilt afterwards, one transaction per step, as a large load does (seed/src/load.ts): a graph
 * grown by a million rows outgrows Neo4j's memory for one transaction, both for the rows and for
 * their derived data. While such a publish runs, readers see the rows arrive; a run killed then
 * is finished by the next import or start.
 */
export const LARGE_IMPORT_ROWS = 100_000;

const accepted = (reports: ImportReport[]) => reports.reduce((sum, r) => sum + r.accepted, 0);

/** Problems listed in a report; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 1000;

/** Thrown inside the dry run's transaction to roll it back, carrying the reports. */
class RollBack extends Error {
  constructor(readonly reports: ImportReport[]) {
    super('import rolled back');
  }
}

/** One file and its kind, of several imported together. */
export interface ImportTable {
  path: string;
  kind: Kind;
  format?: Format;
  /** Its name in reports and records (default: the path's last part). */
  name?: string;
}

/** Another import is in progress: its process is alive. */
export class ImportBusyError extends Error {
  override name = 'ImportBusyError';
  constructor() {
    super(
      'Gerade läuft ein anderer Import; bitte warten, bis er fertig ist. / Another import is in progress; please wait until it is done.',
    );
  }
}

/** Imports one file. */
export async function importFile(store: Store, path: string, options: ImportOptions): Promise<ImportReport> {
  const [report] = await importFiles(store, [{ path, kind: options.kind, format: options.format, name: options.fileName }], options);
  return report as ImportReport;
}

/**
 * Imports several files together, in the order given (organisations before the memberships that
 * name them): all land, or none.
 */
export async function importFiles(
  store: Store,
  tables: ImportTable[],
  options: Omit<ImportOptions, 'kind' | 'format' | 'fileName'>,
): Promise<ImportReport[]> {
  if (options.dryRun) return dryRun(store, tables, options);
  const recovery = await recoverImports(store);
  if (recovery.live.length > 0) throw new ImportBusyError();
  const run = await StagingRun.begin(store, tables.length, options.actor);
  try {
    const [row] = await store.read<{ ids: [Label, string][]; organisations: KnownOrganisation[] }>('import/known');
    const known = new Known(row?.ids ?? [], row?.organisations ?? []);
    const { reports, refused } = await checkTables(tables, known, run.sink, options);
    if (refused) {
      await run.discard();
      return reports;
    }
    await run.staged(reports.map((r) => ({ file: r.file, kind: r.kind, rows: r.rows })));
    const counts = await run.publish({
      oneTransaction: accepted(reports) <= (options.oneTransactionRows ?? LARGE_IMPORT_ROWS),
      onPublish: options.onPublish,
    });
    for (const [i, r] of reports.entries()) Object.assign(r, counts[i] ?? { created: 0, changed: 0, links: 0 });
    return reports;
  } catch (err) {
    await run.discard().catch(() => undefined);
    throw err;
  } finally {
    run.stop();
  }
}

/**
 * A dry run: every row checked and resolved, and the statements run in one transaction that is
 * rolled back, so that the report counts what would be created and changed. Beyond
 * `oneTransactionRows` rows the statements are no longer run (that transaction would outgrow the
 * database's memory): the counts are then those of the first rows.
 */
async function dryRun(store: Store, tables: ImportTable[], options: Omit<ImportOptions, 'kind' | 'format'>): Promise<ImportReport[]> {
  const limit = options.oneTransactionRows ?? LARGE_IMPORT_ROWS;
  try {
    await store.writeTransaction(
      async (tx) => {
        const [row] = await tx.run<{ ids: [Label, string][]; organisations: KnownOrganisation[] }>('import/known');
        const known = new Known(row?.ids ?? [], row?.organisations ?? []);
        let rows = 0;
        let partial = false;
        const sink: Sink = async (_table, statement, params) => {
          const batch = params.rows as unknown[] | undefined;
          if (!batch || partial) return null;
          if (rows + batch.length > limit) {
            partial = true;
            return null;
          }
          rows += batch.length;
          try {
            const [counts] = await tx.run<Partial<Counts>>(statement, params);
            return { created: Number(counts?.created ?? 0), changed: Number(counts?.changed ?? 0), links: Number(counts?.links ?? 0) };
          } catch (err) {
            // Transient to the driver, which would run the whole dry run again only to fail again.
            if (isTransactionMemoryError(err)) throw new Error('import: the dry run outgrew one transaction', { cause: err });
            throw err;
          }
        };
        const { reports, refused } = await checkTables(tables, known, sink, { ...options, dryRun: true });
        for (const r of reports) {
          if (r.outcome === 'written') r.outcome = refused ? 'refused' : 'dry-run';
          if (partial) r.partialCounts = true;
        }
        throw new RollBack(reports);
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
  } catch (err) {
    if (err instanceof RollBack) return err.reports;
    throw err;
  }
  throw new Error('import: the dry run was not rolled back');
}

/** Checks and resolves every table, sending its batches to the sink; the first refused table ends it. */
async function checkTables(
  tables: ImportTable[],
  known: Known,
  sink: Sink,
  options: Omit<ImportOptions, 'kind' | 'format'>,
): Promise<{ reports: ImportReport[]; refused: boolean }> {
  const reports: ImportReport[] = [];
  for (const [index, table] of tables.entries()) {
    try {
      reports.push(await importTable(table, index, known, sink, options));
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      reports.push(err.report);
      return { reports, refused: true };
    }
  }
  return { reports, refused: false };
}

/** Checks one table and sends its batches to the sink; a refusal throws, carrying its report. */
async function importTable(
  table: ImportTable,
  index: number,
  known: Known,
  sink: Sink,
  options: Omit<ImportOptions, 'kind' | 'format'>,
): Promise<ImportReport> {
  const { kind, path } = table;
  const batchSize = options.batchSize ?? 5000;
  const report: ImportReport = {
    file: table.name ?? basename(path),
    kind,
    encoding: null,
    rows: 0,
    accepted: 0,
    rejected: 0,
    problems: [],
    problemCount: 0,
    review: [],
    created: 0,
    changed: 0,
    links: 0,
    outcome: 'refused',
  };
  const note = (p: Problem) => {
    report.problemCount += 1;
    if (report.problems.length < MAX_LISTED_PROBLEMS) report.problems.push(p);
  };
  const read = await readTable(path, kind, table.format);
  report.encoding = read.encoding ?? null;
  for (const p of read.problems) note(p);
  if (read.problems.length > 0) throw new Refusal(report);

  const pending: { line: number; column: string; label: Label; id: string }[] = [];
  const seen = new Map<string, number>();
  const batches = new Map<string, Record<string, unknown>[]>();
  const reviews: ReviewItem[] = [];
  const flush = async (statement: string) => {
    const rows = batches.get(statement);
    if (!rows?.length) return;
    batches.set(statement, []);
    // A file with problems is refused whole: what it would write is of no use then.
    if (report.problemCount > 0 && !options.validOnly) return;
    const counts = await sink(index, statement, { rows });
    report.created += Number(counts?.created ?? 0);
    report.changed += Number(counts?.changed ?? 0);
    report.links += Number(counts?.links ?? 0);
  };
  const queue = async (writes: Write[]) => {
    for (const w of writes) {
      const rows = batches.get(w.statement) ?? [];
      rows.push(w.row);
      batches.set(w.statement, rows);
      // Statements run in their order of first use within a batch, so links follow their nodes.
      if (rows.length >= batchSize) for (const s of batches.keys()) await flush(s);
    }
  };

  for await (const raw of read.rows) {
    report.rows += 1;
    if (report.rows % 10_000 === 0) options.onProgress?.(report.rows);
    const checked = checkRow(kind, raw, read.names, options);
    if (!checked.record) {
      report.rejected += 1;
      for (const p of checked.problems) note(p);
      continue;
    }
    const network = checked.record.network;
    if (options.networks && typeof network === 'string' && !options.networks.includes(network)) {
      report.rejected += 1;
      note(
        problem(raw.line, read.names.network ?? 'Netzwerk', {
          de: `Sie koordinieren ${network} nicht; importiert werden können nur Zeilen Ihrer Netzwerke.`,
          en: `You do not coordinate ${network}; only rows of your own networks can be imported.`,
        }),
      );
      continue;
    }
    const key = identity(kind, checked.record);
    const first = seen.get(key);
    if (first !== undefined) {
      report.rejected += 1;
      note(
        problem(raw.line, null, {
          de: `Die Zeile wiederholt Zeile ${first} (dieselbe Angabe zweimal).`,
          en: `The line repeats line ${first} (the same record twice).`,
        }),
      );
      continue;
    }
    seen.set(key, raw.line);
    const resolution = resolve(kind, raw.line, checked.record, known, read.names, pending);
    if ('problems' in resolution) {
      report.rejected += 1;
      for (const p of resolution.problems) note(p);
    } else if ('review' in resolution) {
      reviews.push(resolution.review);
    } else {
      report.accepted += 1;
      await queue(resolution.writes);
    }
  }
  // References to records of the same kind further down the file.
  let late = 0;
  for (const ref of pending) {
    if (known.has(ref.label, ref.id)) continue;
    late += 1;
    note(
      problem(ref.line, ref.column, {
        de: `${ref.id} ist weder bekannt noch in dieser Datei.`,
        en: `${ref.id} is neither known nor in this file.`,
      }),
    );
  }
  report.review = reviews.map(({ record: _, ...item }) => item);
  if (report.problemCount > 0 && !options.validOnly) throw new Refusal(report);
  // With valid rows only: a row whose reference failed this late is already queued, so the
  // file is refused rather than written with that row half-linked.
  if (late > 0) throw new Refusal(report, LATE_REFERENCES);
  for (const s of batches.keys()) await flush(s);
  if (!options.dryRun) {
    const items = reviews.map((r) => reviewRow(r, report.file, options.actor));
    for (let i = 0; i < items.length; i += batchSize) await sink(index, 'import/store-review', { items: items.slice(i, i + batchSize) });
  }
  report.outcome = 'written';
  return report;
}

/** Valid rows only, and a reference inside the file failed late: refused rather than half-written. */
const LATE_REFERENCES = {
  de: 'Zeilen verweisen auf Einträge, die in der Datei fehlen; bitte diese Zeilen korrigieren oder entfernen und erneut importieren.',
  en: 'Rows refer to records missing from the file; correct or remove those rows and import again.',
};

/** A table refused: its report says why. */
class Refusal extends Error {
  constructor(
    readonly report: ImportReport,
    first?: { de: string; en: string },
  ) {
    super('import refused');
    if (first) report.problems.unshift(problem(0, null, first));
  }
}

function reviewRow(item: ReviewItem, file: string, actor: string): Record<string, unknown> {
  return {
    kind: item.kind,
    line: item.line,
    name: item.name,
    file,
    actor,
    candidates: JSON.stringify(item.candidates),
    record: JSON.stringify(item.record),
  };
}
