// The GraphQL server instance: yoga with error masking on (expected failures are GraphQLErrors
// with extensions.code; anything else is masked and logged), every request held to the limits
// and the scheduler (guard/) before any resolver runs, and the production switches.

import { useGraphQlJit } from '@envelop/graphql-jit';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import { AuthenticationError, ProviderUnavailableError } from './auth/errors.js';
import type { Authenticate, Identity } from './auth/identity.js';
import { DEVELOPMENT_PSEUDONYM_KEY } from './config.js';
import { type Context, createContext } from './context.js';
import { useDatabaseErrors } from './db/errors.js';
import type { Db } from './db/index.js';
import { DEFAULT_LIMITS, type RequestLimits, useRequestLimits } from './guard/limits.js';
import { createLanes, type Lanes, useScheduler } from './guard/scheduler.js';
import { logger } from './logger.js';
import { pseudonymiser } from './people/audit.js';
import { type Changes, createChanges } from './people/changes.js';
import { type Admins, viewerOf } from './people/viewer.js';
import { type PersistedOptions, usePersisted } from './persisted.js';
import { schema } from './schema/index.js';

/** The header a browser must send where a request could change state or carries cookies. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export interface YogaOptions {
  limits?: RequestLimits;
  lanes?: Lanes;
  /** Time budget of one request, waiting included (default 15 s). */
  budgetMs?: number;
  /** Schema introspection (default on; off in production unless enabled). */
  introspection?: boolean;
  /** "Did you mean …" in validation errors, which reveal the schema (off in production). */
  fieldSuggestions?: boolean;
  /** Origins allowed to call the API from a browser; empty: only our own. */
  corsOrigins?: string[];
  /** Plugins that see every operation first (the server's logs and metrics). */
  plugins?: Plugin[];
  /** Persisted operations: the web app's manifest, and whether only those are answered. */
  persisted?: PersistedOptions;
  /** Who a request is (auth/index.ts); without it every request is anonymous. */
  authenticate?: Authenticate;
  /** Person data: who is an administrator, the audit log's key, what follows a change (people/). */
  people?: PeopleOptions;
}

export interface PeopleOptions {
  admins: Admins;
  /** The key of the audit log's pseudonyms (config.ts: AUDIT_PSEUDONYM_KEY). */
  pseudonymKey: string;
  /** What follows a change to person data; created here unless the HTTP server shares its own. */
  changes?: Changes;
}

/** Without configuration: no administrators, and the development key (config.ts refuses it in production). */
export const DEFAULT_PEOPLE: PeopleOptions = { admins: { subjects: [], emails: [] }, pseudonymKey: DEVELOPMENT_PSEUDONYM_KEY };

/**
 * Sign-in: before anything else is read, the request's credentials are checked. A bearer token
 * that does not verify ends the request with 401 and the RFC 6750 challenge, and no data; the
 * identity of one that does (or of a session cookie) goes into the context.
 */
function useAuthentication(authenticate: Authenticate, identities: WeakMap<Request, Identity | null>): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      try {
        identities.set(request, await authenticate(request));
      } catch (err) {
        if (!(err instanceof AuthenticationError || err instanceof ProviderUnavailableError)) throw err;
        const { http, ...extensions } = err.extensions as { http: { status: number; headers: Record<string, string> } };
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: err.message, extensions }] }), {
            status: http.status,
            headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', 'cache-control': 'no-store', ...http.headers },
          }),
        );
      }
    },
  };
}

/**
 * CSRF: a cross-site form post or a GET with cookies must not reach the API. Anonymous GET
 * queries (no cookies) change nothing and read what anyone may read, so they need no header.
 */
function useCsrfPrevention(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      const { request } = payload;
      if (request.method === 'GET' && !request.headers.has('cookie')) return;
      return csrf.onRequestParse?.(payload);
    },
  };
}

/**
 * Every error a client sees has a code. Pothos refuses arguments that do not fit together (e.g.
 * `last` without `before` or `first`) with an error of its own: that is the client's input;
 * everything unexpected stays masked.
 */
function typedOrMasked(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof PothosValidationError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return maskError(error, message, isDev);
}

/**
 * Errors graphql-js raises about the request itself (a variable of the wrong type) carry no
 * code; they are the client's input, so they get BAD_USER_INPUT.
 */
function useTypedRequestErrors(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Symbol.asyncIterator in result || !result.errors?.some((e) => !e.extensions?.code && !e.path)) return;
      setResult({
        ...result,
        errors: result.errors.map((e) =>
          e.extensions?.code || e.path
            ? e
            : new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'BAD_USER_INPUT' } }),
        ),
      });
    },
  };
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function createYogaServer(db: Db, options: YogaOptions = {}) {
  const {
    limits = DEFAULT_LIMITS,
    lanes = createLanes({ lightSlots: 8, heavySlots: 2 }),
    budgetMs = 15_000,
    introspection = true,
    fieldSuggestions = true,
    corsOrigins = [],
    plugins = [],
    persisted,
    authenticate,
    people = DEFAULT_PEOPLE,
  } = options;
  const identities = new WeakMap<Request, Identity | null>();
  const changes = people.changes ?? createChanges(db);
  const pseudonym = pseudonymiser(people.pseudonymKey);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL is served by http.ts from our own origin (graphiql.ts); yoga's loads from a CDN.
    graphiql: false,
    landingPage: false,
    maskedErrors: { maskError: typedOrMasked },
    // Closed unless origins are named: yoga's default would answer any origin, with credentials.
    cors: corsOrigins.length > 0 ? { origin: corsOrigins, credentials: true } : false,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    // The identity becomes a viewer (a person, an authority, roles) before any resolver runs.
    context: async ({ request }) => {
      const identity = identities.get(request) ?? null;
      const ctx = createContext(db, budgetMs, identity, { pseudonym, changed: (rebuild) => changes.changed(rebuild) });
      ctx.viewer = await viewerOf(ctx.db, identity, people.admins, pseudonym);
      return ctx;
    },
    plugins: [
      ...plugins,
      ...(authenticate ? [useAuthentication(authenticate, identities)] : []),
      usePersisted(persisted),
      useCsrfPrevention(),
      useTypedRequestErrors(),
      ...useRequestLimits(limits),
      ...(introspection ? [] : [useNoIntrospection()]),
      ...(fieldSuggestions ? [] : [blockFieldSuggestionsPlugin() as Plugin]),
      useGraphQlJit(),
      useScheduler(lanes),
      useDatabaseErrors(),
    ],
  });
}

export type YogaServer = ReturnType<typeof createYogaServer>;
