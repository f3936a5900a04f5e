// What the server tells its operators: one structured log line per request (pino, with a request
// id, the operation's name, its cost and duration, the codes of its errors) and Prometheus
// metrics (prom-client) for requests, latency, refusals by limit, operations, the scheduler's
// lanes, Neo4j's statements and its availability. Neither ever holds personal data: no query text, no
// variables, no query string, no client address.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Served } from './answerCache.js';
import type { Db } from './db/index.js';
import { requestCost } from './guard/limits.js';
import type { Lanes } from './guard/scheduler.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A client's request id is kept when it is short and plain; otherwise we make one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

/** The route a request counts under: a fixed set, so a client cannot grow the label space. */
export function routeOf(path: string): string {
  if (path === '/graphql') return '/graphql';
  if (path === '/health' || path.startsWith('/health/')) return path.startsWith('/health/') ? path.slice(0, 32) : '/health';
  if (path === '/metrics') return '/metrics';
  return path.startsWith('/assets/') || path === '/' || !path.startsWith('/graphql') ? 'app' : 'other';
}

/**
 * Operation names come from clients; at most this many distinct ones get their own label, the
 * rest count as "other" (the web app sends about fifteen).
 */
const MAX_OPERATION_LABELS = 100;

/** Seconds, from a cached answer to a request that used up its budget. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

export interface Observability {
  registry: Registry;
  /** Wraps one HTTP request: request id header, one log line and the HTTP metrics at its end. */
  track(req: IncomingMessage, res: ServerResponse, path: string): void;
  /** A refusal before GraphQL (rate, body size) or inside it (a limit, BUSY). */
  refused(reason: string): void;
  /** Records how the answer cache answered a request (its log line and the cache's metric). */
  cached(req: IncomingMessage, served: Served, operation?: string): void;
  /** The yoga plugin that logs and counts operations. */
  plugin(): Plugin;
  /** The database as the API uses it, each statement timed by name and outcome. */
  timed(db: Db): Db;
  /** GET /metrics. */
  serve(res: ServerResponse): Promise<void>;
}

export interface ObservabilityOptions {
  logger: Logger;
  db: Db;
  lanes?: Lanes;
}

