// Specs of the scale generator: determinism, AGS keys and hierarchy, sizes, the Zipf shape of
// networks, memberships derived from participations, and load steps the checker accepts.

import { describe, expect, it } from 'vitest';
import { checkLandscape } from '../steps.js';
import { describeGenerated, type GeneratorOptions, generatedSteps, generateLandscape, PRESETS } from './index.js';
import { apportion, Random, WeightedIndex } from './random.js';

const tiny: GeneratorOptions = {
  ...PRESETS.small,
  seed: 11,
  districts: 20,
  municipalities: 200,
  federalAgencies: 5,
  stateAuthoritiesPerLand: 2,
  umbrellas: 3,
  networks: 30,
  persons: 1_000,
  participations: 3_000,
  events: 40,
  innovations: 25,
};

describe('generator', () => {
  const g = generateLandscape(tiny);

  it('gives the same graph for the same seed and another for another seed', () => {
    expect(generateLandscape(tiny)).toEqual(g);
    const other = generateLandscape({ ...tiny, seed: 12 });
    expect(other.layer.participations).not.toEqual(g.layer.participations);
  });

  it('has the sizes it was asked for', () => {
    const counts = describeGenerated(g);
    const expected: [keyof typeof counts, number][] = [
      ['laender', 16],
      ['districts', 20],
      ['municipalities', 200],
      ['networks', 30],
      ['persons', 1_000],
      ['participations', 3_000],
      ['events', 40],
      ['innovations', 25],
      ['federalAndState', tiny.federalMinistries + tiny.federalAgencies + 16 * tiny.stateAuthoritiesPerLand],
    ];
    for (const [key, value] of expected) expect(counts[key], key).toBe(value);
  });

  it('keys districts and municipalities by AGS, each inside its parent', () => {
    const orgs = new Map(g.landscape.organisations.map((o) => [o.id, o]));
    for (const o of g.landscape.organisations) {
      if (o.authorityType !== 'MUNICIPALITY' && o.authorityType !== 'DISTRICT' && o.authorityType !== 'STATE') continue;
      expect(o.ags).toMatch(/^\d{8}$/);
      expect(o.id).toBe(`org:gen-ags-${o.ags}`);
      const parent = o.parent ? orgs.get(o.parent) : undefined;
      if (o.authorityType === 'MUNICIPALITY') {
        expect(parent?.authorityType).toBe('DISTRICT');
        expect(o.ags?.slice(0, 5)).toBe(parent?.ags?.slice(0, 5));
      } else if (o.authorityType === 'DISTRICT') {
        expect(parent?.authorityType).toBe('STATE');
        expect(o.ags?.slice(0, 2)).toBe(parent?.ags?.slice(0, 2));
      } else {
        expect(o.parent).toBeUndefined();
      }
    }
  });

  it('prefixes every id with gen- so it never meets the real landscape', () => {
    const ids = [
      ...g.landscape.topics.map((t) => t.id),
      ...g.landscape.networks.map((n) => n.id),
      ...g.landscape.organisations.map((o) => o.id),
      ...g.landscape.innovations.map((i) => i.id),
      ...g.layer.persons.map((p) => p.props.id as string),
      ...g.layer.events.map((e) => e.props.id as string),
    ];
    for (const id of ids) expect(id).toMatch(/^[a-z]+:gen-/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('passes the landscape checker and marks every row synthetic', () => {
    expect(checkLandscape(g.landscape)).toEqual([]);
    for (const step of generatedSteps(g)) {
      for (const row of step.rows.slice(0, 50)) {
        const flag = (row.props as { synthetic?: boolean } | undefined)?.synthetic ?? row.synthetic;
        expect(flag, step.statement).toBe(true);
      }
    }
  });

  it('draws network sizes from a power law: few huge, many small', () => {
    const sizes = new Map<string, number>();
    for (const p of g.layer.participations) sizes.set(p.to, (sizes.get(p.to) ?? 0) + 1);
    const ordered = g.landscape.networks.map((n) => sizes.get(n.id) ?? 0);
    expect(ordered[0]).toBeGreaterThan(5 * (ordered[ordered.length - 1] as number));
    expect(ordered[0]).toBeGreaterThanOrEqual(ordered[1] as number);
    const pairs = new Set(g.layer.participations.map((p) => `${p.from}|${p.to}`));
    expect(pairs.size).toBe(g.layer.participations.length);
  });

  it('makes an authority a member exactly where its persons take part', () => {
    const worksAt = new Map(g.layer.persons.map((p) => [p.props.id as string, p.authority]));
    const expected = new Set(g.layer.participations.map((p) => `${worksAt.get(p.from)}|${p.to}`));
    const actual = new Set(g.layer.memberships.map((m) => `${m.from}|${m.to}`));
    expect(actual).toEqual(expected);
    const members = new Set(g.layer.memberships.map((m) => `${m.from}|${m.to}`));
    for (const i of g.landscape.innovations)
      for (const a of i.adoptedBy ?? []) expect(members.has(`${a.authority}|${i.emergedIn}`)).toBe(true);
  });

  it('keeps the presets in the documented ranges', () => {
    const germany = PRESETS.germany;
    expect(germany.persons).toBe(100_000);
    expect(germany.participations).toBe(300_000);
    for (const preset of Object.values(PRESETS)) {
      expect(preset.networks).toBeGreaterThanOrEqual(76);
      expect(preset.networks).toBeLessThanOrEqual(1_000);
    }
  });
});

describe('random', () => {
  it('repeats its sequence for a seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  const cases: [number, number[], number[]][] = [
    [10, [1, 1], [5, 5]],
    [10, [1, 2], [3, 7]],
    [7, [1, 1, 1], [3, 2, 2]],
    [0, [1, 3], [0, 0]],
  ];
  it.each(cases)('apportions %d over %j as %j', (total, weights, expected) => {
    expect(apportion(total, weights)).toEqual(expected);
  });

  it('draws by weight', () => {
    const draw = new WeightedIndex([0, 1, 0]);
    const random = new Random(1);
    for (let i = 0; i < 20; i++) expect(draw.draw(random)).toBe(1);
  });
});
