// What went wrong with a request, in the viewer's language. The API's messages are English (the
// API speaks English); the codes it attaches (`extensions.code`, server/src/schema/common/errors.ts)
// say what happened, so the UI words it itself and keeps the server's text only as detail.

import type { MessageKey, Translate } from '../i18n';

export type ApiProblem =
  | { code: 'NOT_FOUND'; kind: string; id: string }
  | { code: 'BAD_USER_INPUT'; argument: string; message: string }
  | { code: 'LIMIT_EXCEEDED'; limit: string }
  | { code: 'FORBIDDEN' }
  /** Curation: the record changed since the editor read it; `current` is the record as it is now. */
  | { code: 'EDIT_CONFLICT'; version: number; current: Record<string, unknown> }
  | { code: 'BUSY' }
  | { code: 'INTERNAL' }
  | { code: 'UNREACHABLE'; detail: string }
  | { code: 'HTTP'; status: number }
  | { code: 'OTHER'; message: string };

/** A failed request; `problem` says what happened (shown in the viewer's language). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly problem: ApiProblem,
    message: string,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

// graphql-yoga's text for an error it masks (an unexpected failure on the server, logged there).
const MASKED = 'Unexpected error.';

/** The problem a GraphQL error reports, from its code where it has one. */
export function problemOf(error: GraphQLErrorBody): ApiProblem {
  const ext = error.extensions ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (ext.code === 'NOT_FOUND') return { code: 'NOT_FOUND', kind: str(ext.kind), id: str(ext.id) };
  if (ext.code === 'BAD_USER_INPUT') return { code: 'BAD_USER_INPUT', argument: str(ext.argument), message: error.message };
  if (ext.code === 'LIMIT_EXCEEDED') return { code: 'LIMIT_EXCEEDED', limit: str(ext.limit) };
  if (ext.code === 'EDIT_CONFLICT')
    return {
      code: 'EDIT_CONFLICT',
      version: typeof ext.version === 'number' ? ext.version : 0,
      current: typeof ext.current === 'object' && ext.current !== null ? (ext.current as Record<string, unknown>) : {},
    };
  // Not allowed for this viewer, or no longer signed in (a session that ended meanwhile).
  if (ext.code === 'FORBIDDEN' || ext.code === 'UNAUTHENTICATED') return { code: 'FORBIDDEN' };
  // Each of these says: the server is there but cannot answer now; asking again later helps.
  if (ext.code === 'BUSY' || ext.code === 'RATE_LIMITED' || ext.code === 'TIMEOUT' || ext.code === 'SERVICE_UNAVAILABLE')
    return { code: 'BUSY' };
  if (error.message === MASKED) return { code: 'INTERNAL' };
  return { code: 'OTHER', message: error.message };
}

/** The sentence the UI shows for a problem. */
export function describeProblem(problem: ApiProblem, t: Translate): string {
  switch (problem.code) {
    case 'NOT_FOUND': {
      const key = `kind${problem.kind}` as MessageKey;
      const kind = t(key) === key ? problem.kind : t(key);
      return t('errorNotFound', { kind, id: problem.id });
    }
    // The API words its messages in English: the page names the argument in its own language
    // and leaves the English text out, so no sentence mixes the two.
    case 'BAD_USER_INPUT':
      return t('errorBadInput', { argument: problem.argument || '?' });
    case 'LIMIT_EXCEEDED':
      return t('errorLimit');
    case 'FORBIDDEN':
      return t('errorForbidden');
    case 'EDIT_CONFLICT':
      return t('editConflict', { version: problem.version });
    case 'BUSY':
      return t('errorBusy');
    case 'INTERNAL':
      return t('errorInternal');
    case 'UNREACHABLE':
      return t('errorUnreachable', { detail: problem.detail });
    case 'HTTP':
      return t('errorHttp', { status: problem.status });
    case 'OTHER':
      return t('errorOther');
  }
}

/** The sentence for any error a view meets: an API problem in the viewer's language, else its message. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return describeProblem(error.problem, t);
  return error instanceof Error ? error.message : String(error);
}

/** Whether asking again may help: not when the request itself names nothing there or does not fit. */
export function isRetryable(error: unknown): boolean {
  const code = error instanceof ApiError ? error.problem.code : undefined;
  return code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT' && code !== 'LIMIT_EXCEEDED' && code !== 'FORBIDDEN' && code !== 'EDIT_CONFLICT';
}
