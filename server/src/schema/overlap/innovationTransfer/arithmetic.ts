// The figures of the innovation transfer report that are computed from what the statement read.

/** part / whole, 0 for an empty whole. */
export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export interface KindCount {
  kind: string;
  innovations: number;
  adopted: number;
}

/**
 * Innovations and adopted innovations per kind over every network's innovations, most
 * innovations first, ties by kind. An innovation without a kind counts as UNKNOWN.
 */
export function countByKind(networks: { innovations: { innovation: { kind?: string | null }; adopters: unknown[] }[] }[]): KindCount[] {
  const byKind = new Map<string, KindCount>();
  for (const n of networks) {
    for (const { innovation, adopters } of n.innovations) {
      const kind = innovation.kind ?? 'UNKNOWN';
      const entry = byKind.get(kind) ?? { kind, innovations: 0, adopted: 0 };
      entry.innovations += 1;
      if (adopters.length > 0) entry.adopted += 1;
      byKind.set(kind, entry);
    }
  }
  return [...byKind.values()].sort((a, b) => b.innovations - a.innovations || a.kind.localeCompare(b.kind));
}
