// The review list: rows an import could not match to an authority for certain. An
// administrator accepts a row with one of its candidates (or, for an organisation, as a new
// one) or rejects it. Accepting writes the row as the import would have, records who decided
// what and when, and keeps what it takes to undo it: undoing removes what the decision created
// and gives back the properties it changed. Each decision is in the audit log with who made it.

import type { Store, Tx } from '../db/store.js';
import { deriveInTransaction } from '../derived/derive.js';
import type { ImportRecord } from './check.js';
import type { Kind } from './layouts.js';
import { Known, type KnownOrganisation, type Label, organisationId, RELATION_STATEMENT_NAMES, resolve } from './resolve.js';

export interface ReviewEntry {
  id: string;
  kind: Kind;
  line: number;
  name: string;
  file: string;
  actor: string;
  at: string;
  status: 'OPEN' | 'ACCEPTED' | 'REJECTED' | 'UNDONE';
  candidates: { id: string; name: string; reason: string }[];
  choice: string | null;
  decidedBy: string | null;
  /** When the decision was made (ISO date-time); null while open. */
  decidedAt: string | null;
  /** When a decision on it was last undone; null if none was. */
  undoneAt: string | null;
}

export class ReviewError extends Error {
  override name = 'ReviewError';
}

export async function listReview(store: Store, status: ReviewEntry['status'] | null = 'OPEN'): Promise<ReviewEntry[]> {
  const rows = await store.read<Omit<ReviewEntry, 'candidates'> & { candidates: string }>('import/list-review', { status });
  return rows.map((r) => ({ ...r, candidates: JSON.parse(r.candidates) }));
}

/** What undoing a decision needs: what it created, and the properties it changed as they were. */
interface Undo {
  created: { kind: 'relation'; from: string; type: string; to: string } | { kind: 'node'; id: string } | null;
  before: { id: string; props: Record<string, unknown> } | null;
}

async function item(tx: Tx, id: string) {
  const [row] = await tx.run<{
    kind: Kind;
    line: number;
    name: string;
    record: string;
    candidates: string;
    status: string;
    undo: string | null;
  }>('import/get-review', { id });
  if (!row) throw new ReviewError(`Kein Prüfposten ${id}. / No review item ${id}.`);
  return { ...row, record: JSON.parse(row.record) as ImportRecord, candidates: JSON.parse(row.candidates) as { id: string }[] };
}

/**
 * Accepts an open item: `choice` is one of its candidates, or `new` for an organisation row that
 * is a body of its own.
 */
export async function acceptReview(store: Store, id: string, choice: string, actor: string): Promise<void> {
  await store.writeTransaction(async (tx) => {
    const it = await item(tx, id);
    if (it.status !== 'OPEN') throw new ReviewError(`Der Prüfposten ist schon entschieden (${it.status}). / The item is already decided.`);
    if (choice !== 'new' && !it.candidates.some((c) => c.id === choice)) {
      throw new ReviewError(
        `${choice} ist keiner der Kandidaten (${it.candidates.map((c) => c.id).join(', ')}). / Not one of the candidates.`,
      );
    }
    const record: ImportRecord = { ...it.record };
    if (it.kind === 'organisations') {
      record.id = choice;
    } else if (choice === 'new') {
      throw new ReviewError(
        'Nur eine Organisation kann als neue angelegt werden; für diese Zeile bitte einen Kandidaten wählen oder die Organisation zuerst importieren. / Only an organisation can be created as new.',
      );
    } else if (it.kind === 'memberships') record.organisation = choice;
    else record.authority = choice;

    const [knownRow] = await tx.run<{ ids: [Label, string][]; organisations: KnownOrganisation[] }>('import/known');
    const known = new Known(knownRow?.ids ?? [], knownRow?.organisations ?? []);
    if (record.id === 'new') record.id = organisationId(record.name as string, (x) => known.organisation(x) !== undefined);
    const personExisted = typeof record.id === 'string' && known.has('Person', record.id);
    const resolution = resolve(it.kind, it.line, record, known, {}, [], true);
    if ('problems' in resolution) throw new ReviewError(resolution.problems.map((p) => p.message.de).join(' '));
    if ('review' in resolution) throw new ReviewError('Die Zeile ist weiterhin nicht zuzuordnen. / The row still cannot be matched.');

    const undo: Undo = { created: null, before: null };
    for (const w of resolution.writes) {
      if (RELATION_STATEMENT_NAMES.has(w.statement)) {
        const row = w.row as { from: string; type: string; to: string };
        const [exists] = await tx.run<{ n: number }>('import/relation-exists', row);
        if (!exists?.n) undo.created = { kind: 'relation', ...row };
      } else if (w.statement === 'import/create-organisations') {
        undo.created = { kind: 'node', id: (w.row as { id: string }).id };
      } else if (w.statement === 'import/merge-persons') {
        const personId = (w.row as { id: string }).id;
        if (!personExisted) undo.created = { kind: 'node', id: personId };
      } else if (w.statement === 'import/update-organisations') {
        const [before] = await tx.run<{ props: Record<string, unknown> }>('import/organisation-props', {
          id: (w.row as { id: string }).id,
        });
        undo.before = { id: (w.row as { id: string }).id, props: before?.props ?? {} };
      }
      await tx.run(w.statement, { rows: [w.row] });
    }
    await tx.run('import/audit', { kind: 'ACCEPT_REVIEW', actor, record: `review ${id} ${choice}` });
    await tx.run('import/decide-review', {
      id,
      status: 'ACCEPTED',
      choice: (record.id as string | undefined) ?? choice,
      actor,
      undo: JSON.stringify(undo),
    });
    await deriveInTransaction(tx);
  });
}

export async function rejectReview(store: Store, id: string, actor: string): Promise<void> {
  await store.writeTransaction(async (tx) => {
    const it = await item(tx, id);
    if (it.status !== 'OPEN') throw new ReviewError(`Der Prüfposten ist schon entschieden (${it.status}). / The item is already decided.`);
    await tx.run('import/decide-review', { id, status: 'REJECTED', choice: null, actor, undo: null });
    await tx.run('import/audit', { kind: 'REJECT_REVIEW', actor, record: `review ${id}` });
  });
}

/** Undoes an accepted decision; the item is open again. */
export async function undoReview(store: Store, id: string, actor: string): Promise<void> {
  await store.writeTransaction(async (tx) => {
    const it = await item(tx, id);
    if (it.status !== 'ACCEPTED' || !it.undo)
      throw new ReviewError('Nur eine angenommene Entscheidung lässt sich rückgängig machen. / Only an accepted decision can be undone.');
    const undo = JSON.parse(it.undo) as Undo;
    if (undo.created?.kind === 'relation') await tx.run('import/undo-relation', undo.created);
    if (undo.created?.kind === 'node') await tx.run('import/undo-node', { id: undo.created.id });
    if (undo.before) await tx.run('import/restore-organisation-props', undo.before);
    await tx.run('import/undo-review', { id, actor });
    await tx.run('import/audit', { kind: 'UNDO_REVIEW', actor, record: `review ${id}` });
    await deriveInTransaction(tx);
  });
}
