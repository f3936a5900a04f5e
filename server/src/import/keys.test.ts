import { describe, expect, it } from 'vitest';
import { agsOfArs, checkAgs, checkAgsMatchesArs, checkArs, checkPvogId, checkWikidataId } from './keys.js';

describe('official keys', () => {
  it('accepts a real AGS and ARS and relates them', () => {
    expect(checkAgs('05315000', 'DE-NW')).toBeNull();
    expect(checkArs('053150000000', 'DE-NW')).toBeNull();
    expect(agsOfArs('053150000000')).toBe('05315000');
    expect(checkAgsMatchesArs('05315000', '053150000000')).toBeNull();
  });

  it('refuses wrong lengths, letters, Land prefixes beyond 16 and a prefix of another Land', () => {
    expect(checkAgs('5315000')?.de).toMatch(/fehlt die führende Null \(05315000\)/);
    expect(checkAgs('531500')?.de).toMatch(/genau 8 Ziffern/);
    expect(checkAgs('0531500X')?.en).toMatch(/exactly 8 digits/);
    expect(checkAgs('17315000')?.de).toMatch(/01 bis 16/);
    expect(checkAgs('05315000', 'DE-BY')?.de).toMatch(/DE-NW.*DE-BY/);
    expect(checkArs('05315000000')?.de).toMatch(/12 Ziffern/);
    expect(checkAgsMatchesArs('05315000', '051110000000')?.de).toMatch(/passen nicht/);
  });

  it('checks PVOG and Wikidata ids by form', () => {
    expect(checkPvogId('L100012.OE.225060530')).toBeNull();
    expect(checkPvogId('L100012-OE-225060530')).not.toBeNull();
    expect(checkWikidataId('Q365')).toBeNull();
    expect(checkWikidataId('Q0')).not.toBeNull();
    expect(checkWikidataId('365')).not.toBeNull();
  });
});
