// The GraphQL side of a database that is away or too slow: a yoga plugin that turns a resolver's
// DbError UNAVAILABLE or TIMEOUT into a typed error with an HTTP status (yoga answers with the
// highest status among the errors), instead of the masked "Unexpected error." with HTTP 200.

import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { DbError } from './index.js';

/** Seconds a client should wait before asking again (the Retry-After header of a 503). */
export const RETRY_AFTER_SECONDS = 2;

const TYPED: Record<'UNAVAILABLE' | 'TIMEOUT', { code: string; status: number; message: string }> = {
  UNAVAILABLE: {
    code: 'SERVICE_UNAVAILABLE',
    status: 503,
    message: 'The database is unavailable; try again in a few seconds.',
  },
  // Neo4j did answer, but not in time: the gateway's timeout, not the service's absence.
  TIMEOUT: {
    code: 'TIMEOUT',
    status: 504,
    message: 'The database did not answer in time; try again later or ask for less.',
  },
};

/** The DbError behind an error (resolvers' errors arrive wrapped in GraphQLErrors), if any. */
function dbErrorOf(error: unknown): DbError | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof DbError) return current;
    current = current instanceof GraphQLError ? current.originalError : current.cause;
  }
  return undefined;
}

/** The typed GraphQLError for a database failure, or the error as it was. */
export function toTypedError(error: GraphQLError): GraphQLError {
  const dbError = dbErrorOf(error);
  if (!dbError || (dbError.code !== 'UNAVAILABLE' && dbError.code !== 'TIMEOUT')) return error;
  const typed = TYPED[dbError.code];
  // No originalError: yoga's masking lets a GraphQLError without one through as it is.
  return new GraphQLError(typed.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: {
      code: typed.code,
      http: {
        status: typed.status,
        ...(typed.status === 503 ? { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } } : {}),
      },
    },
  });
}

/** Registers with yoga; runs before its error masking (user plugins come first). */
export function useDatabaseErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (!result.errors?.length) return;
            const errors = result.errors.map(toTypedError);
            if (errors.some((e, i) => e !== result.errors?.[i])) setResult({ ...result, errors });
          });
        },
      };
    },
  };
}
