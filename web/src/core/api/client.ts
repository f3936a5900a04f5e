// The web app's one way to the API: POST a typed GraphQL document to /graphql (same origin), throw
// a readable error when the request or the query fails.

import type { TypedDocumentString } from '../../gql/graphql';

export class ApiError extends Error {
  override name = 'ApiError';
}

/** Sends one operation; the result type follows from the generated document. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch (err) {
    throw new ApiError(`Server nicht erreichbar / server unreachable: ${(err as Error).message}`);
  }
  const body = (await response.json().catch(() => null)) as { data?: TResult; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body?.data) throw new ApiError(`API-Fehler / API error: HTTP ${response.status}`);
  return body.data;
}
