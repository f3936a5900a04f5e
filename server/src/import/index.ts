// Importing a file: read, check every row, resolve its references, and write it in ONE
// transaction together with the derived data, so that an import lands whole or not at all (also
// when the process is killed halfway: Neo4j rolls back what was never committed). Nothing is
// written when any row has a problem, unless the caller asks for the valid rows only; a dry run
// reports what would happen and writes nothing. Writing what the graph already holds changes
// nothing, so importing the same file twice is harmless.

import { basename } from 'node:path';
import type { Store, Tx } from '../db/store.js';
import { deriveInTransaction } from '../derived/derive.js';
import { type CheckOptions, checkRow, identity } from './check.js';
import type { Kind } from './layouts.js';
import { type Problem, problem } from './problems.js';
import { type Format, readTable } from './read.js';
import { Known, type KnownOrganisation, type Label, type ReviewItem, resolve, type Write } from './resolve.js';

export { KINDS, type Kind, LAYOUTS } from './layouts.js';
export { describe as describeProblem, type Problem } from './problems.js';

export interface ImportOptions extends CheckOptions {
  kind: Kind;
  format?: Format;
  /** Report only; write nothing. */
  dryRun?: boolean;
  /** Write the valid rows and list the rejected ones, instead of refusing the whole file. */
  validOnly?: boolean;
  /** Who imports (kept with the import's record and the review items). */
  actor: string;
  batchSize?: number;
  onProgress?: (rowsRead: number) => void;
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
  outcome: 'written' | 'dry-run' | 'refused';
}

/**
 * An import is one transaction, which for a large file runs longer than the database's default
 * limit for a transaction (five minutes for the local Neo4j).
 */
export const IMPORT_TIMEOUT_MS = 2 * 60 * 60 * 1000;

/** Problems listed in a report; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 1000;

/** Thrown inside the transaction to roll it back, carrying the reports. */
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
}

/** Imports one file. */
export async function importFile(store: Store, path: string, options: ImportOptions): Promise<ImportReport> {
  const [report] = await importFiles(store, [{ path, kind: options.kind, format: options.format }], options);
  return report as ImportReport;
}

/**
 * Imports several files in one transaction, in the order given (organisations before the
 * memberships that name them): all land, or none.
 */
export async function importFiles(
  store: Store,
  tables: ImportTable[],
  options: Omit<ImportOptions, 'kind' | 'format'>,
): Promise<ImportReport[]> {
  try {
    // executeWrite may run the work again after a transient error: it starts from the files each time.
    return await store.writeTransaction(
      async (tx) => {
        const reports: ImportReport[] = [];
        let refused = false;
        for (const table of tables) {
          try {
            reports.push(await importTable(tx, table, options));
          } catch (err) {
            if (!(err instanceof Refusal)) throw err;
            reports.push(err.report);
            refused = true;
          }
          if (refused) break;
        }
        if (refused || options.dryRun) {
          for (const r of reports) if (r.outcome === 'written') r.outcome = options.dryRun && !refused ? 'dry-run' : 'refused';
          throw new RollBack(reports);
        }
        if (reports.some((r) => r.created + r.changed + r.links > 0)) await deriveInTransaction(tx);
        return reports;
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
  } catch (err) {
    if (err instanceof RollBack) return err.reports;
    throw err;
  }
}

/** Writes one table into the transaction; a refusal throws, carrying its report. */
async function importTable(tx: Tx, table: ImportTable, options: Omit<ImportOptions, 'kind' | 'format'>): Promise<ImportReport> {
  const { kind, path } = table;
  const batchSize = options.batchSize ?? 5000;
  const report: ImportReport = {
    file: basename(path),
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

  const known = await loadKnown(tx);
  const pending: { line: number; column: string; label: Label; id: string }[] = [];
  const seen = new Map<string, number>();
  const batches = new Map<string, Record<string, unknown>[]>();
  const reviews: ReviewItem[] = [];
  const flush = async (statement: string) => {
    const rows = batches.get(statement);
    if (!rows?.length) return;
    batches.set(statement, []);
    if (options.dryRun && report.problemCount > 0 && !options.validOnly) return;
    const [counts] = await tx.run<{ created: number; changed: number; links?: number }>(statement, { rows });
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
  if (reviews.length > 0 && !options.dryRun)
    await tx.run('import/store-review', { items: reviews.map((r) => reviewRow(r, report.file, options.actor)) });
  if (report.created + report.changed + report.links > 0 && !options.dryRun) {
    await tx.run('import/record-run', {
      run: { file: report.file, kind, actor: options.actor, rows: report.rows, created: report.created, changed: report.changed },
    });
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

async function loadKnown(tx: Tx): Promise<Known> {
  const [row] = await tx.run<{ ids: [Label, string][]; organisations: KnownOrganisation[] }>('import/known');
  return new Known(row?.ids ?? [], row?.organisations ?? []);
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
