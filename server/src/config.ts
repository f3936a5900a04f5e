// Runtime configuration from the environment, validated once at start.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createLanes } from './guard/scheduler.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Set to use an existing Neo4j (Docker, cluster, Aura); unset starts the local runner. */
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_LOCAL_HOME: z.string().default(resolve(repoRoot, '.neo4j/data')),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, 'like 1g or 768m')
    .default('1g'),
  NEO4J_LOCAL_PAGECACHE_MIB: z.coerce.number().int().min(16).default(512),
  /** 'false' skips seeding the real landscape at start. */
  SEED: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default(resolve(repoRoot, 'web/dist')),
  /**
   * production (the Docker image): GraphiQL, introspection and field suggestions off unless
   * enabled, no source maps, logs as JSON even in a terminal.
   */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Heavy GraphQL operations (the landscape, the overlap matrix) answered at once; more wait. */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(256).default(2),
  /** Cheap GraphQL operations answered at once; more wait. */
  MAX_CONCURRENT_LIGHT_REQUESTS: z.coerce.number().int().min(1).max(1024).default(8),
  /** Time budget of one GraphQL request in ms, waiting included; Neo4j cancels work beyond it. */
  REQUEST_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** GraphQL requests one client (address) may send per minute; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** 'true' behind a reverse proxy: the client's address is the first of X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Largest GraphQL request body in bytes. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(100 * 1024),
  /** Comma-separated origins allowed to call the API from a browser; empty: our own only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Prometheus metrics at /metrics. */
  METRICS: z.enum(['true', 'false']).default('true'),
  /** GraphiQL and introspection; default on, except with NODE_ENV=production. */
  GRAPHIQL: z.enum(['true', 'false']).optional(),
  INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** 'true': answer only the web app's persisted operations (recommended for public production). */
  TRUSTED_OPERATIONS_ONLY: z.enum(['true', 'false']).default('false'),
  /**
   * Administrators (docs/privacy.md): comma-separated OIDC subjects (`sub`, or `issuer|sub`), and
   * comma-separated email addresses that count only when the identity provider verified them.
   * Administrators read the audit log and export, correct or erase a person's data on request.
   */
  ADMIN_SUBJECTS: z.string().default('').transform(commaList),
  ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((s) => commaList(s).map((e) => e.toLowerCase())),
  /**
   * The key of the audit log's pseudonyms (HMAC-SHA256 of a person's id): the log never holds a
   * person's id, so erasure leaves no trace of it. At least 32 characters; required in production.
   */
  AUDIT_PSEUDONYM_KEY: z.string().min(32, 'at least 32 characters').optional(),
});

function commaList(s: string): string[] {
  return s
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}

export type Config = z.infer<typeof schema>;

/** Reads and validates the environment; throws one readable error listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success && parsed.data.NODE_ENV === 'production' && !parsed.data.AUDIT_PSEUDONYM_KEY) {
    throw new Error(
      "config: AUDIT_PSEUDONYM_KEY is required in production (the key of the audit log's pseudonyms; at least 32 random characters, kept secret and stable)",
    );
  }
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`config: invalid environment\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Outside production only: pseudonyms stay stable across restarts of a development server. */
export const DEVELOPMENT_PSEUDONYM_KEY = 'netzwerkatlas-development-only-pseudonym-key';

/** The HTTP server's options from the configuration (see http.ts). */
export function httpOptions(config: Config) {
  const production = config.NODE_ENV === 'production';
  const enabled = (flag: 'true' | 'false' | undefined) => (flag === undefined ? !production : flag === 'true');
  return {
    production,
    graphiql: enabled(config.GRAPHIQL),
    introspection: enabled(config.INTROSPECTION),
    fieldSuggestions: !production,
    corsOrigins: config.CORS_ORIGINS,
    persisted: { trustedOnly: config.TRUSTED_OPERATIONS_ONLY === 'true' },
    budgetMs: config.REQUEST_BUDGET_MS,
    requestsPerMinute: config.RATE_LIMIT_PER_MINUTE,
    trustProxy: config.TRUST_PROXY === 'true',
    maxBodyBytes: config.MAX_BODY_BYTES,
    metrics: config.METRICS === 'true',
    lanes: createLanes({ lightSlots: config.MAX_CONCURRENT_LIGHT_REQUESTS, heavySlots: config.MAX_CONCURRENT_REQUESTS }),
    people: {
      admins: { subjects: config.ADMIN_SUBJECTS, emails: config.ADMIN_EMAILS },
      pseudonymKey: config.AUDIT_PSEUDONYM_KEY ?? DEVELOPMENT_PSEUDONYM_KEY,
    },
  };
}

/**
 * The logger's part of the configuration, validated on its own: the logger exists before
 * loadConfig runs, and with a bad value elsewhere (or in these) it starts with the defaults, so
 * that the error loadConfig throws can be logged.
 */
export function loadLogConfig(env: NodeJS.ProcessEnv = process.env): Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'> {
  const parsed = schema.pick({ LOG_LEVEL: true, NODE_ENV: true }).safeParse(env);
  return parsed.success ? parsed.data : { LOG_LEVEL: 'info', NODE_ENV: 'development' };
}
