// The benchmark runner: `tsx test/bench/index.ts [area] [--preset small|germany|germany-x5]`.
// Areas: overlaps (alias api), landscape, loading, memory, growth, web, load (with --duration
// seconds, --clients and --ids, default 60, 100 and 10), import; none = all but growth, load and import,
// which run only when named (load keeps both cores busy for minutes; import writes and removes).
// Every figure is measured in the same run next to its reference; the tables go to stdout and,
// as Markdown and JSON with the machine, to bench-results/.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRESETS, type PresetName } from '@netzwerkatlas/seed/generator';
import { repoRoot } from '@netzwerkatlas/server/config';
import { runLandscape, runLoading, runMemory } from './areas.js';
import { type BenchDb, openBenchDb } from './db.js';
import { runImport } from './import.js';
import { LOAD_DEFAULTS, type LoadOptions, positiveInt, runLoad } from './load.js';
import { bytes, ms, ratio, table } from './measure.js';
import { type Budget, FULL_BUDGET, type OverlapsResult, runOverlaps } from './overlaps.js';

const AREAS = ['overlaps', 'api', 'landscape', 'loading', 'memory', 'growth', 'web', 'load', 'import'] as const;
type Area = (typeof AREAS)[number];

interface Section {
  title: string;
  markdown: string;
  json: unknown;
}

function parseArgs(argv: string[]): { area: Area | 'all'; preset: PresetName | undefined; load: LoadOptions } {
  let area: Area | 'all' = 'all';
  let preset: PresetName | undefined;
  const load = { ...LOAD_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (flag === '--duration' || flag === '--clients' || flag === '--ids') {
      const value = positiveInt(flag, inline ?? argv[++i]);
      if (flag === '--duration') load.durationS = value;
      else if (flag === '--ids') load.ids = value;
      else load.clients = value;
    } else if (arg === '--preset') {
      const value = argv[++i];
      if (!value || !(value in PRESETS)) throw new Error(`bench: --preset takes one of ${Object.keys(PRESETS).join(', ')}`);
      preset = value as PresetName;
    } else if (arg.startsWith('--preset=')) {
      const value = arg.slice('--preset='.length);
      if (!(value in PRESETS)) throw new Error(`bench: --preset takes one of ${Object.keys(PRESETS).join(', ')}`);
      preset = value as PresetName;
    } else if ((AREAS as readonly string[]).includes(arg)) {
      area = arg as Area;
    } else {
      throw new Error(
        `bench: unknown argument '${arg}' (areas: ${AREAS.join(', ')}; --preset small|germany|germany-x5; for load: --duration s, --clients n, --ids n)`,
      );
    }
  }
  return { area, preset, load };
}

function machine() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    java: (java.stderr ?? '').split('\n')[0]?.trim() ?? 'unknown',
    neo4j: '5.26 Community (embedded, heap 2g, page cache 1024 MiB)',
  };
}

function dataSection(bench: BenchDb): Section {
  const l = bench.loaded;
  const rows = Object.entries(l.counts).map(([k, v]) => [k, v]);
  const markdown = [
    `Preset \`${bench.preset}\` (seed ${PRESETS[bench.preset].seed}): ${l.reused ? `reused the graph loaded ${l.loadedAt}` : 'loaded in this run'}; ` +
      `load of the generated rows: ${l.rows} rows in ${l.batches} batches, ${(l.ms / 1000).toFixed(1)} s ` +
      `(${Math.round(l.rows / (l.ms / 1000))} rows/s), plus the real landscape and its Beispieldaten.`,
    '',
    table(['generated', 'count'], rows),
  ].join('\n');
  return { title: `Data (${bench.preset})`, markdown, json: l };
}

