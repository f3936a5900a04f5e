import { describe, expect, it } from 'vitest';
import { fold, matchAuthority, nameKey } from './match.js';

const known = [
  { id: 'org:stadt-koeln', name: 'Stadt Köln', ags: '05315000' },
  { id: 'org:muenchen', name: 'Landeshauptstadt München', ags: '09162000' },
  { id: 'org:lk-muenchen', name: 'Landkreis München', ags: '09184000' },
  { id: 'org:bmi', name: 'Bundesministerium des Innern und für Heimat' },
];

describe('authority matching', () => {
  it('folds umlauts and case as people type them', () => {
    expect(fold('Köln Straße ÜBER')).toBe('koeln strasse ueber');
    expect(nameKey('Köln, Stadt')).toEqual(nameKey('Stadtverwaltung Köln'));
  });

  it.each(['Stadt Köln', 'Köln, Stadt', 'Koeln', 'Stadtverwaltung Köln', 'stadt koeln'])('links "%s" to Stadt Köln', (name) => {
    expect(matchAuthority({ name }, known)).toEqual({ kind: 'certain', id: 'org:stadt-koeln', by: 'name' });
  });

  it('lets an official key decide over the name', () => {
    expect(matchAuthority({ name: 'Irgendwas', ags: '09184000' }, known)).toEqual({ kind: 'certain', id: 'org:lk-muenchen', by: 'ags' });
  });

  it('never matches a name whose key says it is another body', () => {
    expect(matchAuthority({ name: 'Stadt Köln', ags: '05111000' }, known)).toEqual({ kind: 'none' });
  });

  it('sends an ambiguous name to review instead of guessing', () => {
    const m = matchAuthority({ name: 'München' }, known);
    expect(m.kind).toBe('uncertain');
    expect(m.kind === 'uncertain' && m.candidates.map((c) => c.id).sort()).toEqual(['org:lk-muenchen', 'org:muenchen']);
  });

  it('tells city from district when the import says which', () => {
    expect(matchAuthority({ name: 'Landkreis München' }, known)).toEqual({ kind: 'certain', id: 'org:lk-muenchen', by: 'name' });
    expect(matchAuthority({ name: 'Stadt München' }, known)).toEqual({ kind: 'certain', id: 'org:muenchen', by: 'name' });
  });

  it('offers a typo for review, never links it', () => {
    const m = matchAuthority({ name: 'Bundesministerium des Inneren und für Heimat' }, known);
    expect(m).toEqual({
      kind: 'uncertain',
      candidates: [{ id: 'org:bmi', name: 'Bundesministerium des Innern und für Heimat', reason: 'nearly the same name' }],
    });
  });

  it('finds nothing for an unknown body', () => {
    expect(matchAuthority({ name: 'Stadt Hamburg' }, known)).toEqual({ kind: 'none' });
  });
});
