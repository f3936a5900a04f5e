import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ATTACK_NONCE,
  aliased,
  appRequests,
  Book,
  cpuTicks,
  fresh,
  goalChecks,
  metered,
  outcomeOf,
  planOf,
  positiveInt,
  rotate,
} from './load';

describe('outcomeOf', () => {
  it('takes a 2xx without GraphQL errors as ok', () => {
    expect(outcomeOf(200, '{"data":{"a":1}}')).toEqual({ outcome: 'ok' });
  });

  it('takes a 2xx whose body carries errors as an error, with the code', () => {
    expect(outcomeOf(200, '{"data":null,"errors":[{"message":"x","extensions":{"code":"TIMEOUT"}}]}')).toEqual({
      outcome: 'error',
      reason: '200 TIMEOUT',
    });
  });

  it('counts 503 BUSY apart from other 503s and other statuses', () => {
    expect(outcomeOf(503, '{"errors":[{"message":"busy","extensions":{"code":"BUSY"}}]}')).toEqual({ outcome: 'busy', reason: '503 BUSY' });
    expect(outcomeOf(503, '{"errors":[{"message":"away","extensions":{"code":"UNAVAILABLE"}}]}')).toEqual({
      outcome: 'error',
      reason: '503 UNAVAILABLE',
    });
    expect(outcomeOf(500, 'oops')).toEqual({ outcome: 'error', reason: '500' });
  });

  it('does not read a compressed body, whatever the case of the header name', () => {
    expect(outcomeOf(200, '\u0000"errors"garbled', { 'Content-Encoding': 'br' })).toEqual({ outcome: 'ok' });
    expect(outcomeOf(200, '"errors" garbled')).toEqual({ outcome: 'error', reason: '200 unreadable body' });
  });
});

describe('Book', () => {
  it('keeps figures per key: count, rate, percentiles, errors and refusals by reason', () => {
    const book = new Book();
    for (let i = 1; i <= 100; i++) book.record(['cheap', 'op A'], i, 'ok');
    book.record(['cheap'], 5000, 'busy', '503 BUSY');
    book.record(['cheap'], 7000, 'error', '504 TIMEOUT');
    const cheap = book.figures('cheap', 2);
    expect(cheap).toMatchObject({ requests: 102, rps: 51, p50: 51, p99: 5000, max: 7000, errors: 1, busy: 1 });
    expect(cheap.reasons).toEqual({ '503 BUSY': 1, '504 TIMEOUT': 1 });
    expect(book.figures('op A', 1)).toMatchObject({ requests: 100, p99: 99, errors: 0, busy: 0 });
    expect(book.keys().sort()).toEqual(['cheap', 'op A']);
  });

  it('gives no percentiles for a key it never saw', () => {
    expect(new Book().figures('x', 1)).toMatchObject({ requests: 0, p99: Number.NaN });
  });
});

describe('goalChecks', () => {
  const figures = (p99: number, errors = 0, busy = 0) => ({ requests: 1, rps: 1, p50: 1, p99, max: p99, errors, busy, reasons: {} });
  const met = (alone: number, attacked: number, extra: Partial<Parameters<typeof goalChecks>[0]> = {}) =>
    goalChecks({ alone: figures(alone), attacked: figures(attacked), socketErrors: { alone: 0, attacked: 0 }, ...extra }).map((g) => g.met);

  it('holds p99 alone under one second and under attack to at most twice that', () => {
    expect(met(999, 1998)).toEqual([true, true, true]);
    expect(met(1000, 1000)).toEqual([true, false, true]);
    expect(met(400, 801)).toEqual([true, true, false]);
  });

  it('counts errors, refusals and socket errors of both runs against zero errors', () => {
    expect(met(10, 10, { attacked: figures(10, 0, 1) })[0]).toBe(false);
    expect(met(10, 10, { alone: figures(10, 1) })[0]).toBe(false);
    expect(met(10, 10, { socketErrors: { alone: 0, attacked: 2 } })[0]).toBe(false);
  });
});

describe('cpuTicks', () => {
  it('adds user and system time, even when the command name has spaces and parentheses', () => {
    const stat = '4242 (node (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 0 0 20 0 11 0 100 1000 200';
    expect(cpuTicks(stat)).toBe(1234 + 567);
  });
});

describe('rotate', () => {
  it('starts at the offset and wraps, for any offset', () => {
    expect(rotate([1, 2, 3], 1)).toEqual([2, 3, 1]);
    expect(rotate([1, 2, 3], 4)).toEqual([2, 3, 1]);
    expect(rotate([1, 2, 3], -1)).toEqual([3, 1, 2]);
    expect(rotate([], 3)).toEqual([]);
  });
});

