import { describe, expect, it } from 'vitest';
import { isShownDuplicate } from './privacy.js';

describe('duplicates as far as the viewer may learn them', () => {
  it('two colleagues the viewer sees both of, or three and more, are a duplicate; two with one hidden are not', () => {
    expect(isShownDuplicate({ total: 2, shown: ['a', 'b'] })).toBe(true);
    expect(isShownDuplicate({ total: 2, shown: ['a'] })).toBe(false);
    expect(isShownDuplicate({ total: 2, shown: [] })).toBe(false);
    expect(isShownDuplicate({ total: 3, shown: [] })).toBe(true);
    expect(isShownDuplicate({ total: 1, shown: ['a'] })).toBe(false);
  });
});
