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

  it('has three colleagues of one authority in one network: one public, one for colleagues, one counted only', () => {
    const layer = buildDemoLayer(landscape);
    const koeln = new Set(layer.persons.filter((p) => p.authority === 'org:stadt-koeln').map((p) => p.props.id));
    const byNetwork = new Map<string, string[]>();
    for (const p of layer.participations)
      if (koeln.has(p.from)) byNetwork.set(p.to, [...(byNetwork.get(p.to) ?? []), p.visibility ?? 'PRIVATE']);
    const largest = [...byNetwork.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    expect(largest.length).toBeGreaterThanOrEqual(3);
    expect(largest).toEqual(expect.arrayContaining(['PUBLIC', 'AUTHORITY', 'PRIVATE']));
  });

  it('gives every participation and attendance a visibility, each of the four somewhere, no person a consent flag', () => {
    const layer = buildDemoLayer(landscape);
    const seen = new Set([...layer.participations, ...layer.attendances].map((p) => p.visibility));
    expect([...seen].sort()).toEqual(['AUTHORITY', 'NETWORK', 'PRIVATE', 'PUBLIC']);
    for (const p of layer.persons) expect(p.props).not.toHaveProperty('consent');
  });
});
