import { describe, expect, it } from 'vitest';
import { landscape } from '../landscape/index.js';
import { buildDemoLayer, DEMO_AUTHORITIES } from './index.js';

describe('buildDemoLayer', () => {
  it('gives the same layer for the same seed, and another for another', () => {
    expect(buildDemoLayer(landscape)).toEqual(buildDemoLayer(landscape));
    expect(buildDemoLayer(landscape, 7).persons).not.toEqual(buildDemoLayer(landscape).persons);
  });

  it.each([2024, 1, 7, 99])('leaves no demo authority without a person and a network (seed %i)', (seed) => {
    const layer = buildDemoLayer(landscape, seed);
    const networks = new Set(landscape.networks.map((n) => n.id));
    for (const a of DEMO_AUTHORITIES) {
      const staff = layer.persons.filter((p) => p.authority === a.id).map((p) => p.props.id);
      expect(staff.length, a.id).toBeGreaterThan(0);
      const memberOf = layer.memberships.filter((m) => m.from === a.id).map((m) => m.to);
      expect(memberOf.length, a.id).toBeGreaterThan(0);
      for (const n of memberOf) expect(networks.has(n)).toBe(true);
      // A membership stands on a participation of its staff.
      for (const n of memberOf) expect(layer.participations.some((p) => p.to === n && staff.includes(p.from))).toBe(true);
    }
  });

  it('has three colleagues of one authority in one network, one of them without consent', () => {
    const layer = buildDemoLayer(landscape);
    const consent = new Map(layer.persons.filter((p) => p.authority === 'org:stadt-koeln').map((p) => [p.props.id, p.props.consent]));
    const byNetwork = new Map<string, string[]>();
    for (const p of layer.participations) if (consent.has(p.from)) byNetwork.set(p.to, [...(byNetwork.get(p.to) ?? []), p.from]);
    const largest = [...byNetwork.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    expect(largest.length).toBeGreaterThanOrEqual(3);
    expect(largest.some((id) => consent.get(id) === false)).toBe(true);
  });
});
