// A small seeded PRNG (mulberry32) and the sampling helpers the generator needs: the same seed
// gives the same sequence on every machine, with no dependency on Math.random.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('generator: pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` distinct items (or all of them when there are fewer), in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    if (count >= items.length) return [...items];
    const chosen = new Set<number>();
    const out: T[] = [];
    while (out.length < count) {
      const i = Math.floor(this.next() * items.length);
      if (chosen.has(i)) continue;
      chosen.add(i);
      out.push(items[i] as T);
    }
    return out;
  }
}

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
