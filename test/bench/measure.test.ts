import { describe, expect, it } from 'vitest';
import { alternatingLatency, laneStats, ms, percentile, summary, throughput } from './measure';

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

describe('alternatingLatency', () => {
  it('alternates the order of the functions and times each equally often', async () => {
    const calls: string[] = [];
    const [a, b, c] = await alternatingLatency(
      ['a', 'b', 'c'].map((name) => async () => void calls.push(name)),
      { warmup: 1, min: 4, max: 4, budgetMs: 0 },
    );
    expect(calls.join('')).toBe('abc' + 'abc' + 'cba' + 'abc' + 'cba');
    expect([a?.n, b?.n, c?.n]).toEqual([4, 4, 4]);
  });

  it('gives each function its own timings', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const [slow, fast] = await alternatingLatency([() => sleep(25), async () => undefined], {
      warmup: 0,
      min: 3,
      max: 3,
      budgetMs: 0,
    });
    expect(slow?.p50).toBeGreaterThanOrEqual(20);
    expect(fast?.p95).toBeLessThan(20);
  });
});

describe('throughput', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('counts the calls of all clients', async () => {
    let calls = 0;
    const result = await throughput(
      async () => {
        calls += 1;
        await sleep(5);
      },
      4,
      60,
    );
    expect(result.requests).toBe(calls);
    expect(result.requests).toBeGreaterThanOrEqual(4);
    expect(result.rps).toBeGreaterThan(0);
  });

  it('stops every client when one call fails, and throws only after the calls in flight ended', async () => {
    let started = 0;
    let running = 0;
    const failing = async () => {
      started += 1;
      running += 1;
      try {
        // The third call fails at once; the others take a while.
        if (started === 3) throw new Error('boom');
        await sleep(40);
      } finally {
        running -= 1;
      }
    };
    await expect(throughput(failing, 4, 10_000)).rejects.toThrow('boom');
    expect(running).toBe(0);
    const after = started;
    await sleep(100);
    expect(started).toBe(after);
    expect(started).toBeLessThanOrEqual(4);
  });
});

describe('laneStats', () => {
  it('summarises waits, holds and queue samples of one lane', () => {
    const waits = Array.from({ length: 100 }, (_, i) => i + 1);
    const stats = laneStats(waits, [5, 1, 3], [0, 2, 4]);
    expect(stats).toEqual({
      operations: 100,
      waitMs: { p50: 50, p99: 99, max: 100 },
      holdMs: { p50: 3, p99: 5 },
      queued: { mean: 2, max: 4 },
    });
  });

  it('says nothing is waiting for a lane that saw nothing', () => {
    expect(laneStats([], [], [])).toMatchObject({ operations: 0, queued: { mean: 0, max: 0 } });
  });
});

describe('ms', () => {
  it('writes a dash where a lane had no operations, also after the figures crossed JSON (NaN becomes null)', () => {
    const empty = JSON.parse(JSON.stringify(laneStats([], [], [])));
    expect(empty.waitMs.p50).toBeNull();
    expect(ms(empty.waitMs.p50)).toBe('–');
    expect(ms(Number.NaN)).toBe('–');
    expect(ms(4.567)).toBe('4.57');
    expect(ms(1234.5)).toBe('1235');
  });
});
