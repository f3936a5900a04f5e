// The GEXF export against the GEXF 1.3 grammar, with xmllint (Debian: libxml2-utils) and the
// grammar kept in test/fixtures/gexf-1.3 (see its README for why the grammar and not the XSD).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { write } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { fromApi, landscapeToGraph } from '../landscape/utils';
import { gexfGraph, toGexf } from './gexf';

const grammar = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/gexf-1.3/gexf.rng');

function xmllint(file: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--relaxng', grammar, file], { encoding: 'utf8' });
  if ((run.error as { code?: string } | undefined)?.code === 'ENOENT') {
    throw new Error('xmllint is missing: install it first (Debian: apt-get install libxml2-utils)');
  }
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const landscape = fromApi({
  nodes: [
    {
      id: 'network:a',
      kind: 'Network',
      label: 'A & B',
      name: 'Netz „A & B“',
      members: 3,
      persons: { exact: null, fewerThan3: true },
      synthetic: false,
      umbrella: false,
      level: 'FEDERAL',
    },
    {
      id: 'org:koeln',
      kind: 'Authority',
      label: 'Köln',
      name: 'Stadt Köln',
      members: 1,
      persons: { exact: 4, fewerThan3: false },
      synthetic: true,
      umbrella: false,
      bundesland: 'DE-NW',
    },
    {
      id: 'topic:ki',
      kind: 'Topic',
      label: 'KI',
      name: 'KI',
      members: 1,
      persons: { exact: 0, fewerThan3: false },
      synthetic: false,
      umbrella: false,
    },
  ],
  edges: [
    { source: 'org:koeln', target: 'network:a', type: 'MEMBER_OF', synthetic: true },
    { source: 'network:a', target: 'topic:ki', type: 'COVERS', synthetic: false },
  ],
} as never);

describe('GEXF export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gexf-'));
  const graph = landscapeToGraph(landscape);
  const text = toGexf(write, graph, new Set(['network:a', 'org:koeln', 'topic:ki']), 'Landschaft');

  it('is GEXF 1.3 with the viz namespace spelled right', () => {
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).not.toContain(':///');
  });

  it('is valid against the GEXF 1.3 grammar (xmllint)', () => {
    const file = join(dir, 'landscape.gexf');
    writeFileSync(file, text);
    const result = xmllint(file);
    expect(result.output, result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
  });

  it('the check can fail: graphology-gexf’s own 1.3 (edge sizes as viz:size) does not validate', () => {
    const file = join(dir, 'default.gexf');
    writeFileSync(file, write(graph, { pretty: true, version: '1.3' }));
    expect(xmllint(file).ok).toBe(false);
  });

  it('leaves out the nodes that are not visible, and their edges', () => {
    const part = gexfGraph(graph, new Set(['network:a', 'topic:ki']), 'x');
    expect(part.order).toBe(2);
    expect(part.size).toBe(1);
  });
});