export function createObservability({ logger, db, lanes }: ObservabilityOptions): Observability {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'netzwerkatlas_' });
  const httpRequests = new Counter({
    name: 'netzwerkatlas_http_requests_total',
    help: 'HTTP requests by route and status.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'netzwerkatlas_http_request_duration_seconds',
    help: 'Time from a request to the end of its response, by route.',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'netzwerkatlas_refusals_total',
    help: 'Requests refused before any work, by reason (a limit name, RATE_LIMITED, BUSY, …).',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const answerCache = new Counter({
    name: 'netzwerkatlas_answer_cache_total',
    help: 'Anonymous queries answered by the answer cache: hit (kept answer), computed (and kept), passed (computed, not kept: errors).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const operations = new Counter({
    name: 'netzwerkatlas_graphql_operations_total',
    help: 'GraphQL operations executed, by name and outcome (ok, error); answers from the answer cache are not executed.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'netzwerkatlas_graphql_operation_duration_seconds',
    help: 'Time of a GraphQL operation from the start of its execution (waiting for a slot included).',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const operationCost = new Histogram({
    name: 'netzwerkatlas_graphql_operation_cost',
    help: 'The cost of executed operations (see docs/hardening.md).',
    buckets: [10, 100, 500, 1000, 2500, 5000, 10000, 25000],
    registers: [registry],
  });
  const statementDuration = new Histogram({
    name: 'netzwerkatlas_neo4j_statement_duration_seconds',
    help: 'Time of one Cypher statement in its transaction (driver retries included), by statement and outcome.',
    labelNames: ['statement', 'outcome'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [registry],
  });
  new Gauge({
    name: 'netzwerkatlas_neo4j_available',
    help: '1 while Neo4j answers, 0 while it is known to be down.',
    registers: [registry],
    collect() {
      this.set(db.availability().available ? 1 : 0);
    },
  });
  if (lanes) {
    new Gauge({
      name: 'netzwerkatlas_scheduler_operations',
      help: 'Operations running or waiting, by lane (light, heavy, app) and state (active, pending).',
      labelNames: ['lane', 'state'] as const,
      registers: [registry],
      collect() {
        for (const [name, lane] of Object.entries(lanes)) {
          this.set({ lane: name, state: 'active' }, lane.activeCount);
          this.set({ lane: name, state: 'pending' }, lane.pendingCount);
        }
      },
    });
  }

  const names = new Set<string>();
  const labelOf = (name: string | null | undefined) => {
    if (!name || !/^[A-Za-z_]\w{0,63}$/.test(name)) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_LABELS) return 'other';
    names.add(name);
    return name;
  };
  /** What the log line of a request gathers while GraphQL runs. */
  const details = new WeakMap<Request | IncomingMessage, Record<string, unknown>>();

  return {
    registry,
    track(req, res, path) {
      const started = performance.now();
      const id = requestIdOf(req);
      req.headers[REQUEST_ID_HEADER] = id;
      res.setHeader(REQUEST_ID_HEADER, id);
      const route = routeOf(path);
      res.once('close', () => {
        const seconds = (performance.now() - started) / 1000;
        const status = res.headersSent ? res.statusCode : 0;
        httpRequests.inc({ route, status: String(status) });
        httpDuration.observe({ route }, seconds);
        if (route === '/metrics' || route.startsWith('/health')) return;
        logger.info({ reqId: id, method: req.method, route, status, ms: Math.round(seconds * 1000), ...details.get(req) }, 'request');
      });
    },
    refused(reason) {
      refusals.inc({ reason });
    },
    cached(req, served, operation) {
      answerCache.inc({ outcome: served });
      details.set(req, { ...(operation === undefined ? {} : { operation: labelOf(operation) }), ...details.get(req), cache: served });
    },
    plugin() {
      return {
        onExecute({ args }) {
          const started = performance.now();
          const operation = labelOf(getOperationAST(args.document, args.operationName)?.name?.value);
          return {
            onExecuteDone({ result }) {
              if (Symbol.asyncIterator in result) return;
              const seconds = (performance.now() - started) / 1000;
              const codes = [...new Set((result.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
              operations.inc({ operation, outcome: codes.length ? 'error' : 'ok' });
              operationDuration.observe({ operation }, seconds);
              const cost = requestCost.get(args.contextValue as object);
              if (cost !== undefined) operationCost.observe(cost);
              if (codes.includes('BUSY')) refusals.inc({ reason: 'BUSY' });
              const context = args.contextValue as { req?: IncomingMessage };
              if (context.req) details.set(context.req, { operation, cost, codes: codes.length ? codes : undefined });
            },
          };
        },
        onResultProcess({ result, serverContext }) {
          // Refusals by a limit, whether found while parsing, validating or costing.
          if (Array.isArray(result) || !('errors' in result)) return;
          const limit = result.errors?.find((e) => e.extensions?.code === 'LIMIT_EXCEEDED');
          const req = (serverContext as { req?: IncomingMessage }).req;
          if (limit && !('data' in result && result.data)) {
            const reason = String(limit.extensions?.limit ?? 'LIMIT_EXCEEDED');
            refusals.inc({ reason });
            if (req) details.set(req, { ...details.get(req), codes: ['LIMIT_EXCEEDED'], limit: reason });
          }
        },
      };
    },
    timed(inner) {
      const time =
        (run: Db['read']) =>
        async <T>(query: string | { text: string }, ...rest: [Parameters<Db['read']>[1]?, Parameters<Db['read']>[2]?]) => {
          // Named statements are a fixed set; inline text (tests, tools) counts as one label.
          const statement = typeof query === 'string' ? query : 'inline';
          const started = performance.now();
          let outcome = 'ok';
          try {
            return await run<T>(query, ...rest);
          } catch (err) {
            outcome = (err as { code?: string }).code ?? 'error';
            throw err;
          } finally {
            statementDuration.observe({ statement, outcome }, (performance.now() - started) / 1000);
          }
        };
      return { ...inner, read: time(inner.read), write: time(inner.write) };
    },
    async serve(res) {
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
      res.end(body);
    },
  };
}