function goals(result: OverlapsResult): string[] {
  const lines: string[] = [];
  for (const f of result.fields) {
    const vsRaw = f.ours.latency.p95 / f.raw.latency.p95;
    const floorVsRaw = f.floor.p95 / f.raw.latency.p95;
    const native = f.peerHow === 'native' || f.peerHow === 'native + client code';
    const vsPeer = f.peer ? f.ours.latency.p95 / f.peer.latency.p95 : undefined;
    lines.push(
      `- ${f.field}: p95 ${vsRaw <= 1.3 ? 'within' : 'NOT within'} 1.3× raw Cypher (${vsRaw.toFixed(2)}×; ` +
        `the floor of serialising and sending its ${bytes(f.answerBytes)} answer alone is ${floorVsRaw.toFixed(2)}× raw, ours ${(f.ours.latency.p95 / f.floor.p95).toFixed(2)}× that floor)` +
        (vsPeer === undefined
          ? '; no peer figure'
          : native
            ? `; ${vsPeer <= 0.5 ? 'within' : 'NOT within'} 0.5× @neo4j/graphql (${vsPeer.toFixed(2)}×)`
            : `; vs @neo4j/graphql ${vsPeer.toFixed(2)}× (peer runs our statement via @cypher: goal not applicable)`),
    );
  }
  return lines;
}

async function withDb<T>(preset: PresetName, fn: (bench: BenchDb) => Promise<T>): Promise<T> {
  const bench = await openBenchDb(preset);
  try {
    return await fn(bench);
  } finally {
    await bench.stop();
  }
}

const GROWTH_BUDGET: Budget = { latencyMs: 5_000, throughputMs: 3_000, clients: 10, peer: false };

async function growth(presets: PresetName[]): Promise<Section> {
  const byPreset = new Map<PresetName, { overlaps: OverlapsResult; participations: number; landscapeBytes: number; gzip: number }>();
  for (const preset of presets) {
    await withDb(preset, async (bench) => {
      const overlaps = await runOverlaps(bench, GROWTH_BUDGET);
      const landscape = await runLandscape(bench);
      byPreset.set(preset, {
        overlaps,
        participations: bench.loaded.counts.participations ?? 0,
        landscapeBytes: landscape.rawBytes,
        gzip: landscape.gzipBytes,
      });
    });
  }
  const base = byPreset.get(presets[0] as PresetName);
  const fields = base?.overlaps.fields.map((f) => f.field) ?? [];
  const header = ['field (p95 ms: ours / raw)', ...presets.map((p) => `${p} (${byPreset.get(p)?.participations} participations)`)];
  if (presets.length > 1) header.push(`p95 growth ${presets[0]}→${presets[presets.length - 1]} vs data growth`);
  const rows = fields.map((field) => {
    const cells = presets.map((p) => {
      const f = byPreset.get(p)?.overlaps.fields.find((x) => x.field === field);
      return f ? `${ms(f.ours.latency.p95)} / ${ms(f.raw.latency.p95)}` : '–';
    });
    if (presets.length > 1) {
      const first = byPreset.get(presets[0] as PresetName);
      const last = byPreset.get(presets[presets.length - 1] as PresetName);
      const a = first?.overlaps.fields.find((x) => x.field === field)?.ours.latency.p95;
      const b = last?.overlaps.fields.find((x) => x.field === field)?.ours.latency.p95;
      cells.push(`${ratio(b, a)} vs ${ratio(last?.participations, first?.participations)}`);
    }
    return [field, ...cells];
  });
  rows.push(['landscape payload (raw / gzip)', ...presets.map((p) => `${byPreset.get(p)?.landscapeBytes} / ${byPreset.get(p)?.gzip} B`)]);
  return {
    title: `Growth (${presets.join(', ')})`,
    markdown: table(header, rows),
    json: Object.fromEntries([...byPreset].map(([p, v]) => [p, { ...v, overlaps: v.overlaps.fields }])),
  };
}

async function web(preset: PresetName): Promise<Section | undefined> {
  const file = join(repoRoot, 'test/bench/web.ts');
  if (!existsSync(file)) {
    console.error('bench: test/bench/web.ts not there (yet); skipping the web area');
    return undefined;
  }
  // Import it only when it exports main; a script that runs itself on import is spawned instead.
  const exportsMain = /export\s+(async\s+)?function\s+main\b|export\s+(const|let)\s+main\b/.test(readFileSync(file, 'utf8'));
  const mod = exportsMain
    ? ((await import(pathToFileURL(file).href)) as { main?: (options: { preset: PresetName }) => Promise<unknown> })
    : {};
  if (typeof mod.main === 'function') {
    const result = await mod.main({ preset });
    const markdown =
      typeof result === 'string' ? result : ((result as { markdown?: string } | undefined)?.markdown ?? '(see web.ts output)');
    return { title: 'Web', markdown, json: result ?? null };
  }
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], {
    timeout: 900_000,
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { title: 'Web', markdown: run.stdout, json: { exitCode: run.status, stdout: run.stdout } };
}

