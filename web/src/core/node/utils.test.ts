import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/utils';
import type { DetailNode } from './types';
import { hiddenText, nodeTitle, relatedTo } from './utils';

const de = translator('de');

describe('node panel helpers', () => {
  it('titles a node by its title, else its name, else its id', () => {
    expect(nodeTitle({ __typename: 'Innovation', id: 'innovation:x', title: 'Vergabe-Wiki' } as DetailNode)).toBe('Vergabe-Wiki');
    expect(nodeTitle({ __typename: 'Topic', id: 'topic:ki', name: 'KI' } as DetailNode)).toBe('KI');
    expect(nodeTitle({ __typename: 'Topic', id: 'topic:ki', name: '' } as DetailNode)).toBe('topic:ki');
  });

  it('lists each related node once, its roles side by side, and leaves out hidden ones', () => {
    const org = { id: 'org:bmi', name: 'BMI' };
    expect(
      relatedTo(
        [
          { type: 'COORDINATES', node: org },
          { type: 'MEMBER_OF', node: org },
          { type: 'FUNDS', node: null },
        ],
        'de',
      ),
    ).toEqual([{ id: 'org:bmi', name: 'BMI', note: 'koordiniert, Mitglied', provenance: { synthetic: false, sources: [] } }]);
  });

  it('says in words which role is invented beside a documented one, and drops it for "nur Quellen"', () => {
    const next = { id: 'network:next', name: 'NExT' };
    const ki = { id: 'network:ki', name: 'KI-Campus' };
    const paper = { title: 'ÖFIT-Whitepaper' };
    const relations = [
      { type: 'MEMBER_OF', node: next, synthetic: false, sources: [paper] },
      { type: 'COORDINATES', node: next, synthetic: true, sources: [] },
      { type: 'MEMBER_OF', node: ki, synthetic: true, sources: [] },
    ];
    expect(relatedTo(relations, 'de')).toEqual([
      { ...next, note: 'Mitglied, koordiniert (Beispieldaten)', provenance: { synthetic: false, sources: [paper] } },
      { ...ki, note: 'Mitglied', provenance: { synthetic: true, sources: [] } },
    ]);
    expect(relatedTo(relations, 'de', 'real')).toEqual([
      { ...next, note: 'Mitglied', provenance: { synthetic: false, sources: [paper] } },
      { ...ki, note: 'Mitglied', provenance: { synthetic: true, sources: [] } },
    ]);
  });

  it('words the persons only counted, and says nothing when there are none', () => {
    expect(hiddenText({ exact: 0, fewerThan3: false }, de, 'employeesHidden')).toEqual([]);
    expect(hiddenText({ exact: 4, fewerThan3: false }, de, 'employeesHidden')).toEqual(['4 weitere ohne Namensfreigabe']);
    expect(hiddenText({ exact: null, fewerThan3: true }, de, 'colleaguesHidden')).toEqual(['weniger als 3 ohne Namensfreigabe']);
  });
});
