import { describe, expect, it } from 'vitest';
import { countOf, coverageOf, onlySynthetic, totalOf } from './utils';

describe('coverage', () => {
  const coverage = coverageOf({
    coverage: {
      nodes: [{ kind: 'Network', real: 24, synthetic: 0 }],
      relations: [
        { kind: 'COVERS', real: 40, synthetic: 0 },
        { kind: 'MEMBER_OF:Authority', real: 3, synthetic: 111 },
        { kind: 'MEMBER_OF', real: 2, synthetic: 0 },
      ],
      persons: [],
    },
    sources: [],
  });

  it('counts every relation once, the memberships of authorities included', () => {
    expect(totalOf(coverage.relations)).toEqual({ real: 45, synthetic: 111 });
  });

  it('answers zero for a kind the store does not hold', () => {
    expect(countOf(coverage.nodes, 'Event')).toEqual({ real: 0, synthetic: 0 });
    expect(countOf(coverage.nodes, 'Network')).toEqual({ real: 24, synthetic: 0 });
  });

  it('tells a store of Beispieldaten only from one with anything from the sources', () => {
    expect(onlySynthetic(coverage)).toBe(false);
    const generated = coverageOf({
      coverage: {
        nodes: [
          { kind: 'Network', real: 0, synthetic: 400 },
          { kind: 'Authority', real: 0, synthetic: 9000 },
        ],
        relations: [{ kind: 'MEMBER_OF:Authority', real: 0, synthetic: 20000 }],
        persons: [],
      },
      sources: [],
    });
    expect(onlySynthetic(generated)).toBe(true);
  });
});
