// Starts Neo4j Community on this machine without Docker: fetches the jars from Maven Central
// with Maven (once), then runs ../../neo4j-local/Neo4jLocal.java on them as a child JVM, waits
// until Bolt answers, and stops it cleanly. Used by the start command and by the tests whenever
// NEO4J_URI is not set.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { repoRoot } from '../config.js';

const runnerDir = resolve(repoRoot, 'server/neo4j-local');
const libDir = join(runnerDir, 'lib');

/** JVM flags Neo4j's own launcher passes and an embedded run does not get by itself. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

export class Neo4jLocalError extends Error {
  override name = 'Neo4jLocalError';
}

export interface Neo4jLocalOptions {
  home: string;
  port: number;
  heap: string;
  pageCacheMiB: number;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

export interface Neo4jLocal {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** Major version of `java` on PATH, or throws a readable error when there is none. */
export function javaMajorVersion(): number {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) {
    throw new Neo4jLocalError(
      'neo4j-local: Java was not found on PATH. Install a JDK 17 or 21 (e.g. `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI to use a Neo4j you run elsewhere.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr ?? '');
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : Number.NaN;
  if (!(major >= 17)) {
    throw new Neo4jLocalError(`neo4j-local: Neo4j 5.26 needs Java 17 or 21, found: ${out.stderr.split('\n')[0]}`);
  }
  return major;
}

export function jarsPresent(): boolean {
  return existsSync(libDir) && readdirSync(libDir).some((f) => /^neo4j-5\.26\.\d+\.jar$/.test(f));
}

/** Copies Neo4j and its dependencies from Maven Central into neo4j-local/lib (once). */
export function ensureJars(log: (line: string) => void = console.log): void {
  if (jarsPresent()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new Neo4jLocalError(
      'neo4j-local: Maven (mvn) was not found on PATH; it fetches Neo4j from Maven Central. Install it (e.g. `apt-get install maven`), or set NEO4J_URI.',
    );
  }
  log('neo4j-local: fetching Neo4j Community 5.26 from Maven Central (once, about 200 jars) …');
  const started = Date.now();
  const run = spawnSync(
    'mvn',
    ['-q', '-B', '-f', join(runnerDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (run.status !== 0 || !jarsPresent()) {
    const detail = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jLocalError(
      `neo4j-local: could not fetch the Neo4j jars from Maven Central (is the network or a Maven mirror reachable?).\n${detail}`,
    );
  }
  log(`neo4j-local: jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Resolves when nothing listens on 127.0.0.1:port; rejects with a readable error otherwise. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        new Neo4jLocalError(
          err.code === 'EADDRINUSE'
            ? `neo4j-local: port ${port} on 127.0.0.1 is already in use (another Neo4j, or an earlier run still stopping?). Stop it, set NEO4J_LOCAL_PORT to a free port, or set NEO4J_URI to use the Neo4j that is running.`
            : `neo4j-local: cannot listen on 127.0.0.1:${port}: ${err.message}`,
        ),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

async function waitForBolt(uri: string, child: ChildProcess, timeoutMs: number, exited: Promise<string>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    for (;;) {
      const attempt = driver.verifyConnectivity().then(
        () => 'ok' as const,
        () => 'retry' as const,
      );
      const outcome = await Promise.race([attempt, exited]);
      if (outcome === 'ok') return;
      if (outcome !== 'retry') throw new Neo4jLocalError(outcome);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Neo4jLocalError(`neo4j-local: Bolt on ${uri} did not answer within ${timeoutMs / 1000} s`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await driver.close();
  }
}

/** Starts the embedded Neo4j and resolves once Bolt answers `verifyConnectivity()`. */
export async function startNeo4jLocal(options: Neo4jLocalOptions): Promise<Neo4jLocal> {
  const log = options.log ?? console.log;
  javaMajorVersion();
  ensureJars(log);
  await assertPortFree(options.port);
  mkdirSync(options.home, { recursive: true });

  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    ...JVM_FLAGS,
    '-cp',
    `${libDir}/*`,
    join(runnerDir, 'Neo4jLocal.java'),
    options.home,
    String(options.port),
    String(options.pageCacheMiB),
  ];
  log(`neo4j-local: starting Neo4j on bolt://127.0.0.1:${options.port} (data in ${options.home}) …`);
  const started = Date.now();
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.trim()) log(line);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 50) stderr.shift();
  });
  const exited = new Promise<string>((resolveExit) => {
    child.once('exit', (code, signal) => {
      const tail = stderr.join('').trim().split('\n').slice(-12).join('\n');
      const hint = /lock/i.test(tail) ? '\nAnother Neo4j seems to use the same data folder; stop it first.' : '';
      resolveExit(`neo4j-local: the JVM exited (code ${code ?? signal}) before Neo4j was ready.${hint}\n${tail}`);
    });
  });

  const uri = `bolt://127.0.0.1:${options.port}`;
  await waitForBolt(uri, child, options.readyTimeoutMs ?? 180_000, exited);
  log(`neo4j-local: ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= new Promise<void>((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.once('exit', () => {
          clearTimeout(killTimer);
          resolveStop();
        });
        // Closing stdin tells Neo4jLocal to shut down; SIGTERM runs the same shutdown hook.
        child.stdin?.end();
        child.kill('SIGTERM');
      });
      return stopping;
    },
  };
}
