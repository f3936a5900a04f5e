// Pure parts of the import page: the template of a kind, file sizes as people read them, where a
// running import stands (for the progress bar), and the language's half of a bilingual server text.

import type { ImportJobState, ImportKind } from '../../gql/graphql';
import { everyValue } from '../api/enums';
import type { Lang } from '../i18n/types';
import { locale } from '../i18n/utils';

/** The kinds in the order the page lists them (docs/import.md). */
export const IMPORT_KINDS = everyValue<ImportKind>()([
  'ORGANISATIONS',
  'NETWORKS',
  'MEMBERSHIPS',
  'PERSONS',
  'PARTICIPATIONS',
  'TOPICS',
  'EVENTS',
  'ATTENDANCE',
  'INNOVATIONS',
  'ADOPTIONS',
]);

/** The template file the server serves (GET /import/vorlagen/<file>, the files of docs/import/vorlagen/). */
const TEMPLATE_FILES: Record<ImportKind, string> = {
  TOPICS: 'themen.csv',
  NETWORKS: 'netzwerke.csv',
  ORGANISATIONS: 'organisationen.csv',
  MEMBERSHIPS: 'mitgliedschaften.csv',
  PERSONS: 'personen.csv',
  PARTICIPATIONS: 'teilnahmen.csv',
  EVENTS: 'veranstaltungen.csv',
  ATTENDANCE: 'anwesenheit.csv',
  INNOVATIONS: 'innovationen.csv',
  ADOPTIONS: 'uebernahmen.csv',
};

export function templateUrl(kind: ImportKind): string {
  return `/import/vorlagen/${TEMPLATE_FILES[kind]}`;
}

/**
 * A size in bytes as people read it: "64 MB", "1,5 KB", counted in steps of 1024 as the Windows
 * Explorer shows a file's size (so the limit and the file compare as the person sees them).
 */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['Bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}

/** Whether the job is still working (the page asks again). */
export function isRunning(state: ImportJobState): boolean {
  return state === 'CHECKING' || state === 'IMPORTING';
}

export type Progress =
  /** Rows staged so far of the file's rows. */
  | { phase: 'rows'; value: number; max: number }
  /** A large file published part by part. */
  | { phase: 'batches'; value: number; max: number }
  /** All rows staged, published in one transaction: no step to count, the bar runs without a value. */
  | { phase: 'publishing' };

/**
 * Where a confirmed import stands: first its rows are read and staged (counted in steps of 10,000
 * against the preview's row count), then published, part by part for a large file
 * (`published` of `batches`), else in one transaction.
 */
export function progressOf(job: { rowsRead: number; published: number; batches: number }, totalRows: number): Progress {
  if (job.batches > 0) return { phase: 'batches', value: Math.min(job.published, job.batches), max: job.batches };
  if (totalRows > 0 && job.rowsRead >= totalRows) return { phase: 'publishing' };
  return { phase: 'rows', value: Math.min(job.rowsRead, totalRows), max: Math.max(totalRows, 1) };
}

/**
 * The viewer's half of a server text written "Deutsch / English" (the import's own errors are,
 * server/src/import/jobs.ts); a text without the separator as it is.
 */
export function inLanguage(text: string, lang: Lang): string {
  const parts = text.split(' / ');
  if (parts.length !== 2) return text;
  return (lang === 'de' ? parts[0] : parts[1]) ?? text;
}
