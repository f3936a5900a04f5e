import { describe, expect, it } from 'vitest';
import { countOf, coverageOf, totalRelations } from './utils';

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
    expect(totalRelations(coverage.relations)).toEqual({ real: 45, synthetic: 111 });
  });

  it('answers zero for a kind the store does not hold', () => {
    expect(countOf(coverage.nodes, 'Event')).toEqual({ real: 0, synthetic: 0 });
    expect(countOf(coverage.nodes, 'Network')).toEqual({ real: 24, synthetic: 0 });
  });
});
