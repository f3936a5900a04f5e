// The web app's one way to the API: a typed GraphQL query as GET /graphql (same origin; the
// server keeps answers per data version and revalidates them by ETag, so the browser's cache
// answers a repeat visit with 304), and a readable error when the request or the query fails.
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

/** Sends one operation; the result type follows from the generated document. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    const hash: unknown = document.__meta__?.hash;
    const operation = typeof hash === 'string' ? { hash } : { query: document.toString() };
    response = await fetch(queryUrl(operation, variables ?? {}), {
      // The CSRF header: required by the API wherever a request carries cookies.
      headers: { accept: 'application/graphql-response+json, application/json', 'x-graphql-yoga-csrf': '1' },
    });
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
