// Where the time to usable goes: the real app against the preset's bench database (as `pnpm bench
// web` opens it), one first visit to warm the caches, then return visits recorded with Chromium's
// tracing (the timeline and V8's sampling CPU profiler) and attributed to the phases the bench
// reports: per phase the main thread's busy time, the app's functions by inclusive time and the
// top functions by self time. The app is built unminified into a temporary folder for this, so
// that its functions keep their names.
// Run: pnpm exec tsx test/bench/webProfile.ts [--preset germany] [--visits 3] [--trace file.json]
// [--dist web-dist | --base http://host:port]; --analyse file.json reads a trace written before.

import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PresetName } from '@netzwerkatlas/seed/generator';
import { repoRoot } from '@netzwerkatlas/server/config';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { openBenchDb } from './db.js';
import { table } from './measure.js';
import { probeScript, type Visit, visit } from './web.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: any;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

/** One sample of the main thread: when (ms since navigation start) and its stack, innermost first. */
interface Sample {
  t: number;
  stack: CallFrame[];
}

/** The renderer main thread's samples and top-level tasks of the last navigation to `origin`. */
export function readTrace(events: TraceEvent[], origin: string) {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const navigations = events.filter(
    (e) =>
      e.name === 'navigationStart' &&
      String(e.args?.data?.documentLoaderURL ?? '').startsWith(origin) &&
      threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  const nav = navigations.at(-1);
  if (!nav) throw new Error('profile: no navigation to the app in the trace');
  const main = (e: TraceEvent) => e.pid === nav.pid && e.tid === nav.tid;
  const at = (ts: number) => (ts - nav.ts) / 1000;
  // V8's samples: a Profile event starts a profile, ProfileChunk events carry its nodes and samples.
  const nodes = new Map<number, { frame: CallFrame; parent?: number }>();
  const samples: Sample[] = [];
  const profiles = new Map<string, { time: number; tid: number }>();
  for (const e of events) {
    if (e.pid !== nav.pid) continue;
    if (e.name === 'Profile' && e.id) profiles.set(e.id, { time: e.args.data.startTime, tid: e.tid });
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const profile = profiles.get(e.id);
    if (!profile || profile.tid !== nav.tid) continue;
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) nodes.set(n.id, { frame: n.callFrame, parent: n.parent });
    const deltas: number[] = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id: number, i: number) => {
      profile.time += deltas[i] ?? 0;
      const stack: CallFrame[] = [];
      for (let n: number | undefined = id; n !== undefined; n = nodes.get(n)?.parent) {
        const node = nodes.get(n);
        if (node) stack.push(node.frame);
      }
      samples.push({ t: at(profile.time), stack });
    });
  }
  samples.sort((a, b) => a.t - b.t);
  const tasks = events
    .filter((e) => main(e) && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur)
    .map((e) => ({ start: at(e.ts), ms: (e.dur ?? 0) / 1000 }));
  // Timeline events of the main thread by name (rendering, GC, parsing), with their time.
  const timeline = events
    .filter((e) => main(e) && e.ph === 'X' && e.dur)
    .map((e) => ({ name: e.name, start: at(e.ts), ms: (e.dur ?? 0) / 1000, args: e.args }));
  const requests = events
    .filter((e) => e.pid === nav.pid && e.name === 'ResourceSendRequest')
    .map((e) => ({ t: at(e.ts), url: String(e.args?.data?.url ?? ''), priority: e.args?.data?.priority }));
  return { samples, tasks, timeline, requests, interval: medianInterval(samples) };
}

function medianInterval(samples: Sample[]): number {
  const d = samples.slice(1).map((s, i) => s.t - samples[i]!.t);
  return d.sort((a, b) => a - b)[Math.floor(d.length / 2)] ?? 0.1;
}

