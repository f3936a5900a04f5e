// Server data of the import page and the review list (react-query): who may import (roles), what
// (importOptions), the upload (POST /import/upload with the CSRF header), the preview and the
// import as a job polled until it settles, and the review list's decisions. After an import or a
// decision every cached answer is asked again: the data has a new version.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImportJobQuery as ImportJobAnswer,
  ImportKind,
  ImportReviewQuery as ImportReviewAnswer,
  ImportReviewStatus,
} from '../../gql/graphql';
import { mutate, request } from '../api/client';
import { ApiError, problemOf } from '../api/errors';
import {
  AcceptImportReviewMutation,
  ConfirmImportMutation,
  ImportJobQuery,
  ImportOptionsQuery,
  ImportReviewQuery,
  ImportViewerQuery,
  PreviewImportMutation,
  RejectImportReviewMutation,
  UndoImportReviewMutation,
} from '../api/importOperations';
import { downloadBlob } from '../export';
import { useSession } from '../session';
import type { ViewName } from '../urlState/types';
import { isRunning } from './utils';

export type ImportJob = ImportJobAnswer['importJob'];
export type ReviewItem = ImportReviewAnswer['importReview'][number];

/** The query keys of this domain, defined here once ('me' first: a change of roles asks again). */
export const importKeys = {
  viewer: () => ['me', 'import-roles'] as const,
  options: () => ['import', 'options'] as const,
  job: (id: string) => ['import', 'job', id] as const,
  review: (status: ImportReviewStatus) => ['import', 'review', status] as const,
};

export type ImportAccess =
  | { state: 'pending' }
  | { state: 'signedOut' }
  | { state: 'noRole' }
  | { state: 'allowed'; admin: boolean; coordinates: { id: string; name: string }[] }
  | { state: 'error'; error: Error; retry: () => void };

/** Whether the viewer may import (administrator or coordinator) and decide the review list (administrator). */
export function useImportAccess(): ImportAccess {
  const session = useSession();
  const signedIn = session.data?.signedIn === true;
  const viewer = useQuery({
    queryKey: importKeys.viewer(),
    queryFn: () => request(ImportViewerQuery).then((d) => d.me),
    enabled: signedIn,
    staleTime: 60_000,
  });
  if (session.isPending) return { state: 'pending' };
  if (!signedIn) return { state: 'signedOut' };
  if (viewer.isPending) return { state: 'pending' };
  if (viewer.error) return { state: 'error', error: viewer.error, retry: () => void viewer.refetch() };
  const me = viewer.data;
  if (!me) return { state: 'signedOut' };
  const admin = me.roles.includes('ADMINISTRATOR');
  if (!admin && !me.roles.includes('COORDINATOR')) return { state: 'noRole' };
  return { state: 'allowed', admin, coordinates: me.coordinates };
}

/** The views of the tab bar this viewer's roles open: the import page, and for administrators the review list. */
export function useRoleViews(): ViewName[] {
  const access = useImportAccess();
  if (access.state !== 'allowed') return [];
  return access.admin ? ['import', 'review'] : ['import'];
}

export function useImportOptions(enabled: boolean) {
  return useQuery({
    queryKey: importKeys.options(),
    queryFn: () => request(ImportOptionsQuery).then((d) => d.importOptions),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Sends a file to POST /import/upload (the body is the file); the server's id of the upload. */
export async function uploadFile(file: File): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/import/upload?${new URLSearchParams({ name: file.name })}`, {
      method: 'POST',
      // Like every request with cookies: the CSRF header (a form of another site cannot send it).
      headers: { 'content-type': 'application/octet-stream', 'x-graphql-yoga-csrf': '1' },
      body: file,
      credentials: 'same-origin',
    });
  } catch (err) {
    const detail = (err as Error).message;
    throw new ApiError({ code: 'UNREACHABLE', detail }, `server unreachable: ${detail}`);
  }
  const body = (await response.json().catch(() => null)) as {
    upload?: string;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
  const [first] = body?.errors ?? [];
  if (first) throw new ApiError(problemOf(first), first.message);
  if (!response.ok || !body?.upload) throw new ApiError({ code: 'HTTP', status: response.status }, `HTTP ${response.status}`);
  return body.upload;
}

/** Upload and preview in one step: the job of the preview, which the page then polls. */
export function useStartPreview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { file: File | null; upload: string | null; kind: ImportKind; validOnly: boolean }) => {
      const upload = v.upload ?? (v.file ? await uploadFile(v.file) : null);
      if (!upload) throw new Error('no file');
      const job = (await mutate(PreviewImportMutation, { upload, kind: v.kind, validOnly: v.validOnly })).previewImport;
      return { upload, job };
    },
    onSuccess: ({ job }) => client.setQueryData(importKeys.job(job.id), job),
  });
}

export function useConfirmImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (job: string) => mutate(ConfirmImportMutation, { job }).then((r) => r.confirmImport),
    // The confirmation answers the job's state (IMPORTING) without its preview, which stays.
    onSuccess: (job) => client.setQueryData<ImportJob>(importKeys.job(job.id), (before) => (before ? { ...before, ...job } : undefined)),
  });
}

/** A job, asked again twice a second while it checks or imports; once imported, every answer is asked again. */
export function useImportJob(id: string | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: importKeys.job(id ?? ''),
    queryFn: async () => {
      const job = (await request(ImportJobQuery, { id: id ?? '' })).importJob;
      if (job.state === 'DONE')
        void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'import' || q.queryKey[1] === 'review' });
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.state) ? 500 : false),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useImportReview(status: ImportReviewStatus, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.review(status),
    queryFn: () => request(ImportReviewQuery, { status }).then((d) => d.importReview),
    enabled,
    staleTime: 0,
  });
}

export type ReviewDecision = { id: string; action: 'accept'; choice: string } | { id: string; action: 'reject' | 'undo' };

/** Accept, reject or undo a review item; then the list and every other answer are asked again. */
export function useDecideReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (d: ReviewDecision): Promise<ReviewItem> => {
      if (d.action === 'accept')
        return mutate(AcceptImportReviewMutation, { id: d.id, choice: d.choice }).then((r) => r.acceptImportReview);
      if (d.action === 'reject') return mutate(RejectImportReviewMutation, { id: d.id }).then((r) => r.rejectImportReview);
      return mutate(UndoImportReviewMutation, { id: d.id }).then((r) => r.undoImportReview);
    },
    onSuccess: () => {
      void client.invalidateQueries();
    },
  });
}

export * from './utils';

/**
 * POST /admin/backup (administrators): the whole graph as `pnpm backup` writes it, saved as a
 * file; `pnpm restore` reads it into an empty database.
 */
export async function downloadBackup(): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/admin/backup', { method: 'POST', headers: { 'x-graphql-yoga-csrf': '1' }, credentials: 'same-origin' });
  } catch (err) {
    const detail = (err as Error).message;
    throw new ApiError({ code: 'UNREACHABLE', detail }, `server unreachable: ${detail}`);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    } | null;
    const [first] = body?.errors ?? [];
    if (first) throw new ApiError(problemOf(first), first.message);
    throw new ApiError({ code: 'HTTP', status: response.status }, `HTTP ${response.status}`);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'netzwerkatlas.jsonl';
  downloadBlob(name, await response.blob());
  return name;
}
