// Imports from the web app: a file uploaded (POST /import/upload, see http.ts) is kept for its
// owner for an hour; a preview checks it (a dry run) in the background; confirming imports it, also
// in the background, while the app polls the job's state. Jobs and uploads live in this server
// process: a second server instance does not see them, and a restart forgets them (an import it
// was running is finished or removed at the next start, see staging.ts).

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Store } from '../db/store.js';
import { logger } from '../logger.js';
import { type ImportReport, importFile, type Kind } from './index.js';

/** Kinds a network's coordinator may import: the memberships and participations of their networks. */
export const COORDINATOR_KINDS: readonly Kind[] = ['memberships', 'participations'];

/** What the server's configuration sets for imports from the app (http.ts sets it from config.ts). */
export const importSettings: { oneTransactionRows?: number; maxBytes: number } = { maxBytes: 64 * 1024 * 1024 };

/** An upload (and its job) is kept this long. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;

export type JobState = 'CHECKING' | 'PREVIEW' | 'IMPORTING' | 'DONE' | 'REFUSED' | 'FAILED';

export interface ImportJob {
  id: string;
  /** The sign-in account that uploaded: the only one who sees and confirms the job. */
  owner: string;
  /** The audit log's pseudonym of who imports. */
  actor: string;
  kind: Kind;
  fileName: string;
  state: JobState;
  validOnly: boolean;
  /** A coordinator's networks: rows of other networks are refused. Null for an administrator. */
  networks: string[] | null;
  rowsRead: number;
  /** Of a run published in several transactions: batches published, of all. */
  published: number;
  batches: number;
  preview: ImportReport | null;
  report: ImportReport | null;
  error: string | null;
  createdAt: number;
  path: string;
}

interface Upload {
  id: string;
  owner: string;
  name: string;
  path: string;
  bytes: number;
  createdAt: number;
}

const uploads = new Map<string, Upload>();
const jobs = new Map<string, ImportJob>();
const dir = join(tmpdir(), `netzwerkatlas-uploads-${process.pid}`);

/** A body larger than the limit. */
export class UploadTooLargeError extends Error {
  override name = 'UploadTooLargeError';
}

/** Drops uploads and finished jobs older than UPLOAD_TTL_MS (a job still importing stays). */
async function sweep(now = Date.now()): Promise<void> {
  for (const u of uploads.values()) {
    if (now - u.createdAt < UPLOAD_TTL_MS) continue;
    const busy = [...jobs.values()].some((j) => j.path === u.path && (j.state === 'IMPORTING' || j.state === 'CHECKING'));
    if (busy) continue;
    uploads.delete(u.id);
    await rm(u.path, { force: true });
  }
  for (const j of jobs.values())
    if (now - j.createdAt > UPLOAD_TTL_MS && j.state !== 'IMPORTING' && j.state !== 'CHECKING') jobs.delete(j.id);
}
setInterval(() => void sweep().catch(() => undefined), 5 * 60 * 1000).unref();

/** Streams a request's body into a file of its own, refusing more than `maxBytes`; one pending upload per owner. */
export async function saveUpload(req: IncomingMessage, owner: string, name: string, maxBytes: number): Promise<Upload> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const u of uploads.values()) {
    const used = [...jobs.values()].some((j) => j.path === u.path && (j.state === 'IMPORTING' || j.state === 'CHECKING'));
    if (u.owner === owner && !used) {
      uploads.delete(u.id);
      await rm(u.path, { force: true });
    }
  }
  const id = randomUUID();
  // The file's own extension tells the reader its format (read.ts); nothing else of the name is used.
  const ext = extname(name).toLowerCase();
  const path = join(dir, `${id}${/^\.[a-z0-9]{1,5}$/.test(ext) ? ext : ''}`);
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new UploadTooLargeError(`upload larger than ${maxBytes} bytes`));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(req, count, createWriteStream(path, { mode: 0o600 }));
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  const upload = { id, owner, name: name.slice(0, 200), path, bytes, createdAt: Date.now() };
  uploads.set(id, upload);
  return upload;
}

export function uploadOf(id: string, owner: string): Upload | undefined {
  const u = uploads.get(id);
  return u && u.owner === owner ? u : undefined;
}

export function jobOf(id: string, owner: string): ImportJob | undefined {
  const j = jobs.get(id);
  return j && j.owner === owner ? j : undefined;
}

/** Starts the preview (a dry run) of an upload; the job is returned at once and polled. */
export function startPreview(
  store: Store,
  upload: Upload,
  options: { kind: Kind; actor: string; validOnly: boolean; networks: string[] | null; oneTransactionRows?: number },
): ImportJob {
  const job: ImportJob = {
    id: randomUUID(),
    owner: upload.owner,
    actor: options.actor,
    kind: options.kind,
    fileName: upload.name,
    state: 'CHECKING',
    validOnly: options.validOnly,
    networks: options.networks,
    rowsRead: 0,
    published: 0,
    batches: 0,
    preview: null,
    report: null,
    error: null,
    createdAt: Date.now(),
    path: upload.path,
  };
  jobs.set(job.id, job);
  void importFile(store, upload.path, {
    kind: job.kind,
    fileName: job.fileName,
    actor: job.actor,
    dryRun: true,
    validOnly: job.validOnly,
    networks: job.networks ?? undefined,
    oneTransactionRows: options.oneTransactionRows,
    onProgress: (rows) => {
      job.rowsRead = rows;
    },
  }).then(
    (report) => {
      job.preview = report;
      job.rowsRead = report.rows;
      job.state = report.outcome === 'refused' ? 'REFUSED' : 'PREVIEW';
    },
    (err: Error) => fail(job, err),
  );
  return job;
}

/** Imports a previewed upload; the job is returned at once and polled. */
export function confirmJob(store: Store, job: ImportJob, oneTransactionRows?: number): ImportJob {
  job.state = 'IMPORTING';
  job.rowsRead = 0;
  void importFile(store, job.path, {
    kind: job.kind,
    fileName: job.fileName,
    actor: job.actor,
    validOnly: job.validOnly,
    networks: job.networks ?? undefined,
    oneTransactionRows,
    onProgress: (rows) => {
      job.rowsRead = rows;
    },
    onPublish: (done, total) => {
      job.published = done;
      job.batches = total;
    },
  })
    .then(
      (report) => {
        job.report = report;
        job.rowsRead = report.rows;
        job.state = report.outcome === 'written' ? 'DONE' : 'REFUSED';
      },
      (err: Error) => fail(job, err),
    )
    .finally(() => {
      for (const u of uploads.values()) if (u.path === job.path) uploads.delete(u.id);
      void rm(job.path, { force: true });
    });
  return job;
}

function fail(job: ImportJob, err: Error): void {
  job.state = 'FAILED';
  // Our own errors say what happened in words meant for the person; anything else is logged, not shown.
  job.error = err.name === 'ImportBusyError' ? err.message : 'Der Import ist fehlgeschlagen. / The import failed.';
  logger.error({ err: err.message, job: job.id }, 'import job failed');
}
