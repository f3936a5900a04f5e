import { describe, expect, it } from 'vitest';
import { pairedLatency, percentile, summary } from './measure';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(10);
    expect(percentile(sorted, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summary', () => {
  it('sorts a copy and leaves the timings as they were', () => {
    const times = [5, 1, 3];
    expect(summary(times)).toEqual({ n: 3, p50: 3, p95: 5, mean: 3 });
    expect(times).toEqual([5, 1, 3]);
  });
});

describe('pairedLatency', () => {
  it('alternates which of the two goes first and times both equally often', async () => {
    const calls: string[] = [];
    const [a, b] = await pairedLatency(
      async () => void calls.push('a'),
      async () => void calls.push('b'),
      { warmup: 1, min: 4, max: 4, budgetMs: 0 },
    );
    expect(calls.join('')).toBe('ab' + 'ab' + 'ba' + 'ab' + 'ba');
    expect(a.n).toBe(4);
    expect(b.n).toBe(4);
  });

  it('gives each function its own timings', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const [slow, fast] = await pairedLatency(
      () => sleep(25),
      async () => undefined,
      { warmup: 0, min: 3, max: 3, budgetMs: 0 },
    );
    expect(slow.p50).toBeGreaterThanOrEqual(20);
    expect(fast.p95).toBeLessThan(20);
  });
});
