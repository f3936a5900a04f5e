// Starts Neo4j Community on this machine without Docker: fetches the jars from Maven Central
// with Maven (once), then runs ../../neo4j-local/Neo4jLocal.java on them as a child JVM, waits
// until Bolt answers, starts it again when it dies, and stops it cleanly. Used by the start
// command and by the tests whenever NEO4J_URI is not set.

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
  /** Unexpected exits and restarts (default: log). */
  warn?: (line: string) => void;
  readyTimeoutMs?: number;
}

export interface Neo4jLocal {
  uri: string;
  /** The running JVM's process id; a new one after each restart. */
  readonly pid: number;
  /** Attempts so far to start Neo4j again after it exited unexpectedly. */
  readonly restarts: number;
  /** When the running JVM began to answer Bolt (ms since the epoch); null while it is restarting. */
  readonly readyAt: number | null;
  /** Stops Neo4j for good (no restart). */
  stop(): Promise<void>;
}

/** First delay before starting Neo4j again after it exited unexpectedly; doubles per restart in a row. */
export const RESTART_FIRST_DELAY_MS = 1000;
export const RESTART_MAX_DELAY_MS = 30_000;
/** Neo4j that has run this long counts as stable: the next restart waits the first delay again. */
export const RESTART_STABLE_AFTER_MS = 60_000;

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

interface Launched {
  child: ChildProcess;
  /** Resolves with a readable message when the JVM exits. */
  exited: Promise<string>;
}

/**
 * Spawns the JVM, in its own process group: a Ctrl-C in the terminal then reaches only our
 * process, whose stop() ends Neo4j, instead of Neo4j dying first and being restarted.
 */
function launch(args: string[], log: (line: string) => void): Launched {
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
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
  return { child, exited };
}

/** Ends the JVM: stdin closed and SIGTERM (both run Neo4j's shutdown), SIGKILL after a minute. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolveStop();
    });
    child.stdin?.end();
    child.kill('SIGTERM');
  });
}

/**
 * Starts the embedded Neo4j and resolves once Bolt answers `verifyConnectivity()`. When the JVM
 * later exits other than through stop() (a crash, out of memory, killed), it is started again
 * after a delay that doubles with each restart in a row (RESTART_FIRST_DELAY_MS up to
 * RESTART_MAX_DELAY_MS) and starts over once Neo4j has run for RESTART_STABLE_AFTER_MS.
 */
export async function startNeo4jLocal(options: Neo4jLocalOptions): Promise<Neo4jLocal> {
  const log = options.log ?? console.log;
  const warn = options.warn ?? log;
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
  const uri = `bolt://127.0.0.1:${options.port}`;
  const readyTimeoutMs = options.readyTimeoutMs ?? 180_000;
  log(`neo4j-local: starting Neo4j on ${uri} (data in ${options.home}) …`);
  let started = Date.now();
  let current = launch(args, log);
  await waitForBolt(uri, current.child, readyTimeoutMs, current.exited);
  log(`neo4j-local: ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  let readyAt: number | null = Date.now();
  let restarts = 0;
  /** Restarts in a row since Neo4j last ran for RESTART_STABLE_AFTER_MS. */
  let inARow = 0;
  let stopped = false;
  let stopping: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const scheduleRestart = (why: string) => {
    const ranMs = readyAt === null ? 0 : Date.now() - readyAt;
    if (ranMs >= RESTART_STABLE_AFTER_MS) inARow = 0;
    readyAt = null;
    const delay = Math.min(RESTART_FIRST_DELAY_MS * 2 ** inARow, RESTART_MAX_DELAY_MS);
    inARow += 1;
    warn(`neo4j-local: ${why}; restarting it in ${delay / 1000} s (restart ${restarts + 1})`);
    timer = setTimeout(() => void restart(), delay);
  };

  const supervise = (child: ChildProcess) => {
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      if (!stopped) scheduleRestart(`Neo4j exited unexpectedly (${signal ?? `code ${code}`})`);
    };
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    else child.once('exit', onExit);
  };

  const restart = async () => {
    timer = undefined;
    if (stopped) return;
    restarts += 1;
    try {
      await assertPortFree(options.port);
      if (stopped) return;
      started = Date.now();
      current = launch(args, log);
      await waitForBolt(uri, current.child, readyTimeoutMs, current.exited);
      if (stopped) return;
      readyAt = Date.now();
      log(`neo4j-local: restarted, ready after ${((readyAt - started) / 1000).toFixed(1)} s`);
      supervise(current.child);
    } catch (err) {
      if (!stopped) scheduleRestart(`restart failed: ${(err as Error).message.split('\n')[0]}`);
    }
  };

  supervise(current.child);
  return {
    uri,
    get pid() {
      return current.child.pid ?? -1;
    },
    get restarts() {
      return restarts;
    },
    get readyAt() {
      return readyAt;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      stopping ??= stopChild(current.child);
      return stopping;
    },
  };
}
