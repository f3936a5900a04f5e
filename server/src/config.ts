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
  // Up to this many rows an import is published in one transaction (readers see it at once);
  // above, batch by batch. The default fits a Neo4j with a 1–2 GB heap; a larger one may raise it.
  IMPORT_ONE_TRANSACTION_ROWS: z.coerce.number().int().min(0).default(100_000),
  // The largest file administrators and coordinators may upload for an import (POST /import/upload).
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024 * 1024),
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
  /** The web app's own questions about one node that cost as much as heavy ones, answered at once (a lane of their own). */
  MAX_CONCURRENT_APP_REQUESTS: z.coerce.number().int().min(1).max(256).default(4),
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
  /**
   * Where browsers reach this server (scheme, host, port; no path): the redirect URI of the
   * sign-in is built from it, and with https the session cookie is Secure. Default
   * http://localhost:PORT.
   */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The OpenID provider that signs users in; unset outside production: the embedded demo provider at /idp. */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Where to read the issuer's discovery document, when the server reaches the provider at
   * another address than browsers do (a container network); its `issuer` must still be OIDC_ISSUER.
   */
  OIDC_DISCOVERY_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** This server's client at the provider. */
  OIDC_CLIENT_ID: z.string().min(1).default('netzwerkatlas'),
  /** The client's secret (client_secret_basic); unset: a public client, PKCE only. */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The `aud` a bearer token must carry; default OIDC_CLIENT_ID. */
  OIDC_AUDIENCE: z.string().min(1).optional(),
  /** Seconds of clock difference to the provider tolerated on `exp`, `nbf`, `iat`. */
  OIDC_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300).default(30),
  /** The claim that finds the person (Identity.email). */
  OIDC_EMAIL_CLAIM: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'a claim name')
    .default('email'),
  /** Scopes asked for at sign-in. */
  OIDC_SCOPES: z
    .string()
    .regex(/^[\w:. -]+$/, 'space-separated scope names')
    .default('openid email profile'),
  /** 'true' allows an http (not https) provider in production: a local trial only (docker-compose). */
  OIDC_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  /** Lifetime of a browser session in minutes, from sign-in (not extended by use). */
  SESSION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 30)
    .default(8 * 60),
  /** The embedded demo provider's signing keys (kept across restarts; never committed). */
  IDP_DATA_DIR: z.string().default(resolve(repoRoot, '.neo4j/idp')),
});

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Rules between variables: what one value means for another. */
const checked = schema.superRefine((env, ctx) => {
  const production = env.NODE_ENV === 'production';
  if (production && !env.OIDC_ISSUER) {
    ctx.addIssue({
      code: 'custom',
      path: ['OIDC_ISSUER'],
      message:
        'required with NODE_ENV=production: the embedded demo sign-in (invented accounts, no passwords) never runs in ' +
        'production; name your OpenID provider (e.g. https://login.example.org/realms/verwaltung)',
    });
  }
  for (const key of ['OIDC_ISSUER', 'OIDC_DISCOVERY_URL'] as const) {
    const value = env[key];
    if (!value || !production || env.OIDC_ALLOW_HTTP === 'true') continue;
    const url = new URL(value);
    if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'must be https in production (OIDC_ALLOW_HTTP=true for a local trial)' });
    }
  }
  if (env.PUBLIC_URL && new URL(env.PUBLIC_URL).pathname !== '/') {
    ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'an origin without a path, like https://atlas.example.org' });
  }
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
  const parsed = checked.safeParse(env);
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
    importMaxBytes: config.IMPORT_MAX_BYTES,
    importOneTransactionRows: config.IMPORT_ONE_TRANSACTION_ROWS,
    metrics: config.METRICS === 'true',
    lanes: createLanes({
      lightSlots: config.MAX_CONCURRENT_LIGHT_REQUESTS,
      heavySlots: config.MAX_CONCURRENT_REQUESTS,
      appSlots: config.MAX_CONCURRENT_APP_REQUESTS,
    }),
    people: {
      admins: { subjects: config.ADMIN_SUBJECTS, emails: config.ADMIN_EMAILS },
      pseudonymKey: config.AUDIT_PSEUDONYM_KEY ?? DEVELOPMENT_PSEUDONYM_KEY,
    },
  };
}

/** The sign-in's part of the configuration (see auth/index.ts). */
export function authOptions(config: Config) {
  const publicUrl = new URL(config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).origin;
  return {
    publicUrl,
    trustProxy: config.TRUST_PROXY === 'true',
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    audience: config.OIDC_AUDIENCE ?? config.OIDC_CLIENT_ID,
    clockToleranceS: config.OIDC_CLOCK_TOLERANCE_S,
    emailClaim: config.OIDC_EMAIL_CLAIM,
    scopes: config.OIDC_SCOPES,
    sessionTtlMs: config.SESSION_TTL_MINUTES * 60_000,
    provider: config.OIDC_ISSUER
      ? ({ kind: 'external', issuer: config.OIDC_ISSUER, discoveryUrl: config.OIDC_DISCOVERY_URL } as const)
      : ({ kind: 'embedded', dataDir: config.IDP_DATA_DIR } as const),
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
