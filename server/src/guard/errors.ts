// Refusals: typed errors for requests the server will not work on (a limit, the rate, a full
// queue, the time budget), each with a code, the limit it hit, and an HTTP status that yoga uses.

import { GraphQLError } from 'graphql';

/** Which limit a request exceeded; the name a client reads from `extensions.limit`. */
export type LimitName =
  | 'bodySize'
  | 'variablesSize'
  | 'listLength'
  | 'stringLength'
  | 'tokens'
  | 'depth'
  | 'aliases'
  | 'directives'
  | 'cost'
  | 'wholeLandscape';

const UNITS: Record<LimitName, string> = {
  bodySize: 'bytes of request body',
  variablesSize: 'bytes of variables',
  listLength: 'items in one list argument',
  stringLength: 'characters in one string argument',
  tokens: 'tokens in the document',
  depth: 'levels of nesting',
  aliases: 'aliases',
  directives: 'directives',
  cost: 'units of cost',
  wholeLandscape: 'question about the whole landscape (landscape, overlapMatrix, clusters, innovationTransfer) per operation',
};

/** A request over one of the limits: 400 (413 for the body), before any resolver runs. */
export function limitExceeded(limit: LimitName, max: number, actual?: number): GraphQLError {
  const found = actual === undefined ? 'more' : String(actual);
  return new GraphQLError(`Request refused: at most ${max} ${UNITS[limit]} allowed, found ${found}.`, {
    extensions: {
      code: 'LIMIT_EXCEEDED',
      limit,
      max,
      ...(actual === undefined ? {} : { actual }),
      http: { status: limit === 'bodySize' ? 413 : 400 },
    },
  });
}

/** An operation type the schema does not have (this API has no mutations or subscriptions yet). */
export function unsupportedOperation(): GraphQLError {
  return new GraphQLError('This API answers queries only.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/**
 * A field or mutation the viewer's roles do not allow (the scopes in builder.ts). The message
 * names no one and tells nothing about what exists behind it.
 */
export function forbidden(): GraphQLError {
  return new GraphQLError('Not allowed for this viewer (sign in, or this needs another role).', { extensions: { code: 'FORBIDDEN' } });
}

/** Too many requests from one client; `retryAfter` in seconds. */
export function rateLimited(retryAfter: number): GraphQLError {
  return new GraphQLError(`Too many requests; try again in ${retryAfter} s.`, {
    extensions: { code: 'RATE_LIMITED', retryAfter, http: { status: 429, headers: { 'retry-after': String(retryAfter) } } },
  });
}

/** The request waited for a free slot longer than its time budget allows. */
export function busy(): GraphQLError {
  return new GraphQLError('The server is busy; try again in a few seconds.', {
    extensions: { code: 'BUSY', http: { status: 503, headers: { 'retry-after': '2' } } },
  });
}

/** A GraphQL error as the JSON body of a plain HTTP answer (for refusals before yoga). */
export function errorBody(error: GraphQLError): string {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return JSON.stringify({ errors: [{ message: error.message, extensions }] });
}
