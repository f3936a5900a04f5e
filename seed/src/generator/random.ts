// The generator's sampling helpers on top of the seeded PRNG (mulberry32; server/src/derived/
// random.ts, where the Louvain run of the derived data uses it too).

import { Random } from '@netzwerkatlas/server/derived/random';

export { Random };

/** Draws indexes 0..n-1 with given weights (cumulative sums + binary search). */
export class WeightedIndex {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (const [i, w] of weights.entries()) {
      sum += w;
      this.cumulative[i] = sum;
    }
    if (!(sum > 0)) throw new Error('generator: weights must sum to more than 0');
  }

  get size(): number {
    return this.cumulative.length;
  }

  draw(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const x = random.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights 1/(rank+1)^s for n ranks: few large, many small. */
export function zipfWeights(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, rank) => 1 / (rank + 1) ** s);
}

/** Splits `total` into parts proportional to `weights` (largest remainder), summing to total. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    rest -= 1;
  }
  return parts;
}
