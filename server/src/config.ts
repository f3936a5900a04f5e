// Runtime configuration from the environment, validated once at start.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  /** 'production' (the Docker image) keeps the logs as JSON even in a terminal. */
  NODE_ENV: z.string().optional(),
  WEB_DIST: z.string().default(resolve(repoRoot, 'web/dist')),
  /** GraphQL requests answered at once; more wait their turn (bounds memory under load). */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(256).default(2),
});

export type Config = z.infer<typeof schema>;

/** Reads and validates the environment; throws one readable error listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`config: invalid environment\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/**
 * The logger's part of the configuration, validated on its own: the logger exists before
 * loadConfig runs, and with a bad value elsewhere (or in these) it starts with the defaults, so
 * that the error loadConfig throws can be logged.
 */
export function loadLogConfig(env: NodeJS.ProcessEnv = process.env): Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'> {
  const parsed = schema.pick({ LOG_LEVEL: true, NODE_ENV: true }).safeParse(env);
  return parsed.success ? parsed.data : { LOG_LEVEL: 'info', NODE_ENV: undefined };
}
