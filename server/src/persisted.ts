// Persisted (trusted) operations: the web app sends the sha256 of an operation instead of its text
// (Apollo's `extensions.persistedQuery.sha256Hash`), and the server answers it from the manifest
// that GraphQL Code Generator writes next to the app's typed documents. With `trustedOnly`, that
// manifest is all the server answers: any other operation is refused before it is parsed. The
// manifest also tells the scheduler which executions are the app's own questions about one node
// (guard/scheduler.ts: their own lane), whether sent by hash or as the same text.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { Kind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { repoRoot } from './config.js';
import { WHOLE_LANDSCAPE_QUESTIONS } from './guard/limits.js';
import { appOperation } from './guard/scheduler.js';
import { logger } from './logger.js';

/** The manifest `pnpm --filter @netzwerkatlas/web codegen` writes: hash → operation text. */
export const DEFAULT_MANIFEST = resolve(repoRoot, 'web/src/gql/persisted-documents.json');

export interface PersistedOptions {
  /** The manifest's path (default: the web app's, DEFAULT_MANIFEST). */
  manifest?: string;
  /** Refuse every operation that is not in the manifest (TRUSTED_OPERATIONS_ONLY). */
  trustedOnly?: boolean;
}

/** Reads a manifest; throws a readable error when it is missing or not hash → text. */
export function readManifest(path: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`persisted operations: cannot read the manifest ${path}: ${(err as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`persisted operations: ${path} is not an object of hash → operation`);
  }
  const entries = Object.entries(parsed);
  if (entries.some(([, text]) => typeof text !== 'string')) {
    throw new Error(`persisted operations: ${path} holds a value that is not an operation's text`);
  }
  return new Map(entries as [string, string][]);
}

/**
 * The operations of a manifest, read at start. A hash it does not hold makes it look at the file
 * again (at most once a second, and only if the file changed), so a server that runs while the
 * app's operations are regenerated in development learns the new ones without a restart.
 */
function manifestStore(path: string, required: boolean) {
  let operations = new Map<string, string>();
  let bounded = new Set<string>();
  let mtimeMs = -1;
  let checkedAt = 0;
  const load = () => {
    mtimeMs = statSync(path).mtimeMs;
    operations = readManifest(path);
    bounded = new Set([...operations].filter(([, text]) => asksAboutOneNode(text)).map(([hash]) => hash));
  };
  try {
    load();
  } catch (err) {
    // Refusing all but trusted operations without knowing any would refuse the app too.
    if (required) throw err;
    logger.warn(`${(err as Error).message}; only operations sent as text are answered`);
  }
  return {
    size: () => operations.size,
    /** Whether the operation with this hash is one of the app's queries that do not ask about the whole landscape. */
    bounded: (hash: string) => bounded.has(hash),
    get(hash: string): string | null {
      const hit = operations.get(hash);
      if (hit !== undefined) return hit;
      const now = Date.now();
      if (now - checkedAt >= 1000) {
        checkedAt = now;
        try {
          if (statSync(path).mtimeMs !== mtimeMs) {
            load();
            logger.info(`persisted operations: reloaded ${operations.size} from ${path}`);
          }
        } catch (err) {
          logger.warn(`persisted operations: keeping the ${operations.size} known: ${(err as Error).message}`);
        }
      }
      return operations.get(hash) ?? null;
    },
  };
}

/** A query operation none of whose root fields is a question about the whole landscape. */
function asksAboutOneNode(text: string): boolean {
  try {
    return parse(text).definitions.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        d.operation === 'query' &&
        d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && !WHOLE_LANDSCAPE_QUESTIONS.has(s.name.value)),
    );
  } catch {
    return false;
  }
}

/**
 * The yoga plugin; register it first, so that a refusal comes before any other work. It marks
 * the executions of the app's bounded operations for the scheduler.
 */
export function usePersisted({ manifest = DEFAULT_MANIFEST, trustedOnly = false }: PersistedOptions = {}): Plugin {
  const store = manifestStore(manifest, trustedOnly);
  if (trustedOnly) logger.info(`trusted operations only: ${store.size()} operations from ${manifest}`);
  const operations = persistedOperations(store, trustedOnly);
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(operations);
    },
    onExecute({ args }) {
      // By hash, the persisted-operations plugin has put the operation's text into the params.
      const query = (args.contextValue as { params?: { query?: unknown } }).params?.query;
      if (typeof query === 'string' && store.bounded(createHash('sha256').update(query).digest('hex'))) {
        appOperation.add(args.contextValue as object);
      }
    },
  };
}

function persistedOperations(store: ReturnType<typeof manifestStore>, trustedOnly: boolean): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => store.get(hash),
    allowArbitraryOperations: !trustedOnly,
    customErrors: {
      persistedQueryOnly: {
        message: 'This server answers only the operations of its web app (persisted operations), sent by their hash.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      notFound: {
        message: 'Unknown persisted operation: no operation with this hash.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'Must provide a query, or the hash of a persisted operation in extensions.persistedQuery.sha256Hash.',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