describe('aliased', () => {
  const perAlias = (each: number) => (query: string) => (query.match(/\ba\d+:/g)?.length ?? 0) * each;

  it('aliases as often as the cost limit allows', () => {
    const attack = aliased((i) => `f(n: ${i}) { x }`, perAlias(3000), { aliases: 15, cost: 25_000 });
    expect(attack).toMatchObject({ aliases: 8, cost: 24_000 });
    const document = parse(attack?.query ?? '');
    expect(document.definitions).toHaveLength(1);
    expect(attack?.query).toContain('a7: f(n: 7) { x }');
    expect(attack?.query).not.toContain('a8:');
  });

  it('differs from one request to the next only in a comment, so no answer cache can serve it', () => {
    const attack = aliased((i) => `f(n: ${i}) { x }`, perAlias(3000), { aliases: 15, cost: 25_000 });
    const body = JSON.stringify({ query: attack?.query });
    const [one, two] = [fresh(body), fresh(body)];
    expect(one).not.toBe(two);
    expect(one).not.toContain(ATTACK_NONCE);
    const printed = (text: string) => print(parse(JSON.parse(text).query));
    expect(printed(one)).toBe(printed(two));
    expect(printed(one)).toBe(print(parse(attack?.query ?? '')));
  });

  it('stops at the alias limit, and gives null when not even one fits', () => {
    expect(aliased(() => 'f', perAlias(1), { aliases: 15, cost: 25_000 })?.aliases).toBe(15);
    expect(aliased(() => 'f', perAlias(30_000), { aliases: 15, cost: 25_000 })).toBeNull();
  });
});

describe('positiveInt', () => {
  it('takes whole numbers from one up and names the option otherwise', () => {
    expect(positiveInt('--clients', '100')).toBe(100);
    expect(() => positiveInt('--clients', '0')).toThrow(/--clients/);
    expect(() => positiveInt('--duration', '1.5')).toThrow(/--duration/);
    expect(() => positiveInt('--duration', undefined)).toThrow(/--duration/);
  });
});

describe('appRequests', () => {
  it('sends every query of a visitor without an account by GET, with variables, and no mutation', () => {
    const pools = { networks: ['network:gen-0001', 'network:gen-0002'], authorities: ['org:gen-a'], terms: ['Daten'] };
    const ids = { network: 'network:gen-0001', authority: 'org:gen-a', from: 'org:gen-a', to: 'org:gen-b', unreachable: 'org:bka' };
    const requests = appRequests(pools, ids, 0);
    const ops = requests.map((r) => r.op);
    expect(ops).toEqual(expect.arrayContaining(['Landscape', 'Search', 'OverlapPair', 'Coverage']));
    expect(ops).not.toContain('MyAuthority');
    expect(
      ops.some((op) => /^(Update|Set|Add|Remove|Accept|Reject|Undo|Declare|End|Report|Join|Erase|Correct|Export|Confirm|Preview)/.test(op)),
    ).toBe(false);
    for (const r of requests) expect(r.method).toBe('GET');
    // By hash, as the app sends them, never as text; their cost is that of the text the server runs.
    for (const r of requests) {
      const params = new URL(r.path, 'http://x').searchParams;
      expect(params.has('query')).toBe(false);
      expect(JSON.parse(params.get('extensions') ?? '{}').persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.cost).toBeGreaterThan(0);
    }
  });
});

describe('planOf', () => {
  const plans = Array.from({ length: 7 }, (_, j) => [`v${j}a`, `v${j}b`]);

  it('shares variants among clients when there are fewer of them', () => {
    expect(planOf(plans, 9, 100)).toEqual(['v2a', 'v2b']);
  });

  it('gives each client its own share of the variants when there are more than clients', () => {
    const shares = [0, 1, 2].map((k) => planOf(plans, k, 3));
    expect(shares[0]).toEqual(['v0a', 'v0b', 'v3a', 'v3b', 'v6a', 'v6b']);
    expect(shares[2]).toEqual(['v2a', 'v2b', 'v5a', 'v5b']);
    // Every variant once, none twice.
    expect(shares.flat().sort()).toEqual(plans.flat().sort());
  });
});

describe('metered', () => {
  it('reads the answer cache and the statements from the server’s metrics', () => {
    const text = [
      'netzwerkatlas_answer_cache_total{outcome="hit"} 12',
      'netzwerkatlas_answer_cache_total{outcome="computed"} 3',
      'netzwerkatlas_neo4j_statement_duration_seconds_sum{statement="people/colleagues",outcome="ok"} 1.5',
      'netzwerkatlas_neo4j_statement_duration_seconds_count{statement="people/colleagues",outcome="ok"} 10',
      'netzwerkatlas_neo4j_statement_duration_seconds_sum{statement="people/colleagues",outcome="TIMEOUT"} 2.5',
      'netzwerkatlas_neo4j_statement_duration_seconds_count{statement="people/colleagues",outcome="TIMEOUT"} 1',
    ].join('\n');
    const m = metered(text);
    expect(m.cache).toEqual({ hit: 12, computed: 3, passed: 0 });
    expect(m.statements.get('people/colleagues')).toEqual({ seconds: 4, count: 11 });
  });
});
