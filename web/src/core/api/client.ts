// The web app's one way to the API: a typed GraphQL query as GET /graphql (same origin; the
// server keeps answers per data version and revalidates them by ETag, so the browser's cache
// answers a repeat visit with 304), a mutation as POST, and a readable error when the request or
// the operation fails.
// The app's documents are persisted operations: it sends the sha256 that codegen gave each one,
// never the text, so a server that accepts only trusted operations answers it.

import type { TypedDocumentString } from '../../gql/graphql';
import { ApiError, problemOf } from './errors';

export { ApiError } from './errors';

/** What identifies an operation: its hash (a persisted operation) or, for others, its text. */
export type Operation = { hash: string } | { query: string };

/**
 * The GET URL of an operation (GraphQL over HTTP: operation and variables as URL parameters). A
 * hash goes as Apollo's persisted-query extension, which the server looks up in codegen's
 * manifest; one operation with the same variables always has the same URL (the answer cache's key).
 */
export function queryUrl(operation: Operation, variables: object): string {
  const params =
    'hash' in operation
      ? new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operation.hash } }) })
      : new URLSearchParams({ query: operation.query });
  if (Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables));
  return `/graphql?${params}`;
}

/** How the app names an operation to the server: its hash where codegen gave it one, else its text. */
function operationOf<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>): Operation {
  const hash: unknown = document.__meta__?.hash;
  return typeof hash === 'string' ? { hash } : { query: document.toString() };
}

/** The POST body of an operation: as for GET, a hash goes in the persisted-query extension. */
export function postBody(operation: Operation, variables: object): string {
  const named =
    'hash' in operation ? { extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } } } : { query: operation.query };
  return JSON.stringify({ ...named, ...(Object.keys(variables).length > 0 ? { variables } : {}) });
}

// The CSRF header: required by the API wherever a request carries cookies (a signed-in browser).
const HEADERS = { accept: 'application/graphql-response+json, application/json', 'x-graphql-yoga-csrf': '1' };

async function send<TResult>(url: string, init: RequestInit): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin' });
  } catch (err) {
    const detail = (err as Error).message;
    throw new ApiError({ code: 'UNREACHABLE', detail }, `server unreachable: ${detail}`);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TResult;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
  const errors = body?.errors ?? [];
  const [first] = errors;
  if (first) throw new ApiError(problemOf(first), errors.map((e) => e.message).join('; '));
  if (!response.ok || !body?.data) throw new ApiError({ code: 'HTTP', status: response.status }, `HTTP ${response.status}`);
  return body.data;
}

/** Queries sent before the app asked for them (prefetch), by URL, until the app's request takes them. */
const early = new Map<string, Promise<unknown>>();

/**
 * Sends a query now that the app will ask for soon (the page's first, largest answer, while the
 * app's code still loads); the app's request for the same query and variables takes it over,
 * once, instead of sending it again.
 */
export function prefetch<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): void {
  const url = queryUrl(operationOf(document), variables ?? {});
  if (early.has(url)) return;
  const answer = send<TResult>(url, { headers: HEADERS });
  // A failure is the app's to report when it takes the answer over.
  answer.catch(() => undefined);
  early.set(url, answer);
}

/** Sends one query (GET); the result type follows from the generated document. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const url = queryUrl(operationOf(document), variables ?? {});
  const sent = early.get(url) as Promise<TResult> | undefined;
  if (sent) {
    early.delete(url);
    return sent;
  }
  return send<TResult>(url, { headers: HEADERS });
}

/** Sends one mutation (POST: GraphQL over HTTP never runs a mutation sent by GET). */
export async function mutate<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  return send<TResult>('/graphql', {
    method: 'POST',
    headers: { ...HEADERS, 'content-type': 'application/json' },
    body: postBody(operationOf(document), variables ?? {}),
  });
}
