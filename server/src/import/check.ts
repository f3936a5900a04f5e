// A row checked against its kind's layout: every cell parsed to its type, the official keys
// checked, dates in order, and the row's honesty: a fact names its source, an invented row says
// it is Beispieldaten. References to other records are checked later, against the graph.

import { checkAgs, checkAgsMatchesArs, checkArs, checkPvogId, checkWikidataId, type KeyProblem } from './keys.js';
import { type Column, type Kind, LAYOUTS } from './layouts.js';
import { type Problem, problem } from './problems.js';
import type { RawRow } from './read.js';

export type ImportRecord = Record<string, unknown> & { source?: string[]; synthetic?: boolean };

export interface RowCheck {
  line: number;
  record: ImportRecord | null;
  problems: Problem[];
}

export interface CheckOptions {
  /** Source for rows that name none (the CLI's --source). */
  defaultSource?: string;
}

/** The record a row stands for, or its problems (all of them, not only the first). */
export function checkRow(kind: Kind, row: RawRow, names: Record<string, string>, options: CheckOptions = {}): RowCheck {
  if (row.problem) return { line: row.line, record: null, problems: [row.problem] };
  const problems: Problem[] = [];
  const record: ImportRecord = {};
  const at = (c: Column) => names[c.key] ?? c.aliases[0] ?? c.key;
  for (const column of LAYOUTS[kind]) {
    const cell = row.cells[column.key];
    if (cell === undefined) {
      if (column.required)
        problems.push(
          problem(row.line, at(column), {
            de: `ist leer, muss aber gefüllt sein (${column.help}).`,
            en: `is empty but required (${column.help}).`,
          }),
        );
      continue;
    }
    const parsed = column.schema.safeParse(cell);
    if (parsed.success) record[column.key] = parsed.data;
    else {
      const why = parsed.error.issues.map((i) => i.message).join('; ');
      problems.push(problem(row.line, at(column), { de: `„${shorten(cell)}“: ${why}.`, en: `"${shorten(cell)}": ${why}.` }));
    }
  }
  const keyProblem = (column: string, p: KeyProblem) => {
    if (p) problems.push(problem(row.line, names[column] ?? column, p));
  };
  if (kind === 'organisations') {
    const land = typeof record.bundesland === 'string' ? record.bundesland : undefined;
    if (typeof record.ags === 'string') keyProblem('ags', checkAgs(record.ags, land));
    if (typeof record.ars === 'string') keyProblem('ars', checkArs(record.ars, land));
    if (typeof record.ags === 'string' && typeof record.ars === 'string' && !checkAgs(record.ags) && !checkArs(record.ars)) {
      keyProblem('ars', checkAgsMatchesArs(record.ags, record.ars));
    }
    if (typeof record.pvogId === 'string') keyProblem('pvogId', checkPvogId(record.pvogId));
    if (typeof record.wikidataId === 'string') keyProblem('wikidataId', checkWikidataId(record.wikidataId));
  }
  if (typeof record.since === 'string' && typeof record.until === 'string' && record.until < record.since) {
    problems.push(
      problem(row.line, names.until ?? 'bis', {
        de: `Das Ende ${record.until} liegt vor dem Beginn ${record.since}.`,
        en: `The end ${record.until} is before the start ${record.since}.`,
      }),
    );
  }
  // Honest data: a row is a fact with its source, or invented and marked so; never neither.
  const sources = (record.source as string[] | undefined) ?? [];
  if (sources.length === 0 && options.defaultSource) record.source = [options.defaultSource];
  if (record.synthetic === true && sources.length > 0) {
    problems.push(
      problem(row.line, names.synthetic ?? 'Beispieldaten', {
        de: 'Eine Zeile ist entweder belegt (Quelle) oder erfunden (Beispieldaten), nicht beides.',
        en: 'A row is either sourced or invented (synthetic), not both.',
      }),
    );
  }
  if (!record.synthetic && ((record.source as string[] | undefined) ?? []).length === 0) {
    problems.push(
      problem(row.line, names.source ?? 'Quelle', {
        de: 'nennt keine Quelle. Jede Angabe braucht ihre Quelle (Spalte „Quelle“ oder --source), oder „Beispieldaten: ja“.',
        en: 'names no source. Every fact needs its source (column "source" or --source), or "synthetic: yes".',
      }),
    );
  }
  if (record.synthetic === false) delete record.synthetic;
  return { line: row.line, record: problems.length === 0 ? record : null, problems };
}

/** What makes two rows of a kind the same record. */
export function identity(kind: Kind, record: ImportRecord): string {
  switch (kind) {
    case 'memberships':
      return `${record.organisation}|${record.type ?? 'MEMBER_OF'}|${record.network}`;
    case 'participations':
      return `${record.person}|${record.network}`;
    case 'attendance':
      return `${record.person}|${record.event}`;
    case 'adoptions':
      return `${record.innovation}|${record.authority}`;
    case 'organisations':
      return String(record.id ?? record.ags ?? record.ars ?? record.name);
    default:
      return String(record.id);
  }
}

/** A long value shown in a message, not echoed whole. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
