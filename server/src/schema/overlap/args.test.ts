import { describe, expect, it } from 'vitest';
import { NETWORKS_SCOPE, scope } from './args.js';

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

  it('refuses an empty list, and takes ids of either kind', () => {
    const empty = NETWORKS_SCOPE.validate.safeParse([]);
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toMatch(/networks must not be empty/);
    expect(NETWORKS_SCOPE.validate.safeParse(['network:a', 7]).success).toBe(true);
  });
});
