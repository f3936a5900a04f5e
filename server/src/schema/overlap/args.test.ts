import { describe, expect, it } from 'vitest';
import { scope } from './args.js';

describe('scope', () => {
  it.each<[readonly (string | number)[] | null | undefined, string[] | null]>([
    [null, null],
    [undefined, null],
    [['network:a'], ['network:a']],
    [
      ['network:a', 7],
      ['network:a', '7'],
    ],
  ])('%j is %j', (input, expected) => {
    expect(scope(input)).toEqual(expected);
  });

  it('refuses an empty list', () => {
    expect(() => scope([])).toThrow(/networks must not be empty/);
  });
});
