import { describe, expect, it } from 'vitest';
import { decodeMatrixPairs, encodeMatrixPairs } from './matrixRows';
import { Random } from './random.js';

describe('matrix rows as text', () => {
  it('encodes rank:shared pairs and reads them back', () => {
    expect(encodeMatrixPairs([3, 7, 120], [12, 1, 4051])).toBe('3:12,7:1,120:4051');
    expect(decodeMatrixPairs('3:12,7:1,120:4051')).toEqual({ partners: [3, 7, 120], shared: [12, 1, 4051] });
    expect(encodeMatrixPairs([], [])).toBe('');
    expect(decodeMatrixPairs('')).toEqual({ partners: [], shared: [] });
  });

  it('keeps only the pairs that share at least minShared', () => {
    expect(decodeMatrixPairs('3:12,7:1,9:2,120:4051', 2)).toEqual({ partners: [3, 9, 120], shared: [12, 2, 4051] });
    expect(decodeMatrixPairs('0:1', 2)).toEqual({ partners: [], shared: [] });
  });

  it('round-trips random rows', () => {
    const random = new Random(7);
    for (let n = 0; n < 50; n++) {
      const length = random.int(0, 400);
      const partners = Array.from({ length }, () => random.int(0, 5000));
      const shared = Array.from({ length }, () => random.int(0, 100_000));
      expect(decodeMatrixPairs(encodeMatrixPairs(partners, shared), 0)).toEqual({ partners, shared });
    }
  });

  it('refuses what it did not write', () => {
    expect(() => encodeMatrixPairs([1, 2], [3])).toThrow(/2 partners but 1 counts/);
    expect(() => encodeMatrixPairs([-1], [3])).toThrow(/not two non-negative integers/);
    expect(() => encodeMatrixPairs([1.5], [3])).toThrow(/not two non-negative integers/);
    for (const bad of ['3', '3:', ':3', '3:4,', '3:4,,5:6', '3:4:5', '3;4', '3:-4', ' 3:4']) {
      expect(() => decodeMatrixPairs(bad), bad).toThrow(SyntaxError);
    }
  });
});