/** What the app and its libraries spend time in, by the first matching frame of a sample's stack (innermost first). */
const BUCKETS: [string, (f: CallFrame) => boolean][] = [
  ['fromApi', (f) => f.functionName === 'fromApi'],
  ['aggregateSmallAuthorities', (f) => f.functionName === 'aggregateSmallAuthorities'],
  ['visibleNodeIds', (f) => f.functionName === 'visibleNodeIds'],
  ['landscapeToGraph', (f) => f.functionName === 'landscapeToGraph'],
  ['extentOf', (f) => f.functionName === 'extentOf'],
  ['label layer (place)', (f) => f.functionName === 'place' || f.functionName === 'placeLabels' || f.functionName === 'discsInView'],
  ['DetailController', (f) => f.functionName === 'relationsOf' || f.functionName === 'update'],
  ['sigma constructor', (f) => /^Sigma\d*$/.test(f.functionName)],
  ['sigma process/render', (f) => ['process', 'render', 'renderLabels', 'renderHighlightedNodes'].includes(f.functionName)],
  ['ForceAtlas2 / layout', (f) => /forceAtlas2|FA2|inferSettings/i.test(f.functionName)],
  ['JSON (response.json)', (f) => f.functionName === 'json' || f.functionName === 'parse'],
  ['MapView (render)', (f) => f.functionName === 'MapView'],
  ['FilterPanel', (f) => f.functionName === 'FilterPanel'],
  ['Legend', (f) => f.functionName === 'Legend'],
  [
    'React',
    (f) =>
      /react-dom|react\.|scheduler/.test(f.url) ||
      /^(performWorkOnRoot|commitRoot|flushPassiveEffects|renderRootSync|workLoopSync)/.test(f.functionName),
  ],
  ['react-query', (f) => /@tanstack/.test(f.url)],
];

export function bucketOf(s: Sample): string {
  const top = s.stack[0]?.functionName ?? '';
  if (top === '(idle)') return '(idle)';
  if (top === '(garbage collector)') return 'GC';
  for (const frame of s.stack) {
    if (frame.functionName === '(root)') continue;
    for (const [name, test] of BUCKETS) if (test(frame)) return name;
  }
  // Outside JavaScript: the response's body and JSON.parse, compiling, style and layout, waits for the GPU.
  if (top === '(program)') return 'native (body, JSON.parse, compile, layout, GPU waits)';
  return 'other script';
}

function attribute(samples: Sample[], interval: number, from: number, to: number, top = 12) {
  const within = samples.filter((s) => s.t >= from && s.t < to);
  const buckets = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const s of within) {
    const names = new Set(s.stack.filter((f) => f.url).map((f) => `${f.functionName || '(anonymous)'}:${f.lineNumber}`));
    for (const n of names) inclusive.set(n, (inclusive.get(n) ?? 0) + interval);
    const b = bucketOf(s);
    buckets.set(b, (buckets.get(b) ?? 0) + interval);
    const f = s.stack[0];
    const name = f ? `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop() ?? ''}:${f.lineNumber}` : '?';
    self.set(name, (self.get(name) ?? 0) + interval);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { buckets: sorted(buckets), self: sorted(self).slice(0, top), inclusive: sorted(inclusive).slice(0, 40) };
}

/** The phases of one visit, each with what the main thread did in it. */
function analyse(trace: any, base: string, v: Visit, n: number): string[] {
  const lines: string[] = [];
  const { samples, tasks, timeline, requests, interval } = readTrace(trace.traceEvents ?? trace, base);
  const phases: [string, number, number][] = [
    ['navigation → app script loaded', 0, v.scriptEnd],
    ['script loaded → landscape request', v.scriptEnd, v.landscape.start],
    ['landscape request → last byte', v.landscape.start, v.landscape.end],
    ['last byte → renderer (parse, model, graph, sigma)', v.landscape.end, v.renderer],
    ['renderer → first frame on screen', v.renderer, v.firstFrame],
    ['first frame → settled', v.firstFrame, v.settled],
    ['settled → usable (quiet)', v.settled, v.usable],
  ];
  lines.push(
    `## Return visit ${n}: usable ${v.usable.toFixed(0)} ms, ${v.order} nodes drawn, sample interval ${interval.toFixed(2)} ms`,
    '',
    `Requests (ms since navigation start): ${requests.map((r) => `${r.t.toFixed(0)} ${decodeURIComponent(new URL(r.url).pathname + new URL(r.url).search).slice(0, 90)}`).join(' | ')}`,
    '',
    `Long tasks (start+ms): ${tasks
      .filter((t) => t.ms >= 30)
      .map((t) => `${t.start.toFixed(0)}+${t.ms.toFixed(0)}`)
      .join(', ')}`,
    '',
  );
  for (const [name, from, to] of phases) {
    const { buckets, self, inclusive } = attribute(samples, interval, from, to);
    const busy = buckets.filter(([b]) => b !== '(idle)').reduce((s, [, ms]) => s + ms, 0);
    const events = new Map<string, number>();
    for (const e of timeline)
      if (e.start >= from && e.start < to && !/RunTask|ThreadController|Task$/.test(e.name))
        events.set(e.name, (events.get(e.name) ?? 0) + e.ms);
    lines.push(
      `### ${name}: ${from.toFixed(0)} → ${to.toFixed(0)} (${(to - from).toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms)`,
      '',
      table(
        ['bucket', 'ms'],
        buckets.map(([b, ms]) => [b, ms.toFixed(1)]),
      ),
      '',
      `Self time: ${self.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join('; ')}`,
      '',
      `Inclusive (script functions, name:line of the bundle): ${inclusive.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join('; ')}`,
      '',
      `Timeline events (ms, nested ones counted in each): ${[...events.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
        .join('; ')}`,
      '',
    );
  }
  return lines;
}

