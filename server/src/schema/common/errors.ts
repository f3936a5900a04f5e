// Expected failures, as GraphQLErrors with an `extensions.code` that yoga's masking lets through.

import { GraphQLError } from 'graphql';

export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`${kind} '${id}' was not found`, { extensions: { code: 'NOT_FOUND', kind, id } });
}

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
