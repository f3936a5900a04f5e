import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/utils';
import { formatListTotal, formatPersonCount, lowerBound, sumPersonCounts } from './index';

const de = translator('de');
const en = translator('en');

describe('person counts', () => {
  it('shows exact counts as numbers and withheld ones in words', () => {
    expect(formatPersonCount({ exact: 7, fewerThan3: false }, de)).toBe('7');
    expect(formatPersonCount({ exact: 0, fewerThan3: false }, de)).toBe('0');
    expect(formatPersonCount({ exact: null, fewerThan3: true }, de)).toBe('weniger als 3');
    expect(formatPersonCount({ exact: null, fewerThan3: true }, en)).toBe('fewer than 3');
    expect(formatPersonCount({ exact: null, fewerThan3: false }, de)).toBe('mindestens 3');
  });

  it('sums exactly only when every part is exact', () => {
    expect(
      sumPersonCounts([
        { exact: 3, fewerThan3: false },
        { exact: 0, fewerThan3: false },
      ]),
    ).toEqual({ exact: 3, fewerThan3: false });
    const withheld = sumPersonCounts([
      { exact: 4, fewerThan3: false },
      { exact: null, fewerThan3: true },
    ]);
    expect(withheld).toEqual({ exact: null, fewerThan3: false, atLeast: 5 });
    expect(formatPersonCount(withheld, de)).toBe('mindestens 5');
    expect(
      sumPersonCounts([
        { exact: 0, fewerThan3: false },
        { exact: null, fewerThan3: true },
      ]).fewerThan3,
    ).toBe(true);
    expect(
      sumPersonCounts([
        { exact: null, fewerThan3: true },
        { exact: null, fewerThan3: true },
      ]).fewerThan3,
    ).toBe(false);
    expect(
      lowerBound(
        sumPersonCounts([
          { exact: null, fewerThan3: true },
          { exact: null, fewerThan3: true },
        ]),
      ),
    ).toBe(2);
  });

  it('tells a list total with its hidden part', () => {
    expect(formatListTotal(4, { exact: 3, fewerThan3: false }, de)).toBe('7');
    expect(formatListTotal(4, { exact: null, fewerThan3: true }, de)).toBe('4 + weniger als 3 ohne Namensfreigabe');
  });
});
