// The real landscape holds together: ids are unique and readable, every reference points at a
// record of the right kind, every fact names its documents, hierarchies have no cycles, and the
// facts the product leans on (the five studied networks, BMI, BSI, the KGSt term) are there.

import { describe, expect, it } from 'vitest';
import { checkLandscape } from '../steps.js';
import { landscape, SOURCES } from './index.js';

const { topics, networks, organisations, relations, innovations, events } = landscape;

const idsOf = (records: { id: string }[]) => new Set(records.map((r) => r.id));
const topicIds = idsOf(topics);
const networkIds = idsOf(networks);
const organisationIds = idsOf(organisations);
const authorityIds = new Set(organisations.filter((o) => o.roles.includes('AUTHORITY')).map((o) => o.id));

const network = (id: string) => networks.find((n) => n.id === id);
const organisation = (id: string) => organisations.find((o) => o.id === id);

describe('ids', () => {
  it('are unique across all kinds', () => {
    const all = [...topics, ...networks, ...organisations, ...innovations, ...events].map((r) => r.id);
    const duplicates = all.filter((id, i) => all.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it.each([
    ['topics', topics, 'topic'],
    ['networks', networks, 'network'],
    ['organisations', organisations, 'org'],
    ['innovations', innovations, 'innovation'],
    ['events', events, 'event'],
  ] as const)('%s are lowercase slugs with the prefix %s:', (_kind, records, prefix) => {
    for (const { id } of records) expect(id).toMatch(new RegExp(`^${prefix}:[a-z0-9]+(-[a-z0-9]+)*$`));
  });
});

describe('references', () => {
  const table: [string, string[], Set<string>][] = [
    ['topic parent', topics.flatMap((t) => (t.parent ? [t.parent] : [])), topicIds],
    ['network partOf', networks.flatMap((n) => (n.partOf ? [n.partOf] : [])), networkIds],
    ['network topics', networks.flatMap((n) => n.topics), topicIds],
    ['organisation parent', organisations.flatMap((o) => (o.parent ? [o.parent] : [])), authorityIds],
    ['relation from', relations.map((r) => r.from), organisationIds],
    ['relation to', relations.map((r) => r.to), networkIds],
    ['MEMBER_OF from', relations.filter((r) => r.type === 'MEMBER_OF').map((r) => r.from), authorityIds],
    ['innovation emergedIn', innovations.map((i) => i.emergedIn), networkIds],
    ['innovation topics', innovations.flatMap((i) => i.topics), topicIds],
    ['innovation adoptedBy', innovations.flatMap((i) => (i.adoptedBy ?? []).map((a) => a.authority)), authorityIds],
    ['event network', events.map((e) => e.network), networkIds],
  ];

  it.each(table)('every %s exists with the right prefix', (_label, refs, known) => {
    const prefix = [...known][0]?.split(':')[0];
    for (const ref of refs) {
      expect(ref.startsWith(`${prefix}:`), ref).toBe(true);
      expect(known.has(ref), ref).toBe(true);
    }
  });

  it('pass the loader check', () => {
    expect(checkLandscape(landscape)).toEqual([]);
  });

  it('no relation is stated twice', () => {
    const keys = relations.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('sources', () => {
  const sourced: [string, { source: string[] }[]][] = [
    ['topics', topics],
    ['networks', networks],
    ['organisations', organisations],
    ['relations', relations],
    ['innovations', innovations],
    ['adoptions', innovations.flatMap((i) => i.adoptedBy ?? [])],
    ['events', events],
  ];

  it.each(sourced)('every one of the %s names at least one known document', (_kind, records) => {
    for (const record of records) {
      expect(record.source.length, JSON.stringify(record).slice(0, 80)).toBeGreaterThan(0);
      for (const id of record.source) expect(Object.keys(SOURCES)).toContain(id);
      expect(new Set(record.source).size).toBe(record.source.length);
    }
  });

  it('every document is used', () => {
    const used = new Set(sourced.flatMap(([, records]) => records.flatMap((r) => r.source)));
    expect([...used].sort()).toEqual(Object.keys(SOURCES).sort());
  });

  it('no individual person is named', () => {
    const text = JSON.stringify(landscape);
    for (const name of ['Handschuh', 'Hill', 'Amberger', 'Fuhrmann', 'Thapa', 'Sage', 'Lyytinen', 'Provan', 'Kenis']) {
      expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});

describe('hierarchies', () => {
  /** The first id whose chain of parents comes back to itself, or undefined. */
  const firstCycle = (parentOf: Map<string, string | undefined>) => {
    for (const start of parentOf.keys()) {
      const seen = new Set<string>();
      for (let id: string | undefined = start; id !== undefined; id = parentOf.get(id)) {
        if (seen.has(id)) return start;
        seen.add(id);
      }
    }
    return undefined;
  };

  it.each([
    ['topic parent', new Map(topics.map((t) => [t.id, t.parent]))],
    ['network partOf', new Map(networks.map((n) => [n.id, n.partOf]))],
    ['organisation parent', new Map(organisations.map((o) => [o.id, o.parent]))],
  ])('%s has no cycle', (_label, parentOf) => {
    expect(firstCycle(parentOf)).toBeUndefined();
  });
});

describe('the landscape the sources give', () => {
  it('has at least 20 networks and 20 organisations', () => {
    expect(networks.length).toBeGreaterThanOrEqual(20);
    expect(organisations.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    'network:dvnw',
    'network:kern-community',
    'network:kgst-innovationszirkel-agilitaet',
    'network:ki-campus-polizei',
    'network:next-community-wissensmanagement',
  ])('studied network %s has typology and governance', (id) => {
    const n = network(id);
    expect(n?.typology).toBeDefined();
    expect(n?.governance).toBeDefined();
    expect(n?.classificationNote).toBeDefined();
  });

  it('only the five studied networks carry a typology (the demo layer relies on it)', () => {
    expect(networks.filter((n) => n.typology).length).toBe(5);
  });

  it.each([
    'network:next-community-wissensmanagement',
    'network:next-community-agilitaet',
    'network:next-community-cloud',
    'network:next-community-ki-digitale-ethik',
    'network:next-community-innovationsmanagement',
    'network:next-community-interne-beratung',
  ])('%s is part of the NExT network', (id) => {
    expect(network(id)?.partOf).toBe('network:next');
  });

  it('BMI is authority and umbrella and coordinates the KI-Campus der Polizei', () => {
    expect(organisation('org:bmi')?.roles).toEqual(expect.arrayContaining(['AUTHORITY', 'UMBRELLA']));
    expect(relations).toContainEqual(expect.objectContaining({ from: 'org:bmi', type: 'COORDINATES', to: 'network:ki-campus-polizei' }));
  });

  it.each(['org:bka', 'org:bsi', 'org:zitis'])('%s is under the BMI', (id) => {
    expect(organisation(id)?.parent).toBe('org:bmi');
  });

  it('BSI provides the content of the NExT community Wissensmanagement, NExT e.V. organises it', () => {
    expect(relations).toContainEqual(
      expect.objectContaining({ from: 'org:bsi', type: 'PROVIDES_CONTENT', to: 'network:next-community-wissensmanagement' }),
    );
    expect(relations).toContainEqual(
      expect.objectContaining({ from: 'org:next-ev', type: 'COORDINATES', to: 'network:next-community-wissensmanagement' }),
    );
  });

  it('the KGSt circle Agilität runs until April 2026', () => {
    expect(network('network:kgst-innovationszirkel-agilitaet')?.termEnd).toMatch(/^2026-04/);
  });

  it.each([
    ['network termEnd', networks.flatMap((n) => (n.termEnd ? [n.termEnd] : []))],
    ['event date', events.flatMap((e) => (e.date ? [e.date] : []))],
    ['relation since', relations.flatMap((r) => (r.since ? [r.since] : []))],
  ])('every %s is an ISO date (year, month or day precision)', (_label, dates) => {
    for (const date of dates) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });
});
