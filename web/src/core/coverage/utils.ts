// Pure functions on the coverage answer: a count per kind, looked up by name.

import type { CoverageQuery } from '../../gql/graphql';

export interface Split {
  real: number;
  synthetic: number;
}

export interface Coverage {
  /** Nodes per kind (Network, Authority, …). */
  nodes: Map<string, Split>;
  /** Relations per type; MEMBER_OF:Authority counts the memberships of authorities (MEMBER_OF the others'). */
  relations: Map<string, Split>;
  sources: CoverageQuery['sources'];
}

export function coverageOf(answer: CoverageQuery): Coverage {
  const byKind = (rows: { kind: string; real: number; synthetic: number }[]) =>
    new Map(rows.map((r) => [r.kind, { real: r.real, synthetic: r.synthetic }]));
  return { nodes: byKind(answer.coverage.nodes), relations: byKind(answer.coverage.relations), sources: answer.sources };
}

const NONE: Split = { real: 0, synthetic: 0 };
export const countOf = (counts: Map<string, Split>, kind: string): Split => counts.get(kind) ?? NONE;

/** Counts of all kinds (or relation types) together. */
export function totalOf(counts: Map<string, Split>): Split {
  let real = 0;
  let synthetic = 0;
  // MEMBER_OF:Authority is counted there only, not also under MEMBER_OF (umbrellas' memberships).
  for (const split of counts.values()) {
    real += split.real;
    synthetic += split.synthetic;
  }
  return { real, synthetic };
}

/** Whether nothing in the store comes from a source: no node and no relation, only Beispieldaten. */
export function onlySynthetic(coverage: Coverage): boolean {
  return totalOf(coverage.nodes).real === 0 && totalOf(coverage.relations).real === 0;
}
