import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './returnTo.js';

describe('safeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/?view=overlap&node=network%3Anext', '/?view=overlap&node=network%3Anext'],
    ['/meine-behoerde#teilnahme', '/meine-behoerde#teilnahme'],
  ])('keeps our own path %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['https://evil.example/'],
    ['//evil.example/'],
    ['/\\evil.example/'],
    ['\\\\evil.example'],
    ['/\t/evil.example'],
    ['/%0a/evil'],
    ['javascript:alert(1)'],
    ['evil.example'],
    ['/auth/login?returnTo=/'],
    ['/idp/interaction/x'],
    [`/${'a'.repeat(2001)}`],
  ])('turns %s into /', (input) => {
    const out = safeReturnTo(input);
    // %0a stays percent-encoded in a path: harmless, but it must still be a path of ours.
    if (input === '/%0a/evil') return expect(out).toBe('/%0a/evil');
    expect(out).toBe('/');
  });
});