async function main() {
  const { area, preset: asked, load } = parseArgs(process.argv.slice(2));
  const preset = asked ?? 'germany';
  const started = performance.now();
  const sections: Section[] = [];
  const has = (a: Area) => area === a || (area === 'all' && a !== 'growth' && a !== 'api' && a !== 'load' && a !== 'import');

  if (area === 'growth') {
    const presets: PresetName[] = asked === 'germany-x5' || asked === undefined ? ['small', 'germany', 'germany-x5'] : ['small', 'germany'];
    sections.push(await growth(asked === 'small' ? ['small'] : presets));
  } else if (has('overlaps') || has('api') || has('landscape') || has('loading') || has('memory') || has('load') || has('import')) {
    await withDb(preset, async (bench) => {
      sections.push(dataSection(bench));
      if (has('overlaps') || has('api')) {
        const result = await runOverlaps(bench);
        sections.push({
          title: `Overlap fields (${preset})`,
          markdown: [
            result.markdown,
            '',
            `Ids: ${JSON.stringify(result.ids)}. p50/p95 of sequential calls after warm-up, ours and raw in alternating calls; req/s under ${FULL_BUDGET.clients} concurrent clients. ` +
              'Raw Cypher = the same cypher/overlap statements with the same params through neo4j-driver, records read. ' +
              'Floor = those raw statements, then our answer (the same JSON) serialised and sent by an HTTP server that computes nothing else, with the same compression, to the same client, which parses it: ' +
              'what any JSON API over HTTP answering the question would take at least; timed in the same alternation as ours and raw. ' +
              '@neo4j/graphql = the same question through its generated API plus the client code its answer needs.',
            '',
            'How the peer expresses each question:',
            ...result.fields.map((f) => `- ${f.field}: ${f.peerHow} — ${f.peerNote}`),
            '',
            'Goals:',
            ...goals(result),
          ].join('\n'),
          json: result,
        });
      }
      // One failing area does not lose the others' figures.
      const attempt = async (title: string, run: () => Promise<{ markdown: string }>) => {
        try {
          const result = await run();
          sections.push({ title, markdown: result.markdown, json: result });
        } catch (err) {
          console.error(`bench: ${title} failed: ${(err as Error).stack ?? err}`);
          sections.push({ title, markdown: `FAILED: ${(err as Error).message}`, json: { error: (err as Error).message } });
        }
      };
      if (has('landscape')) await attempt(`Landscape payload (${preset})`, () => runLandscape(bench));
      if (has('loading')) await attempt(`Loading (${preset})`, () => runLoading(bench));
      if (has('memory')) await attempt(`Memory (${preset})`, () => runMemory(bench));
      if (has('load')) await attempt(`Load (${preset})`, () => runLoad(bench, load));
      if (has('import')) await attempt(`Import (${preset})`, () => runImport(bench));
    });
  }
  if (has('web')) {
    try {
      const section = await web(preset);
      if (section) sections.push(section);
    } catch (err) {
      sections.push({ title: 'Web', markdown: `FAILED: ${(err as Error).message}`, json: { error: (err as Error).message } });
    }
  }

  const info = machine();
  const seconds = (performance.now() - started) / 1000;
  const markdown = [
    `# Netzwerkatlas benchmark — ${area}, preset ${area === 'growth' ? 'growth' : preset}`,
    '',
    `${new Date().toISOString()} · ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB · Node ${info.node} · ${info.java} · Neo4j ${info.neo4j} · run took ${seconds.toFixed(0)} s`,
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown, '']),
  ].join('\n');
  console.log(markdown);
  const dir = resolve(repoRoot, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${area}-${area === 'growth' ? 'growth' : preset}`;
  writeFileSync(join(dir, `${name}.md`), markdown);
  writeFileSync(
    join(dir, `${name}.json`),
    JSON.stringify({ area, preset, machine: info, seconds, sections: sections.map((s) => ({ title: s.title, data: s.json })) }, null, 2),
  );
  console.error(`bench: written to bench-results/${name}.{md,json}`);
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err.stack ?? err.message);
    process.exit(1);
  },
);
