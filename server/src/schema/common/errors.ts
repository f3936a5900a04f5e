// Expected failures, as GraphQLErrors with an `extensions.code` that yoga's masking lets through.

import { GraphQLError } from 'graphql';

/** What a message may quote of the client's input: enough to recognise it, never all of a huge one. */
export function quote(input: string, max = 80): string {
  return input.length <= max ? input : `${input.slice(0, max)}… (${input.length} characters)`;
}

export function notFound(kind: string, id: string): GraphQLError {
  return new GraphQLError(`${kind} '${quote(id)}' was not found`, { extensions: { code: 'NOT_FOUND', kind, id: quote(id) } });
}

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/**
 * A refusal of @pothos/plugin-validation (the zod schemas on arguments) as ours: BAD_USER_INPUT
 * with the first issue's message, naming the argument it is about.
 */
export function refusal(failure: {
  issues: readonly { message: string; path?: readonly (PropertyKey | { key: PropertyKey })[] | undefined }[];
}): GraphQLError {
  const issue = failure.issues[0];
  const head = issue?.path?.[0];
  const argument = head == null ? '' : typeof head === 'object' ? String(head.key) : String(head);
  return badInput(issue?.message ?? 'invalid arguments', argument);
}
