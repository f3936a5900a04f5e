// Turns a Landscape (the real one, or a demo or generated one in the same shape) into load
// steps for load.ts. Checks every reference first: MATCH … MERGE would silently drop a relation
// whose endpoint is missing, so a broken reference is an error before anything is written.

import type { Landscape, OrganisationSeed } from './landscape/types.js';
import type { LoadStep, Row } from './load.js';

export const ORG_NETWORK_RELATION_TYPES = ['COORDINATES', 'HOSTS', 'FUNDS', 'PROVIDES_CONTENT', 'MEMBER_OF'] as const;

export class LandscapeError extends Error {
  override name = 'LandscapeError';
  constructor(readonly problems: string[]) {
    super(`seed: the landscape has ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
}

/** Drops undefined values so that `SET n = row` stores only what is known. */
function clean(record: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}

/** Every problem of the landscape's references and ids, as readable lines (empty when fine). */
export function checkLandscape(l: Landscape): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const add = (id: string, kind: string) => {
    if (ids.has(id)) problems.push(`duplicate id ${id} (${kind} and ${ids.get(id)})`);
    ids.set(id, kind);
  };
  for (const t of l.topics) add(t.id, 'topic');
  for (const n of l.networks) add(n.id, 'network');
  for (const o of l.organisations) add(o.id, 'organisation');
  for (const i of l.innovations) add(i.id, 'innovation');
  for (const e of l.events) add(e.id, 'event');
  const orgs = new Map(l.organisations.map((o) => [o.id, o]));
  const expect = (id: string | undefined, kind: string, where: string) => {
    if (id !== undefined && ids.get(id) !== kind) problems.push(`${where}: unknown ${kind} ${id}`);
  };
  for (const t of l.topics) expect(t.parent, 'topic', `topic ${t.id} parent`);
  for (const n of l.networks) {
    expect(n.partOf, 'network', `network ${n.id} partOf`);
    for (const t of n.topics) expect(t, 'topic', `network ${n.id} topics`);
  }
  for (const o of l.organisations) {
    expect(o.parent, 'organisation', `organisation ${o.id} parent`);
    if (o.roles.length === 0) problems.push(`organisation ${o.id} has no role`);
    if (o.parent && !orgs.get(o.parent)?.roles.includes('AUTHORITY')) {
      problems.push(`organisation ${o.id} parent ${o.parent} is not an authority`);
    }
  }
  for (const r of l.relations) {
    expect(r.from, 'organisation', `relation ${r.type} from`);
    expect(r.to, 'network', `relation ${r.type} ${r.from} to`);
    if (!ORG_NETWORK_RELATION_TYPES.includes(r.type)) problems.push(`relation type ${r.type} is not allowed`);
    const org = orgs.get(r.from);
    if (org && r.type === 'MEMBER_OF' && !org.roles.includes('AUTHORITY')) {
      problems.push(`relation MEMBER_OF from ${r.from}: only authorities are members`);
    }
  }
  for (const i of l.innovations) {
    expect(i.emergedIn, 'network', `innovation ${i.id} emergedIn`);
    for (const t of i.topics) expect(t, 'topic', `innovation ${i.id} topics`);
    for (const a of i.adoptedBy ?? []) {
      expect(a.authority, 'organisation', `innovation ${i.id} adoptedBy`);
      if (orgs.get(a.authority) && !orgs.get(a.authority)?.roles.includes('AUTHORITY')) {
        problems.push(`innovation ${i.id} adoptedBy ${a.authority}: not an authority`);
      }
    }
  }
  for (const e of l.events) expect(e.network, 'network', `event ${e.id} network`);
  return problems;
}

const isAuthority = (o: OrganisationSeed | undefined) => o?.roles.includes('AUTHORITY') ?? false;

/** The load steps that write the landscape; throws LandscapeError before writing anything. */
export function landscapeSteps(l: Landscape, synthetic = false): LoadStep[] {
  const problems = checkLandscape(l);
  if (problems.length > 0) throw new LandscapeError(problems);
  const orgs = new Map(l.organisations.map((o) => [o.id, o]));
  const flag = { synthetic };

  return [
    {
      statement: 'seed/merge-topics',
      rows: l.topics.map((t) => clean({ id: t.id, name: t.name, nameEn: t.nameEn, source: t.source, ...flag })),
    },
    {
      statement: 'seed/merge-topic-parents',
      rows: l.topics.filter((t) => t.parent).map((t) => ({ from: t.id, to: t.parent, source: t.source, ...flag })),
    },
    {
      statement: 'seed/merge-networks',
      rows: l.networks.map(({ topics: _topics, partOf: _partOf, ...n }) => clean({ ...n, ...flag })),
    },
    {
      statement: 'seed/merge-network-parents',
      rows: l.networks.filter((n) => n.partOf).map((n) => ({ from: n.id, to: n.partOf, source: n.source, ...flag })),
    },
    {
      statement: 'seed/merge-network-topics',
      rows: l.networks.flatMap((n) => n.topics.map((t) => ({ from: n.id, to: t, source: n.source, ...flag }))),
    },
    {
      statement: 'seed/merge-authorities',
      rows: l.organisations.filter(isAuthority).map(({ roles, parent: _parent, ...o }) => ({
        props: clean({ ...o, ...flag }),
        umbrella: roles.includes('UMBRELLA'),
      })),
    },
    {
      statement: 'seed/merge-umbrellas',
      rows: l.organisations
        .filter((o) => !isAuthority(o))
        .map(({ roles: _roles, parent: _parent, authorityType: _t, ags: _ags, ...o }) => clean({ ...o, ...flag })),
    },
    {
      statement: 'seed/merge-authority-parents',
      rows: l.organisations.filter((o) => o.parent).map((o) => ({ from: o.id, to: o.parent, source: o.source, ...flag })),
    },
    ...(['authority', 'umbrella'] as const).map((kind) => ({
      statement: `seed/merge-${kind}-network-relations`,
      rows: l.relations
        .filter((r) => isAuthority(orgs.get(r.from)) === (kind === 'authority'))
        .map((r) => ({ from: r.from, to: r.to, type: r.type, props: clean({ since: r.since, note: r.note, source: r.source, ...flag }) })),
    })),
    {
      statement: 'seed/merge-innovations',
      rows: l.innovations.map(({ topics: _t, adoptedBy: _a, emergedIn, ...i }) => ({ props: clean({ ...i, ...flag }), emergedIn })),
    },
    {
      statement: 'seed/merge-innovation-topics',
      rows: l.innovations.flatMap((i) => i.topics.map((t) => ({ from: i.id, to: t, source: i.source, ...flag }))),
    },
    {
      statement: 'seed/merge-adoptions',
      rows: l.innovations.flatMap((i) =>
        (i.adoptedBy ?? []).map((a) => ({ from: i.id, to: a.authority, props: clean({ note: a.note, source: a.source, ...flag }) })),
      ),
    },
    {
      statement: 'seed/merge-events',
      rows: l.events.map(({ network, ...e }) => ({ props: clean({ ...e, ...flag }), network })),
    },
  ].filter((step) => step.rows.length > 0);
}
