// The web app's one way to the API: POST a GraphQL document to /graphql (same origin), throw a
// readable error when the request or the query fails.

export class ApiError extends Error {
  override name = 'ApiError';
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(`Server nicht erreichbar / server unreachable: ${(err as Error).message}`);
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body?.data) throw new ApiError(`API-Fehler / API error: HTTP ${response.status}`);
  return body.data;
}