function buildUnminified(): string {
  const out = mkdtempSync(join(tmpdir(), 'netzwerkatlas-profile-'));
  console.error(`profile: building the web app unminified into ${out} …`);
  const run = spawnSync('pnpm', ['exec', 'vite', 'build', '--minify', 'false', '--outDir', out, '--emptyOutDir'], {
    cwd: resolve(repoRoot, 'web'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error('profile: the web app did not build');
  return out;
}

async function main() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const preset = (arg('--preset') ?? 'germany') as PresetName;
  const visits = Number(arg('--visits') ?? 3);
  const traceOut = arg('--trace');
  const again = arg('--analyse');
  if (again) {
    const { base, visit: v } = JSON.parse(readFileSync(`${again}.visit.json`, 'utf8'));
    console.log(analyse(JSON.parse(readFileSync(again, 'utf8')), base, v, 1).join('\n'));
    process.exit(0);
  }
  // --base: an app already served (e.g. while comparing builds); else our server on the bench database.
  let base = arg('--base') ?? '';
  let stop = async () => {};
  if (!base) {
    const webDist = arg('--dist') ?? buildUnminified();
    const bench = await openBenchDb(preset);
    const server = createHttpServer({ db: bench.db, webDist, requestsPerMinute: 0, log: pino({ level: 'silent' }) });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = async () => {
      server.closeAllConnections();
      server.close();
      await bench.stop();
    };
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  const lines: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE' });
    await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await context.addInitScript(probeScript);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error(`profile: page error: ${err.message}`));
    // The first visit fills the server's answer cache and the browser's HTTP and code caches.
    // Right after Neo4j started its page cache is cold: the landscape may exceed the server's
    // time budget (504) until a few tries have warmed it.
    for (let attempt = 1; ; attempt++) {
      try {
        const first = await visit(page, `${base}/`, 120_000);
        console.error(`profile: first visit usable ${first.usable.toFixed(0)} ms`);
        break;
      } catch (err) {
        if (attempt >= 5) throw err;
        console.error(`profile: first visit not usable in time (try ${attempt}), again`);
      }
    }
    for (let i = 0; i < visits; i++) {
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
          'blink.user_timing',
          'loading',
          'navigation',
          'toplevel',
        ],
      });
      const v: Visit = await visit(page, `${base}/`);
      const buffer = await browser.stopTracing();
      if (traceOut) writeFileSync(i === 0 ? traceOut : traceOut.replace(/(\.json)?$/, `-${i}.json`), buffer);
      const path = traceOut ? (i === 0 ? traceOut : traceOut.replace(/(\.json)?$/, `-${i}.json`)) : undefined;
      if (path) writeFileSync(`${path}.visit.json`, JSON.stringify({ base, visit: v }));
      lines.push(...analyse(JSON.parse(buffer.toString('utf8')), base, v, i + 1));
    }
  } finally {
    await browser.close();
    await stop();
  }
  console.log(lines.join('\n'));
  process.exit(0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
