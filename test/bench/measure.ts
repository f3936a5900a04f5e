// Timing helpers for the benchmark: latency percentiles of sequential calls within a time budget
// (alone, or several functions in alternating calls),
// requests per second under N concurrent clients, what a server's lanes saw under load, and small
// formatting helpers for the tables.

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

export interface Throughput {
  clients: number;
  requests: number;
  rps: number;
}

export interface LatencyOptions {
  warmup: number;
  /** At least this many timed calls, even past the budget. */
  min: number;
  /** At most this many timed calls. */
  max: number;
  /** Stop after this long once `min` calls are done. */
  budgetMs: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Times sequential calls of `fn` (after warm-up) and returns p50/p95/mean in milliseconds. */
export async function latency(fn: () => Promise<unknown>, options: LatencyOptions): Promise<Latency> {
  for (let i = 0; i < options.warmup; i++) await fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < options.max && (times.length < options.min || performance.now() - started < options.budgetMs)) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summary(times);
}

/** p50/p95/mean of timings in milliseconds. */
export function summary(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

/**
 * Times functions in alternating calls (A B C, then C B A, …) so that all meet the same state
 * of a shared, noisy machine: ratios between them are then not skewed by which ran first or
 * by a slow minute that only one of them met. `budgetMs` bounds them together.
 */
export async function alternatingLatency(fns: (() => Promise<unknown>)[], options: LatencyOptions): Promise<Latency[]> {
  for (let i = 0; i < options.warmup; i++) for (const fn of fns) await fn();
  const times: number[][] = fns.map(() => []);
  const forward = fns.map((_, i) => i);
  const backward = [...forward].reverse();
  const started = performance.now();
  for (let round = 0; ; round++) {
    const n = times[0]?.length ?? 0;
    if (n >= options.max || (n >= options.min && performance.now() - started >= options.budgetMs)) break;
    for (const which of round % 2 === 0 ? forward : backward) {
      const t0 = performance.now();
      await (fns[which] as () => Promise<unknown>)();
      (times[which] as number[]).push(performance.now() - t0);
    }
  }
  return times.map(summary);
}

/**
 * Requests per second of `clients` loops calling `fn` back to back for `durationMs` (each
 * finishes its last call). When a call fails, the other loops stop after their current call
 * and the failure is thrown once they have: no request of this run outlives it to load the
 * machine while the next figure is taken.
 */
export async function throughput(fn: () => Promise<unknown>, clients: number, durationMs: number): Promise<Throughput> {
  let requests = 0;
  let failure: { error: unknown } | undefined;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      do {
        try {
          await fn();
        } catch (error) {
          failure ??= { error };
          return;
        }
        requests += 1;
      } while (!failure && performance.now() < deadline);
    }),
  );
  if (failure) throw failure.error;
  const seconds = (performance.now() - started) / 1000;
  return { clients, requests, rps: requests / seconds };
}

/** How one lane of the server fared: operations, their wait for a slot and time in it (ms), operations waiting. */
export interface LaneStats {
  operations: number;
  waitMs: { p50: number; p99: number; max: number };
  holdMs: { p50: number; p99: number };
  queued: { mean: number; max: number };
}

/** What the server process reports about a stretch of time (see serve.ts). */
export interface ServerStats {
  seconds: number;
  cpuSeconds: number;
  eventLoopDelayMs: { p99: number; max: number };
  light: LaneStats;
  heavy: LaneStats;
  app: LaneStats;
}

/** A lane's figures from the waits and holds of its operations and samples of its queue length. */
export function laneStats(waits: number[], holds: number[], queued: number[]): LaneStats {
  const w = [...waits].sort((a, b) => a - b);
  const h = [...holds].sort((a, b) => a - b);
  return {
    operations: waits.length,
    waitMs: { p50: percentile(w, 50), p99: percentile(w, 99), max: w.length ? (w[w.length - 1] as number) : Number.NaN },
    holdMs: { p50: percentile(h, 50), p99: percentile(h, 99) },
    queued: { mean: queued.length ? queued.reduce((a, b) => a + b, 0) / queued.length : 0, max: Math.max(0, ...queued) },
  };
}

/** Milliseconds for a table; '–' where there is no figure (NaN, or null after JSON, as from the server child). */
export const ms = (x: number | null | undefined) =>
  x == null || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
export const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !(b > 0) || Number.isNaN(a) ? '–' : `${(a / b).toFixed(2)}×`;
export const bytes = (n: number) => (n >= 1_048_576 ? `${(n / 1_048_576).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} kB`);

/** A Markdown table from a header and rows. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
