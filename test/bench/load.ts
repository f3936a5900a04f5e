// Area `load`: many concurrent clients (autocannon) send the web app's queries as the app sends
// them (GET) and the overlap questions (POST) to our server in a child process, once alone and
// once while a few clients loop the most expensive operation the limits still admit, made new in
// every request so that the answer cache cannot serve it; per class of request: throughput, p50/p99 and errors, what the server's lanes, its
// CPU and Neo4j did meanwhile, and the goals of issue 18.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { repoRoot } from '@netzwerkatlas/server/config';
import { DEFAULT_LIMITS, HEAVY_COST, operationCost } from '@netzwerkatlas/server/guard/limits';
import { DEFAULT_MANIFEST, readManifest } from '@netzwerkatlas/server/persisted';
import { schema } from '@netzwerkatlas/server/schema/index';
import autocannon from 'autocannon';
import { parse } from 'graphql';
import { queryUrl } from '../../web/src/core/api/client.js';
import * as documents from '../../web/src/gql/graphql.js';
import type { BenchDb } from './db.js';
import { ms, percentile, type ServerStats, table } from './measure.js';
import { pickIds, type QuestionIds, questions } from './questions.js';

const log = (line: string) => console.error(line);

export interface LoadOptions {
  /** Seconds each run lasts. */
  durationS: number;
  /** Concurrent clients sending the app's queries and the overlap questions. */
  clients: number;
  /** Concurrent clients looping the attack in the second run. */
  attackers: number;
  /**
   * Networks and authorities the clients look at. The warm-up asks about the first 10; with more,
   * each client walks through its share of the rest, so that its questions about them are
   * computed, not answered from the cache.
   */
  ids: number;
}

/** The issue's figures: 100 clients for 60 s, two attackers; 10 networks and authorities. */
export const LOAD_DEFAULTS: LoadOptions = { durationS: 60, clients: 100, attackers: 2, ids: 10 };

/** How many of the id variants the warm-up asks about. */
const WARMED_IDS = 10;

/**
 * The requests of client `k` of `clients`: its variant's when there are no more variants than
 * clients (several clients share one), else every variant j ≡ k (mod clients) one after the other.
 */
export function planOf<T>(plans: T[][], k: number, clients: number): T[] {
  if (plans.length <= clients) return plans[k % plans.length] ?? [];
  return plans.filter((_, j) => j % clients === k % clients).flat();
}

/** A positive integer option's value, or a readable error naming the option. */
export function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1) throw new Error(`bench: ${name} takes a positive whole number, not '${value}'`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// What one answer means, and the figures of many.

export type Outcome = 'ok' | 'busy' | 'error';

/** One header's value whatever the case of its name (autocannon keeps names as sent). */
function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name) return String(value);
  return undefined;
}

/**
 * An answer's outcome: 503 with code BUSY is the scheduler's refusal (counted apart); any other
 * status but 2xx is an error, and so is a 2xx whose body carries GraphQL errors. A compressed
 * body cannot be read here (autocannon keeps it as text); those are the answer cache's, which
 * keeps only answers without errors, or large answers, which the warm-up checked once unpacked.
 */
export function outcomeOf(status: number, body: string, headers?: Record<string, unknown>): { outcome: Outcome; reason?: string } {
  const encoded = header(headers, 'content-encoding');
  const code = () => {
    if (encoded || !body.includes('"errors"')) return undefined;
    try {
      const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
      if (!parsed.errors?.length) return undefined;
      return parsed.errors[0]?.extensions?.code ?? 'no code';
    } catch {
      return 'unreadable body';
    }
  };
  if (status >= 200 && status < 300) {
    const c = code();
    return c === undefined ? { outcome: 'ok' } : { outcome: 'error', reason: `${status} ${c}` };
  }
  const c = code();
  if (status === 503 && c === 'BUSY') return { outcome: 'busy', reason: '503 BUSY' };
  return { outcome: 'error', reason: c === undefined ? String(status) : `${status} ${c}` };
}

export interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  busy: number;
  /** Errors and refusals by status and code. */
  reasons: Record<string, number>;
}

/** Latencies and outcomes of answers, by class of request and by operation. */
export class Book {
  private readonly entries = new Map<string, { times: number[]; errors: number; busy: number; reasons: Record<string, number> }>();

