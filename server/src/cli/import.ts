// pnpm run import <file> [--kind <kind>] [--dry-run] [--valid-only] [--source "<source>"] [--actor <name>]
//
// Imports one file of one kind (see docs/import.md for the column layouts) into the graph, whole
// or not at all, and prints what it did or every problem by line and column. A run an earlier
// import left when it was killed is finished or removed first (import/staging.ts).

import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { describeProblem, type ImportReport, importFile, KINDS, type Kind } from '../import/index.js';
import { KIND_NAMES_DE, kindFromName } from '../import/layouts.js';
import { importPopolo, isPopolo } from '../import/popolo.js';
import { acceptReview, listReview, ReviewError, rejectReview, undoReview } from '../import/review.js';
import { connect } from './connect.js';

const USAGE = `pnpm run import <Datei> [--kind <Art>] [--dry-run] [--valid-only] [--source "<Quelle>"] [--actor <Name>]
pnpm run import --review                       offene Prüfposten (unsichere Zuordnungen) zeigen
pnpm run import --accept <Posten> <Kandidat|new>  annehmen (new: als neue Organisation)
pnpm run import --reject <Posten>              ablehnen
pnpm run import --undo <Posten>                eine Annahme rückgängig machen

Arten (--kind): ${KINDS.map((k) => `${k} (${KIND_NAMES_DE[k]})`).join(', ')}, popolo (Popolo-JSON: alle Arten zugleich)
Ohne --kind wird die Art aus dem Dateinamen gelesen (z. B. teilnahmen.csv).`;

function print(report: ImportReport): void {
  const lines = [
    `${report.file} (${report.kind}${report.encoding ? `, ${report.encoding}` : ''}): ${report.rows} Zeilen gelesen, ${report.accepted} gültig, ${report.rejected} abgelehnt.`,
  ];
  for (const p of report.problems) lines.push(`  ${describeProblem(p)}`);
  if (report.problemCount > report.problems.length) lines.push(`  … und ${report.problemCount - report.problems.length} weitere Probleme.`);
  for (const r of report.review) {
    lines.push(
      `  Zeile ${r.line}: „${r.name}“ ist nicht sicher zuzuordnen; zur Prüfung: ${r.candidates.map((c) => `${c.name} (${c.id})`).join(', ')}`,
    );
  }
  if (report.outcome === 'written') {
    const nothing = report.created + report.changed + report.links === 0;
    lines.push(
      `Geschrieben: ${report.created} neu, ${report.changed} geändert, ${report.links} Verknüpfungen${nothing ? ' (alles war schon so)' : ''}.`,
    );
  }
  if (report.outcome === 'dry-run')
    lines.push(`Probelauf: ${report.created} würden neu angelegt, ${report.changed} geändert. Nichts wurde geschrieben.`);
  if (report.outcome === 'refused')
    lines.push('Nichts wurde geschrieben: bitte die Probleme beheben (oder --valid-only für nur die gültigen Zeilen).');
  console.log(lines.join('\n'));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'valid-only': { type: 'boolean', default: false },
      source: { type: 'string' },
      actor: { type: 'string' },
      help: { type: 'boolean', default: false },
      review: { type: 'boolean', default: false },
      accept: { type: 'string' },
      reject: { type: 'string' },
      undo: { type: 'string' },
    },
  });
  const actor = values.actor ?? `cli:${userInfo().username}`;
  if (values.review || values.accept || values.reject || values.undo) {
    const { db, close } = await connect();
    try {
      if (values.accept) {
        if (!positionals[0]) throw new ReviewError('--accept <Posten> <Kandidat|new>: welcher Kandidat? / which candidate?');
        await acceptReview(db, values.accept, positionals[0], actor);
      } else if (values.reject) await rejectReview(db, values.reject, actor);
      else if (values.undo) await undoReview(db, values.undo, actor);
      for (const r of await listReview(db)) {
        console.log(
          `${r.id}  ${r.file} Zeile ${r.line} (${r.kind}): „${r.name}“ → ${r.candidates.map((c) => `${c.id} (${c.name}; ${c.reason})`).join(', ')}`,
        );
      }
      return 0;
    } finally {
      await close();
    }
  }
  const file = positionals[0];
  if (values.help || !file) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const popolo = values.kind === 'popolo' || (!values.kind && file.toLowerCase().endsWith('.json') && looksLikePopolo(file));
  const kind = popolo ? undefined : ((values.kind as Kind | undefined) ?? kindFromName(file));
  if (!popolo && (!kind || !KINDS.includes(kind))) {
    console.error(`Unbekannte oder fehlende Art${values.kind ? ` „${values.kind}“` : ''}.\n\n${USAGE}`);
    return 2;
  }
  const { db, close } = await connect();
  try {
    const common = {
      dryRun: values['dry-run'],
      validOnly: values['valid-only'],
      defaultSource: values.source,
      actor,
      onProgress: (rows: number) => console.error(`… ${rows} Zeilen`),
      onPublish: (done: number, total: number) => console.error(`… ${done} von ${total} Teilen veröffentlicht`),
      oneTransactionRows: loadConfig().IMPORT_ONE_TRANSACTION_ROWS,
    };
    if (popolo) {
      const reports = await importPopolo(db, file, common);
      for (const r of reports) print(r);
      return reports.some((r) => r.outcome === 'refused') ? 1 : 0;
    }
    const report = await importFile(db, file, { ...common, kind: kind as Kind });
    print(report);
    return report.outcome === 'refused' ? 1 : 0;
  } finally {
    await close();
  }
}

function looksLikePopolo(file: string): boolean {
  try {
    return isPopolo(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return false;
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