  record(keys: string[], ms: number, outcome: Outcome, reason?: string): void {
    for (const key of keys) {
      let e = this.entries.get(key);
      if (!e) {
        e = { times: [], errors: 0, busy: 0, reasons: {} };
        this.entries.set(key, e);
      }
      e.times.push(ms);
      if (outcome === 'error') e.errors += 1;
      if (outcome === 'busy') e.busy += 1;
      if (reason) e.reasons[reason] = (e.reasons[reason] ?? 0) + 1;
    }
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The figures of one key over a run of `seconds`; latencies of every answer, errors included. */
  figures(key: string, seconds: number): Figures {
    const e = this.entries.get(key);
    const sorted = [...(e?.times ?? [])].sort((a, b) => a - b);
    return {
      requests: sorted.length,
      rps: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
      errors: e?.errors ?? 0,
      busy: e?.busy ?? 0,
      reasons: { ...(e?.reasons ?? {}) },
    };
  }
}

export interface GoalInput {
  alone: Figures;
  attacked: Figures;
  /** Socket errors and timeouts of the cheap clients in each run. */
  socketErrors: { alone: number; attacked: number };
}

/** The issue's goals for the cheap queries: zero errors, p99 under 1 s alone, under attack at most 2× alone. */
export function goalChecks({ alone, attacked, socketErrors }: GoalInput): { goal: string; met: boolean; detail: string }[] {
  const errors = alone.errors + alone.busy + attacked.errors + attacked.busy + socketErrors.alone + socketErrors.attacked;
  const factor = attacked.p99 / alone.p99;
  return [
    {
      goal: 'zero errors',
      met: errors === 0,
      detail:
        `${alone.errors + alone.busy + socketErrors.alone} alone, ${attacked.errors + attacked.busy + socketErrors.attacked} under attack ` +
        `(errors, 503 BUSY and socket errors)`,
    },
    { goal: 'p99 < 1 s alone', met: alone.p99 < 1000, detail: `${ms(alone.p99)} ms` },
    {
      goal: 'p99 under attack ≤ 2× alone',
      met: factor <= 2,
      detail: `${ms(attacked.p99)} ms vs ${ms(alone.p99)} ms: ${Number.isFinite(factor) ? factor.toFixed(2) : '–'}×`,
    },
  ];
}

/** User plus system time of a process in clock ticks, from the text of /proc/<pid>/stat. */
export function cpuTicks(stat: string): number {
  // The command name (field 2) is in parentheses and may hold spaces; fields count from after it.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[11]) + Number(rest[12]);
}

/** `list` starting at `offset` (wrapping), so that clients do not all ask the same thing at once. */
export function rotate<T>(list: T[], offset: number): T[] {
  if (list.length === 0) return [];
  const k = ((offset % list.length) + list.length) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/**
 * Where an attack's text differs from one request to the next (autocannon's `idReplacement`
 * puts a fresh id there; `fresh` does for single requests): a comment, so the operation stays the
 * same while no answer cache can serve it.
 */
export const ATTACK_NONCE = '[<id>]';

/** The attack's text with a fresh nonce, for one request. */
export const fresh = (text: string) => text.replaceAll(ATTACK_NONCE, randomUUID());

/**
 * One operation with `count` aliases of the root selection `field(i)` (a0: …, a1: …), as many as
 * the alias limit and the cost limit allow; the cost is asked of `cost`. Null when not even one fits.
 * It ends with a comment holding ATTACK_NONCE.
 */
export function aliased(
  field: (i: number) => string,
  cost: (query: string) => number,
  limits: { aliases: number; cost: number },
): { query: string; aliases: number; cost: number } | null {
  for (let k = limits.aliases; k >= 1; k--) {
    const query = `query Attack { ${Array.from({ length: k }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }\n# ${ATTACK_NONCE}`;
    const c = cost(query);
    if (c <= limits.cost) return { query, aliases: k, cost: c };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The traffic.

const APP_HEADERS = {
  accept: 'application/graphql-response+json, application/json',
  'x-graphql-yoga-csrf': '1',
  // What a browser sends; the answer cache serves only clients that accept brotli or gzip.
  'accept-encoding': 'gzip, deflate, br',
};

/** A request of the cheap traffic: where it goes, and which class and operation it counts for. */
interface Planned {
  op: string;
  kind: 'GET app' | 'POST light' | 'POST heavy';
  cost: number;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

let operations: Map<string, string> | undefined;
/** The app's persisted operations: hash → the text the server executes. */
const manifest = () => {
  operations ??= readManifest(DEFAULT_MANIFEST);
  return operations;
};

const costOf = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(parse(query), undefined, variables, schema) ?? Infinity;

/** Ids for the app's queries: several networks and authorities, so that clients look at different nodes. */
interface Pools {
  networks: string[];
  authorities: string[];
  terms: string[];
}

async function pickPools(bench: BenchDb, size: number): Promise<Pools> {
  // Spread evenly over the generated ones, in id order: the same ids in every run.
  const spread =
    'WITH collect(x.id) AS ids, toInteger($size) AS k UNWIND range(0, k - 1) AS i RETURN ids[toInteger(i * size(ids) / k)] AS id';
  const networks = await bench.db.read<{ id: string }>(
    { text: `MATCH (x:Network) WHERE x.id STARTS WITH 'network:gen-' WITH x ORDER BY x.id ${spread}` },
    { size },
  );
  const authorities = await bench.db.read<{ id: string }>(
    {
      text: `MATCH (x:Authority)-[:MEMBER_OF]->(:Network) WHERE x.id STARTS WITH 'org:gen-'
             WITH x, count(*) AS c WHERE c >= 2 WITH x ORDER BY x.id ${spread}`,
    },
    { size },
  );
  return {
    networks: networks.map((r) => r.id),
    authorities: authorities.map((r) => r.id),
    terms: ['Digital', 'Verwaltung', 'Netzwerk', 'Kommune', 'Daten', 'Innovation', 'Stadt', 'Bildung', 'Klima', 'Gesundheit'],
  };
}

/**
 * The app's queries that only a signed-in viewer sends (Meine Behörde, the import page, the
 * review list, the network editor): the load's clients are visitors without an account, as the
 * answer cache serves them. Mutations are left out as well: a load run must not change the data.
 */
const SIGNED_IN_ONLY = new Set([
  'MeDocument',
  'MyAuthorityDocument',
  'ImportViewerDocument',
  'ImportOptionsDocument',
  'ImportJobDocument',
  'ImportReviewDocument',
  'NetworkCurationDocument',
  'TopicChoicesDocument',
]);

const visitorDocuments = () =>
  Object.entries(documents).filter(
    ([name, value]) =>
      name.endsWith('Document') &&
      value instanceof String &&
      !String(value).trimStart().startsWith('mutation') &&
      !SIGNED_IN_ONLY.has(name),
  );

/** The app's queries an anonymous visitor sends, with their variables, for the client numbered `n`. */
export function appRequests(pools: Pools, ids: QuestionIds, n: number): Planned[] {
  const at = <T>(list: T[]) => list[n % list.length] as T;
  const network = at(pools.networks);
  const authority = at(pools.authorities);
  const variables: Record<string, Record<string, unknown>> = {
    LandscapeDocument: { includeSynthetic: true },
    NetworkFactsDocument: { after: undefined },
    SearchDocument: { query: at(pools.terms), first: 10 },
    NodeDetailsDocument: { id: n % 2 === 0 ? network : authority },
    NetworkSimilarityDocument: { network },
    AuthorityDuplicatesDocument: { authority },
    RecommendedNetworksDocument: { authority },
    OverlapMatrixDocument: { by: 'AUTHORITIES' },
    TopicRedundancyDocument: {},
    ClustersDocument: {},
    AuthorityNameDocument: { id: authority },
    ConnectionDocument: { from: authority, to: ids.to },
    InnovationTransferDocument: { kind: undefined },
    OverlapPairDocument: { network, other: at(pools.networks.slice(1)), synthetic: undefined },
    CoverageDocument: {},
  };
  return visitorDocuments().map(([name, value]) => {
    const vars = variables[name];
    if (!vars) throw new Error(`bench: the web app has an operation the load area does not know: ${name}; give it variables`);
    // As the app sends it: by the hash codegen gave it; the server executes the manifest's text.
    const hash = (value as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!hash) throw new Error(`bench: the web app's ${name} has no persisted hash`);
    return {
      op: name.replace(/Document$/, ''),
      kind: 'GET app' as const,
      cost: costOf(manifest().get(hash) ?? String(value), JSON.parse(JSON.stringify(vars))),
      method: 'GET' as const,
      path: queryUrl({ hash }, vars),
    };
  });
}

/** The overlap questions by POST (questions.ts), light or heavy by their cost. */
function postRequests(ids: QuestionIds): Planned[] {
  return questions(ids).map((q) => {
    const cost = costOf(q.query, q.variables);
    return {
      op: q.field,
      kind: cost >= HEAVY_COST ? ('POST heavy' as const) : ('POST light' as const),
      cost,
      method: 'POST' as const,
      path: '/graphql',
      body: JSON.stringify({ query: q.query, variables: q.variables }),
    };
  });
}

/** Sends one planned request, unpacks the answer, and says what went wrong if anything. */
async function sendOnce(
  base: string,
  p: Planned,
  timeoutMs = 60_000,
): Promise<{ status: number; ms: number; bytes: number; problem?: string }> {
  const t0 = performance.now();
  const response = await fetch(`${base}${p.path}`, {
    method: p.method,
    headers: p.method === 'POST' ? { ...APP_HEADERS, 'content-type': 'application/json' } : APP_HEADERS,
    body: p.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  const took = performance.now() - t0;
  let problem: string | undefined;
  try {
    const parsed = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    if (parsed.errors?.length) problem = `${parsed.errors[0]?.extensions?.code ?? 'no code'}: ${parsed.errors[0]?.message}`;
  } catch {
    problem = 'unreadable body';
  }
  if (response.status !== 200) problem = `HTTP ${response.status}${problem ? ` ${problem}` : ''}`;
  return { status: response.status, ms: took, bytes: text.length, problem };
}

// ---------------------------------------------------------------------------------------------
// The attack: the most expensive operation the limits admit, found by asking.

interface Candidate {
  name: string;
  field: (i: number, ids: QuestionIds) => string;
}

const LANDSCAPE_FIELDS = `nodes { id kind label name members persons { exact fewerThan3 } level bundesland typology governance synthetic umbrella }
  edges { source target type synthetic }`;
const MATRIX_FIELDS =
  'basis networks { id index name shortName size } cells { a b i j shared jaccard overlap } columns { i j shared jaccard overlap }';

/** Every question that reads much of the graph, at its largest page; each is aliased as far as the limits let it. */
const CANDIDATES: Candidate[] = [
  { name: 'landscape', field: () => `landscape(includeSynthetic: true) { ${LANDSCAPE_FIELDS} }` },
  { name: 'overlapMatrix(by: PERSONS)', field: () => `overlapMatrix(by: PERSONS) { ${MATRIX_FIELDS} }` },
  { name: 'overlapMatrix(by: AUTHORITIES)', field: () => `overlapMatrix(by: AUTHORITIES) { ${MATRIX_FIELDS} }` },
  {
    name: 'clusters',
    field: (i) =>
      `clusters(resolution: ${(1 + i / 100).toFixed(2)}) { modularity clusters { id size networks { id } dominantTopics { id name } } }`,
  },
  {
    name: 'innovationTransfer',
    field: () =>
      'innovationTransfer { byKind { kind innovations adopted } networks { innovationCount adoptedCount memberCount memberAdopterCount network { id } innovations { innovation { id } adopters { id } } } }',
  },
  {
    name: 'connection(viaPersons, no path)',
    field: (_i, ids) => `connection(from: "${ids.from}", to: "${ids.unreachable}", viaPersons: true) { hops steps { via node { id } } }`,
  },
  {
    name: 'topicRedundancy(first: 500, includeRelated)',
    field: () =>
      'topicRedundancy(first: 500, includeRelated: true, minSharedTopics: 1) { totalCount edges { node { score topicJaccard memberJaccard a { id } b { id } } } }',
  },
  {
    name: 'duplicateParticipation(first: 500)',
    field: () =>
      'duplicateParticipation(minPersons: 2) { inNetworks(first: 500) { totalCount edges { node { personCount { exact } network { id } } } } atEvents(first: 500) { totalCount edges { node { personCount { exact } event { id } } } } }',
  },
  {
    name: 'authorityOverlaps(minNetworks: 1, first: 500)',
    field: () => 'authorityOverlaps(minNetworks: 1, first: 500) { totalCount edges { node { networkCount authority { id } } } }',
  },
  {
    name: 'networkSimilarity(first: 500)',
    field: (_i, ids) =>
      `networkSimilarity(network: "${ids.network}", first: 500) { totalCount edges { node { score network { id } authorities { shared } } } }`,
  },
];

export interface AttackTry {
  name: string;
  aliases: number;
  cost: number;
  lane: 'heavy' | 'light';
  status: number;
  ms: number;
  bytes: number;
  problem?: string;
}

/**
 * Asks each candidate once, as many aliases as the limits allow; one that does not come back as
 * 200 without errors (over its time budget) is asked again with fewer. The attack is the one the
 * server took longest to answer with 200.
 */
async function findAttack(
  server: { base(): string; died(): string | undefined; restart(): Promise<void> },
  ids: QuestionIds,
): Promise<{ tries: AttackTry[]; chosen: AttackTry & { query: string } }> {
  const tries: (AttackTry & { query: string })[] = [];
  for (const c of CANDIDATES) {
    const full = aliased(
      (i) => c.field(i, ids),
      (q) => costOf(q),
      DEFAULT_LIMITS,
    );
    if (!full) {
      log(`bench: attack candidate ${c.name}: not even one fits the cost limit`);
      continue;
    }
    for (const aliases of [...new Set([full.aliases, Math.ceil(full.aliases / 2), 1])]) {
      const limited = aliased(
        (i) => c.field(i, ids),
        (q) => costOf(q),
        { ...DEFAULT_LIMITS, aliases },
      );
      if (!limited) break;
      const planned: Planned = {
        op: c.name,
        kind: 'POST heavy',
        cost: limited.cost,
        method: 'POST',
        path: '/graphql',
        body: fresh(JSON.stringify({ query: limited.query })),
      };
      const t0 = performance.now();
      const sent = await sendOnce(server.base(), planned).catch(async (err: Error) => {
        // An admitted request that takes the server down: said so, and the search goes on with a new one.
        await new Promise((r) => setTimeout(r, 500));
        const died = server.died();
        await server.restart();
        return { status: 0, ms: performance.now() - t0, bytes: 0, problem: died ? `server died: ${died}` : `no answer: ${err.message}` };
      });
      const t: AttackTry & { query: string } = {
        name: c.name,
        aliases: limited.aliases,
        cost: limited.cost,
        lane: limited.cost >= HEAVY_COST ? 'heavy' : 'light',
        ...sent,
        query: limited.query,
      };
      tries.push(t);
      log(
        `bench: attack candidate ${c.name} ×${t.aliases}: cost ${t.cost}, ${t.status} in ${ms(t.ms)} ms${t.problem ? ` (${t.problem})` : ''}`,
      );
      if (!t.problem) break;
    }
  }
  const admitted = tries.filter((t) => !t.problem).sort((a, b) => b.ms - a.ms);
  const chosen = admitted[0];
  if (!chosen) throw new Error('bench: no attack candidate was answered with 200');
  return { tries: tries.map(({ query: _q, ...t }) => t), chosen };
}

// ---------------------------------------------------------------------------------------------
// The server, the runs.

interface Child {
  child: ChildProcess;
  base: string;
  /** How the server ended, if it did (an exit code or signal; out of memory shows as SIGABRT or 134). */
  died(): string | undefined;
  /** The server's figures since the last call; null when it is gone. */
  stats(): Promise<ServerStats | null>;
  stop(): Promise<void>;
}

/** Our server in a child process with the heap cap of `pnpm start`, watched through serve.ts. */
function startServer(uri: string): Promise<Child> {
  const child = spawn(process.execPath, ['--max-old-space-size=384', '--import', 'tsx', 'test/bench/serve.ts', uri], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  let ended: string | undefined;
  child.once('exit', (code, signal) => {
    ended = signal ? `signal ${signal}` : `exit code ${code}`;
  });
  const stats = () =>
    new Promise<ServerStats | null>((resolve) => {
      if (ended || !child.connected) return resolve(null);
      child.once('message', (m) => resolve(m as ServerStats));
      child.once('exit', () => resolve(null));
      child.send({ type: 'stats' });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      // A server that died of a signal (SIGABRT when out of memory) has no exit code, only the signal.
      if (ended || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench: the server child exited with ${code}`)));
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line.startsWith('http://')) resolve({ child, base: line.trim().replace(/\/graphql$/, ''), died: () => ended, stats, stop });
    });
  });
}

/** What the server's /metrics say so far: the answer cache's counts by outcome, Neo4j's statements by name. */
interface Metered {
  cache: Record<string, number>;
  /** Seconds and count of each named statement. */
  statements: Map<string, { seconds: number; count: number }>;
}

export function metered(text: string): Metered {
  const cache: Record<string, number> = { hit: 0, computed: 0, passed: 0 };
  for (const m of text.matchAll(/^netzwerkatlas_answer_cache_total\{outcome="(\w+)"\} (\d+)/gm)) cache[m[1] as string] = Number(m[2]);
  const statements = new Map<string, { seconds: number; count: number }>();
  for (const m of text.matchAll(/^netzwerkatlas_neo4j_statement_duration_seconds_(sum|count)\{([^}]*)\} ([\d.e+-]+)/gm)) {
    const name = /statement="([^"]+)"/.exec(m[2] as string)?.[1] ?? '?';
    const entry = statements.get(name) ?? { seconds: 0, count: 0 };
    if (m[1] === 'sum') entry.seconds += Number(m[3]);
    else entry.count += Number(m[3]);
    statements.set(name, entry);
  }
  return { cache, statements };
}

const meter = async (base: string) => metered(await (await fetch(`${base}/metrics`)).text());

const procTicks = (pid: number) => cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux). */
const TICKS = 100;

interface CannonRun {
  seconds: number;
  socketErrors: number;
  timeouts: number;
  book: Book;
}

/** autocannon over `plan`, each client starting elsewhere in its own list; every answer booked. */
function cannon(
  base: string,
  plans: Planned[][],
  connections: number,
  durationS: number,
  /** A fresh id for ATTACK_NONCE in every request (the attack). */
  nonce = false,
): { done: Promise<CannonRun>; stop(): void } {
  const book = new Book();
  let pending: { keys: string[]; outcome: Outcome; reason?: string } | undefined;
  const toRequest = (p: Planned): autocannon.Request => ({
    method: p.method,
    path: p.path,
    headers: p.method === 'POST' ? { ...APP_HEADERS, 'content-type': 'application/json' } : APP_HEADERS,
    ...(p.body === undefined ? {} : { body: p.body }),
    // Called just before the client's own 'response' event, which carries the time.
    onResponse: (status, body, _context, headers) => {
      const { outcome, reason } = outcomeOf(status, body, headers as Record<string, unknown>);
      const keys = [p.kind, `op ${p.op}`];
      if (p.kind !== 'POST heavy') keys.push('cheap');
      pending = { keys, outcome, reason };
    },
  });
  let n = 0;
  let instance: autocannon.Instance | undefined;
  const started = performance.now();
  const done = new Promise<CannonRun>((resolve, reject) => {
    instance = autocannon(
      {
        url: `${base}/graphql`,
        connections,
        idReplacement: nonce,
        duration: durationS,
        // Longer than the server's time budget, so the server's own answer (BUSY, TIMEOUT) is seen.
        timeout: 40,
        requests: (plans[0] ?? []).map(toRequest),
        setupClient: (client) => {
          const mine = n++;
          const plan = planOf(plans, mine, connections);
          client.setRequests(rotate(plan, mine).map(toRequest));
          client.on('response', (_status: number, _bytes: number, time: number) => {
            if (!pending) return;
            book.record(pending.keys, time, pending.outcome, pending.reason);
            pending = undefined;
          });
        },
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({ seconds: (performance.now() - started) / 1000, socketErrors: result.errors, timeouts: result.timeouts, book });
      },
    );
  });
  return { done, stop: () => instance?.stop() };
}

const emptyLane = {
  operations: 0,
  waitMs: { p50: Number.NaN, p99: Number.NaN, max: Number.NaN },
  holdMs: { p50: Number.NaN, p99: Number.NaN },
  queued: { mean: 0, max: 0 },
};
/** The figures of a server that did not live to report them. */
const emptyStats = (died: string | undefined): ServerStats => {
  log(`bench: the server is gone (${died ?? 'no answer'}); its figures are missing`);
  return {
    seconds: 0,
    cpuSeconds: 0,
    eventLoopDelayMs: { p99: Number.NaN, max: Number.NaN },
    light: emptyLane,
    heavy: emptyLane,
    app: emptyLane,
  };
};

export interface RunResult {
  name: 'alone' | 'under attack';
  seconds: number;
  cheap: Figures;
  byKind: Record<string, Figures>;
  byOp: Record<string, Figures>;
  /** The operations booked as POST heavy. */
  heavyOps: string[];
  socketErrors: number;
  timeouts: number;
  attack?: Figures & { socketErrors: number; timeouts: number };
  server: ServerStats;
  /** How the server ended during the run, if it did. */
  died?: string;
  /** Requests the warm-up could not get answered with 200. */
  unwarmed: string[];
  cpu: { serverPct: number; neo4jPct: number; benchPct: number };
  loadavg: { before: number[]; after: number[] };
  /** Requests the answer cache answered during the run: from a kept answer, computed and kept, computed and not kept. */
  cache: Record<string, number>;
  /** Neo4j's statements during the run that took the most time in all, with their count. */
  statements: { name: string; seconds: number; count: number }[];
}

async function oneRun(
  name: RunResult['name'],
  bench: BenchDb,
  plans: Planned[][],
  options: LoadOptions,
  attack?: { query: string },
): Promise<RunResult> {
  const server = await startServer(bench.local.uri);
  try {
    // Warm-up: every distinct request once, so that both runs start from the same state (JIT
    // warm, the answer cache holding the app's answers) and a broken request stops the bench here.
    const distinct = new Map(
      plans
        .slice(0, WARMED_IDS)
        .flat()
        .map((p) => [`${p.method} ${p.path} ${p.body ?? ''}`, p]),
    );
    log(`bench: load ${name}: warming up with ${distinct.size} distinct requests …`);
    const unwarmed: string[] = [];
    for (const p of distinct.values()) {
      // A question over its time budget on a busy machine is asked once more; a request the
      // server cannot read at all stops the bench here.
      let sent = await sendOnce(server.base, p);
      if (sent.status === 504 || sent.status === 503) sent = await sendOnce(server.base, p);
      if (sent.status === 400) throw new Error(`bench: warm-up: ${p.op} (${p.method}) answered ${sent.problem}`);
      if (sent.problem) {
        log(`bench: warm-up: ${p.op} (${p.method}) answered ${sent.problem}`);
        unwarmed.push(`${p.op}: ${sent.problem}`);
      }
    }
    let attackers: ReturnType<typeof cannon> | undefined;
    if (attack) {
      const request: Planned = {
        op: 'attack',
        kind: 'POST heavy',
        cost: 0,
        method: 'POST',
        path: '/graphql',
        body: JSON.stringify({ query: attack.query }),
      };
      const check = await sendOnce(server.base, { ...request, body: fresh(request.body ?? '') });
      if (check.problem) throw new Error(`bench: the attack is not admitted: ${check.problem}`);
      log(`bench: the attack is admitted (200 in ${ms(check.ms)} ms); ${options.attackers} clients start looping it`);
      // Runs past the cheap clients' end; stopped when they are done.
      attackers = cannon(server.base, [[request]], options.attackers, options.durationS + 120, true);
      // Let it take its slots first.
      await new Promise((r) => setTimeout(r, 3000));
    }
    await server.stats(); // starts the server's figures afresh
    const meteredBefore = await meter(server.base);
    const before = { neo4j: procTicks(bench.local.pid), self: process.cpuUsage(), load: loadavg() };
    log(`bench: load ${name}: ${options.clients} clients for ${options.durationS} s …`);
    const run = await cannon(server.base, plans, options.clients, options.durationS).done;
    const serverStats = (await server.stats()) ?? emptyStats(server.died());
    const meteredAfter = await meter(server.base).catch(() => meteredBefore);
    const neo4jSeconds = (procTicks(bench.local.pid) - before.neo4j) / TICKS;
    const self = process.cpuUsage(before.self);
    const after = loadavg();
    let attackFigures: RunResult['attack'];
    if (attackers) {
      attackers.stop();
      const a = await attackers.done;
      attackFigures = { ...a.book.figures('op attack', a.seconds), socketErrors: a.socketErrors, timeouts: a.timeouts };
    }
    const pct = (s: number) => (100 * s) / run.seconds;
    const figures = (prefix: string) =>
      Object.fromEntries(
        run.book
          .keys()
          .filter((k) => (prefix ? k.startsWith(prefix) : !k.startsWith('op ') && k !== 'cheap'))
          .map((k) => [prefix ? k.slice(prefix.length) : k, run.book.figures(k, run.seconds)]),
      );
    return {
      name,
      seconds: run.seconds,
      cheap: run.book.figures('cheap', run.seconds),
      byKind: figures(''),
      byOp: figures('op '),
      heavyOps: [
        ...new Set(
          plans
            .flat()
            .filter((p) => p.kind === 'POST heavy')
            .map((p) => p.op),
        ),
      ],
      socketErrors: run.socketErrors,
      timeouts: run.timeouts,
      attack: attackFigures,
      server: serverStats,
      died: server.died(),
      unwarmed,
      cpu: { serverPct: pct(serverStats.cpuSeconds), neo4jPct: pct(neo4jSeconds), benchPct: pct((self.user + self.system) / 1e6) },
      loadavg: { before: before.load, after },
      cache: Object.fromEntries(Object.entries(meteredAfter.cache).map(([k, v]) => [k, v - (meteredBefore.cache[k] ?? 0)])),
      statements: [...meteredAfter.statements]
        .map(([name, after]) => {
          const before = meteredBefore.statements.get(name) ?? { seconds: 0, count: 0 };
          return { name, seconds: after.seconds - before.seconds, count: after.count - before.count };
        })
        .filter((st) => st.count > 0)
        .sort((a, b) => b.seconds - a.seconds)
        .slice(0, 8),
    };
  } finally {
    await server.stop();
  }
}

export interface LoadResult {
  options: LoadOptions;
  attack: { tries: AttackTry[]; chosen: AttackTry };
  runs: RunResult[];
  goals: { goal: string; met: boolean; detail: string }[];
  markdown: string;
}

export async function runLoad(bench: BenchDb, options: LoadOptions = LOAD_DEFAULTS): Promise<LoadResult> {
  const ids = await pickIds(bench.db);
  const pools = await pickPools(bench, options.ids);
  // The questions about one network or authority ask about each client's own.
  const plans = Array.from({ length: options.ids }, (_, n) => [
    ...appRequests(pools, ids, n),
    ...postRequests({ ...ids, network: pools.networks[n] ?? ids.network, authority: pools.authorities[n] ?? ids.authority }),
  ]);

  // The attack is looked for on a server of its own, so that the runs start alike.
  let probe = await startServer(bench.local.uri);
  let found: Awaited<ReturnType<typeof findAttack>>;
  try {
    // Neo4j's page cache warm for the whole-graph questions, as it will be in the runs.
    for (const p of plans[0] ?? []) await sendOnce(probe.base, p).catch(() => undefined);
    found = await findAttack(
      {
        base: () => probe.base,
        died: () => probe.died(),
        restart: async () => {
          await probe.stop();
          probe = await startServer(bench.local.uri);
        },
      },
      ids,
    );
  } finally {
    await probe.stop();
  }
  const { chosen } = found;
  log(
    `bench: the attack: ${chosen.name} ×${chosen.aliases}, cost ${chosen.cost} (limit ${DEFAULT_LIMITS.cost}), ${ms(chosen.ms)} ms alone`,
  );

  const runs = [await oneRun('alone', bench, plans, options), await oneRun('under attack', bench, plans, options, chosen)];
  const [alone, attacked] = runs as [RunResult, RunResult];
  const goals = goalChecks({
    alone: alone.cheap,
    attacked: attacked.cheap,
    socketErrors: { alone: alone.socketErrors, attacked: attacked.socketErrors },
  });
  return {
    options,
    attack: { tries: found.tries, chosen: { ...chosen, query: undefined } as AttackTry },
    runs,
    goals,
    markdown: report(options, found, runs, goals),
  };
}

const reasons = (f: Figures) =>
  Object.entries(f.reasons)
    .map(([r, n]) => `${r}: ${n}`)
    .join(', ') || '–';

function report(
  options: LoadOptions,
  found: { tries: AttackTry[]; chosen: AttackTry & { query: string } },
  runs: RunResult[],
  goals: { goal: string; met: boolean; detail: string }[],
): string {
  const row = (run: string, what: string, f: Figures, socket = '') => [
    run,
    what,
    f.requests,
    f.rps.toFixed(1),
    ms(f.p50),
    ms(f.p99),
    ms(f.max),
    `${f.errors}${socket}`,
    f.busy,
    reasons(f),
  ];
  const rows: (string | number)[][] = [];
  for (const r of runs) {
    rows.push(
      row(r.name, `**cheap** (GET app + POST light)`, r.cheap, ` (+ ${r.socketErrors} socket errors, ${r.timeouts} timeouts, all clients)`),
    );
    for (const [kind, f] of Object.entries(r.byKind).sort()) rows.push(row(r.name, kind, f));
    if (r.attack) rows.push(row(r.name, `attack (${options.attackers} clients)`, r.attack, ` (+ ${r.attack.socketErrors} socket errors)`));
  }
  const lane = (l: ServerStats['light']) =>
    `${l.operations} ops; wait p50 ${ms(l.waitMs.p50)} / p99 ${ms(l.waitMs.p99)} / max ${ms(l.waitMs.max)} ms; in slot p50 ${ms(l.holdMs.p50)} / p99 ${ms(l.holdMs.p99)} ms; waiting mean ${l.queued.mean.toFixed(1)}, max ${l.queued.max}`;
  const diag = runs.map((r) => [
    r.name,
    `${r.cpu.serverPct.toFixed(0)} %`,
    `${r.cpu.neo4jPct.toFixed(0)} %`,
    `${r.cpu.benchPct.toFixed(0)} %`,
    `${ms(r.server.eventLoopDelayMs.p99)} / ${ms(r.server.eventLoopDelayMs.max)}`,
    lane(r.server.light),
    lane(r.server.heavy),
    lane(r.server.app),
    `${r.loadavg.before.map((x) => x.toFixed(2)).join(' ')} → ${r.loadavg.after.map((x) => x.toFixed(2)).join(' ')}`,
    `${r.cache.hit ?? 0} hit / ${r.cache.computed ?? 0} computed / ${r.cache.passed ?? 0} not kept`,
  ]);
  const ops = [...new Set(runs.flatMap((r) => Object.keys(r.byOp)))].sort();
  const opRows = ops.map((op) => [
    op,
    ...runs.flatMap((r) => {
      const f = r.byOp[op];
      return f ? [`${f.requests}`, `${ms(f.p50)} / ${ms(f.p99)}`, f.errors + f.busy] : ['–', '–', '–'];
    }),
  ]);
  const chosen = found.chosen;
  const heavyOps = [...new Set(runs.flatMap((r) => Object.keys(r.byOp)).filter((op) => runs.some((r) => r.heavyOps.includes(op))))];
  return [
    `${options.clients} clients for ${options.durationS} s per run, each looping the web app's ${visitorDocuments().length} queries of a visitor without an account by GET ` +
      `(as the app sends them) and the overlap questions by POST, each client starting elsewhere in the list and ` +
      `looking at its own network and authority (${options.ids} of each; with more than there are clients, each client walks through its share). Our server in a child process (heap cap of \`pnpm start\`, lanes 8 light / 2 heavy / 4 app unless ` +
      `MAX_CONCURRENT_LIGHT_REQUESTS / MAX_CONCURRENT_REQUESTS / MAX_CONCURRENT_APP_REQUESTS say otherwise), a fresh one per run, warmed up by each distinct request about the first ${Math.min(options.ids, WARMED_IDS)} once. ` +
      `Cheap = every request but the POSTs of cost ≥ ${HEAVY_COST} (${heavyOps.join(', ')}: the heavy lane's); p50/p99 over all their answers, errors included. ` +
      `The clients are visitors without an account, so the answer cache serves what was asked before in this data version, GET or POST; ` +
      `the attack carries a fresh comment in every request, so it is computed every time.`,
    '',
    table(['run', 'requests of', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', '503 BUSY', 'by status'], rows),
    '',
    ...runs.flatMap((r) => [
      ...(r.died ? [`- ${r.name}: THE SERVER DIED during the run (${r.died}).`] : []),
      ...(r.unwarmed.length ? [`- ${r.name}: not answered with 200 in the warm-up: ${r.unwarmed.join('; ')}`] : []),
    ]),
    '',
    `The attack: \`${chosen.name}\` ×${chosen.aliases} aliases, cost ${chosen.cost} of ${DEFAULT_LIMITS.cost} (${chosen.lane} lane), answered 200 in ${ms(chosen.ms)} ms alone, ` +
      `${options.attackers} clients looping it by POST from 3 s before the cheap clients start until they end. The candidates, each asked once (fewer aliases when the full count was not answered with 200):`,
    '',
    table(
      ['candidate', 'aliases', 'cost', 'lane', 'status', 'ms', 'answer'],
      found.tries.map((t) => [t.name, t.aliases, t.cost, t.lane, t.status, ms(t.ms), t.problem ?? `${(t.bytes / 1024).toFixed(0)} kB`]),
    ),
    '',
    'Where the time went (CPU in % of one core over the run; the machine has 2 cores shared with other work):',
    '',
    table(
      [
        'run',
        'server CPU',
        'Neo4j CPU',
        'bench (autocannon) CPU',
        'event loop delay p99 / max ms',
        'light lane',
        'heavy lane',
        "app lane (the app's bounded operations ≥ HEAVY_COST)",
        'load average',
        'answer cache (all clients)',
      ],
      diag,
    ),
    '',
    "Neo4j's statements that took the most time in each run (all clients, the attack's included; seconds summed over concurrent statements):",
    '',
    table(
      ['run', 'statement', 'count', 'seconds in all', 'mean ms'],
      runs.flatMap((r) => r.statements.map((st) => [r.name, st.name, st.count, st.seconds.toFixed(1), ms((1000 * st.seconds) / st.count)])),
    ),
    '',
    'Per operation (requests, p50 / p99 ms, errors + BUSY):',
    '',
    table(['operation', ...runs.flatMap((r) => [`${r.name} n`, `${r.name} p50 / p99`, `${r.name} err`])], opRows),
    '',
    'Goals (cheap queries):',
    ...goals.map((g) => `- ${g.goal}: ${g.met ? 'met' : 'NOT met'} (${g.detail})`),
  ].join('\n');
}
