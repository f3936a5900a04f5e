// Consent per participation, the privacy matrix: every field that can reveal a person, through
// nested paths and aliases, asked by every role, for every visibility the person can give, over
// GraphQL against the real Neo4j. One person (the "subject") works at authority A, takes part in
// network N and attended its event E, reported an adoption; around them a colleague at A (not in
// N), staff of another authority B, a fellow participant of N (at B), a coordinator of N (their
// authority C coordinates it), A's innovation office, an administrator, and the subject
// themselves. The expectation is the specification written out (docs/privacy.md), not the code:
//
//   visibility   who sees the subject's participation in N and attendance at E
//   PRIVATE      the subject only (everyone else: counts)
//   AUTHORITY    + colleagues at A (not A's innovation office)
//   NETWORK      + fellow participants and coordinators of N
//   PUBLIC       + everyone, anonymous included
//
// Besides: nobody widens another's visibility, the self-service mutations are idempotent and
// audited without content, and counts below 3 are never exact.

import { load } from '@netzwerkatlas/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountingDb, testDb } from '../helpers/api.js';
import { apiAs, type TestSignIn, type ViewerCall } from '../helpers/viewers.js';

const px = `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const ID = {
  a: `org:${px}-a`,
  b: `org:${px}-b`,
  c: `org:${px}-c`,
  n: `network:${px}-n`,
  m: `network:${px}-m`,
  q: `network:${px}-q`,
  t: `topic:${px}-t`,
  e: `event:${px}-e`,
  i: `innovation:${px}-i`,
};
const domain = `${px}-a.example`;

interface FixturePerson {
  id: string;
  name: string;
  jobTitle: string;
  email: string;
  at: string;
  roles?: string[];
}
const person = (key: string, at: string, roles: string[] = []): FixturePerson => ({
  id: `person:${px}-${key}`,
  name: `Name${key}${px}`,
  jobTitle: `Titel${key}${px}`,
  email: `${key}.${px}@${at === ID.a ? domain : `${px}-other.example`}`,
  at,
  roles,
});
const P = {
  subject: person('subject', ID.a),
  colleagueInN: person('colleague2', ID.a),
  colleague: person('colleague', ID.a),
  other: person('other', ID.b),
  fellow: person('fellow', ID.b),
  coordinator: person('coordinator', ID.c),
  office: person('office', ID.a, ['INNOVATION_OFFICE']),
};

const ROLES = ['anonymous', 'self', 'staffSame', 'staffOther', 'fellow', 'coordinator', 'office', 'admin'] as const;
type Role = (typeof ROLES)[number];
const VISIBILITIES = ['PRIVATE', 'AUTHORITY', 'NETWORK', 'PUBLIC'] as const;
type Visibility = (typeof VISIBILITIES)[number];

const signIn = (p: FixturePerson): TestSignIn => ({ subject: `sub-${p.id}`, email: p.email, emailVerified: true, name: p.name });
const ADMIN: TestSignIn = { subject: `admin-${px}`, email: null, emailVerified: false, name: 'Admin' };
const VIEWER: Record<Role, TestSignIn | null> = {
  anonymous: null,
  self: signIn(P.subject),
  staffSame: signIn(P.colleague),
  staffOther: signIn(P.other),
  fellow: signIn(P.fellow),
  coordinator: signIn(P.coordinator),
  office: signIn(P.office),
  admin: ADMIN,
};

/** The specification: which roles see the subject's participation at each visibility. */
const SEES: Record<Role, Visibility[]> = {
  anonymous: ['PUBLIC'],
  self: ['PRIVATE', 'AUTHORITY', 'NETWORK', 'PUBLIC'],
  staffSame: ['AUTHORITY', 'NETWORK', 'PUBLIC'],
  staffOther: ['PUBLIC'],
  fellow: ['NETWORK', 'PUBLIC'],
  coordinator: ['NETWORK', 'PUBLIC'],
  office: ['PUBLIC'],
  admin: ['PUBLIC'],
};

interface Probe {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Roles for which the field can reach the subject at all (default: every role). */
  reaches?: (role: Role) => boolean;
  /** Never shows the subject, whatever the visibility (counts only, or not searchable). */
  never?: boolean;
  /** Further checks with the expectation. */
  check?: (call: ViewerCall, role: Role, shows: boolean) => void;
}

const S = P.subject;
const PERSON_FIELDS = 'id name jobTitle authority { id }';

const PROBES: Probe[] = [
  { name: 'person(id)', query: `query($s: ID!) { person(id: $s) { ${PERSON_FIELDS} } }`, variables: { s: S.id } },
  {
    name: 'node(id) and aliases',
    query: `query($s: ID!) { x: node(id: $s) { id ... on Person { n: name t: jobTitle } } y: person(id: $s) { z: name } }`,
    variables: { s: S.id },
  },
  {
    name: 'network participants (with role, dates, visibility)',
    query: `query($n: ID!) { network(id: $n) { participants(first: 50) { totalCount hiddenCount { exact fewerThan3 }
      edges { node { role since until visibility person { ${PERSON_FIELDS} } } } } } }`,
    variables: { n: ID.n },
    check: (call, role) => {
      const edges = call.data?.network?.participants?.edges ?? [];
      for (const e of edges) {
        // Only the person themselves is told a participation's visibility.
        if (e.node.person.id === S.id && role === 'self') expect(e.node.visibility).not.toBeNull();
        else if (e.node.person.id !== VIEWER_PERSON[role]) expect(e.node.visibility, `${role} told a visibility`).toBeNull();
      }
    },
  },
  {
    name: 'persons(network)',
    query: `query($n: ID!) { persons(network: $n, first: 50) { edges { node { id name } } } }`,
    variables: { n: ID.n },
  },
  {
    name: 'persons(authority) and employees (colleagues)',
    query: `query($a: ID!) { persons(authority: $a, first: 50) { edges { node { id name } } }
      authority(id: $a) { employees(first: 50) { totalCount hiddenCount { exact fewerThan3 } edges { node { name participations { network { id } } attended { id } } } } } }`,
    variables: { a: ID.a },
  },
  {
    name: 'event attendees, and nested from the network to its events',
    query: `query($e: ID!, $n: ID!) { event(id: $e) { attendees(first: 50) { hiddenCount { exact fewerThan3 } edges { node { id name } } } }
      network(id: $n) { events { attendees(first: 50) { edges { node { name attended { id } } } } } } }`,
    variables: { e: ID.e, n: ID.n },
  },
  {
    name: "nested from a public fellow participant's participations back to the network's participants",
    query: `query($f: ID!) { person(id: $f) { name participations { network { participants(first: 50) { edges { node { person { id name } } } } } } } }`,
    variables: { f: P.fellow.id },
  },
  {
    name: 'duplicateParticipation of the authority, in networks and at events',
    query: `query($a: ID!) { duplicateParticipation(authority: $a) {
      inNetworks(first: 20) { edges { node { network { id } personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } persons { id name } } } }
      atEvents(first: 20) { edges { node { event { id } personCount { exact fewerThan3 } persons { id name } } } } } }`,
    variables: { a: ID.a },
  },
  {
    name: 'connection through persons',
    query: `query($a: ID!, $b: ID!) { connection(from: $a, to: $b, viaPersons: true, maxHops: 8) { hops steps { node { id ... on Person { name } } } } }`,
    variables: { a: ID.a, b: ID.b },
  },
  {
    name: 'who reported an adoption',
    query: `query($i: ID!) { innovation(id: $i) { adoptions { reported reportedAt reportedBy { id name } authority { id } } } }`,
    variables: { i: ID.i },
  },
  {
    name: 'myAuthority: colleagues per network and at events',
    query: `{ myAuthority { countsOnly networks { network { id } count { exact fewerThan3 atLeast } colleagues { person { id name } } includesMe }
      duplicateParticipation { inNetworks { network { id } count { exact fewerThan3 } colleagues { person { name } } }
                               atEvents { event { id } count { exact fewerThan3 } colleagues { name } } } } }`,
    // The innovation office sees its staff as counts only, whatever they consented to.
    reaches: (role) => ['self', 'staffSame'].includes(role),
    check: (call, role) => {
      if (!['self', 'staffSame', 'office', 'staffOther', 'fellow', 'coordinator'].includes(role)) {
        expect(call.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        return;
      }
      expect(call.errors).toBeUndefined();
      expect(call.data.myAuthority.countsOnly).toBe(role === 'office');
      if (role === 'office') for (const n of call.data.myAuthority.networks) expect(n.colleagues).toEqual([]);
      if (['self', 'staffSame', 'office'].includes(role)) {
        const inN = call.data.myAuthority.networks.find((x: any) => x.network.id === ID.n);
        // Two of A's staff take part in N: never told exactly. Beside one named colleague the
        // other is "at least 2" (as three with two hidden would be), else "fewer than 3".
        const named = inN.colleagues.length;
        expect(inN.count).toEqual(
          named === 1 ? { exact: null, fewerThan3: false, atLeast: 2 } : { exact: null, fewerThan3: true, atLeast: 1 },
        );
      }
    },
  },
  {
    name: 'me',
    query: `{ me { name email roles person { ${PERSON_FIELDS} } authority { id } participations { visibility network { id } } attendances { visibility event { id } } } }`,
    reaches: (role) => role === 'self',
  },
  {
    name: 'exportMyData',
    query: 'mutation { exportMyData }',
    reaches: (role) => role === 'self',
    check: (call, role) => {
      if (role === 'anonymous' || role === 'admin') expect(call.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      else expect(call.errors).toBeUndefined();
    },
  },
  {
    name: 'search for the name',
    query: 'query($q: String!) { search(query: $q, first: 50) { node { id } } }',
    variables: { q: S.name },
    never: true,
  },
  {
    name: 'landscape: counts only',
    query: '{ landscape { nodes { id persons { exact fewerThan3 } } } }',
    never: true,
    check: (call) => {
      const n = call.data.landscape.nodes.find((x: any) => x.id === ID.n);
      // Three take part in N (the subject, a colleague, the fellow participant).
      expect(n.persons.fewerThan3).toBe(false);
    },
  },
  {
    name: 'overlapMatrix by persons',
    query: 'query($ns: [ID!]) { overlapMatrix(by: PERSONS, networks: $ns, synthetic: true) { networks { id size } cells { shared } } }',
    variables: { ns: [ID.n, ID.m, ID.q] },
    never: true,
  },
];

/** The viewer's own person id per role (participations of their own may show them). */
const VIEWER_PERSON: Record<Role, string | null> = {
  anonymous: null,
  self: S.id,
  staffSame: P.colleague.id,
  staffOther: P.other.id,
  fellow: P.fellow.id,
  coordinator: P.coordinator.id,
  office: P.office.id,
  admin: null,
};

let db: CountingDb;
let gql: ReturnType<typeof apiAs>;

/** The subject's traces in an answer: name, job title, email, or id in data (the id echoed in an error message is the client's own input). */
function traces(call: ViewerCall): string[] {
  const found: string[] = [];
  const text = call.text;
  for (const [what, value] of [
    ['name', S.name],
    ['jobTitle', S.jobTitle],
    ['email', S.email],
  ] as const)
    if (text.includes(value)) found.push(what);
  if (JSON.stringify(call.data ?? null).includes(S.id)) found.push('id');
  return found;
}

/** Every PersonCount in an answer: 1 and 2 are never exact. */
function countsWithheld(value: unknown) {
  if (Array.isArray(value)) for (const v of value) countsWithheld(v);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('fewerThan3' in o) {
      expect([1, 2]).not.toContain(o.exact);
      if (o.fewerThan3) expect(o.exact).toBeNull();
    }
    if ('shared' in o && typeof o.shared === 'number') expect([1, 2]).not.toContain(o.shared);
    for (const v of Object.values(o)) countsWithheld(v);
  }
}

beforeAll(async () => {
  db = testDb();
  gql = apiAs(db, { admins: { subjects: [ADMIN.subject], emails: [] } });
  await db.write(
    {
      text: `CREATE (a:Authority {id: $ids.a, name: 'Behörde A ' + $px, synthetic: true, emailDomains: [$domain]})
             CREATE (b:Authority {id: $ids.b, name: 'Behörde B ' + $px, synthetic: true})
             CREATE (c:Authority:UmbrellaOrganisation {id: $ids.c, name: 'Behörde C ' + $px, synthetic: true})
             CREATE (n:Network {id: $ids.n, name: 'Netz N ' + $px, synthetic: true})
             CREATE (m:Network {id: $ids.m, name: 'Netz M ' + $px, synthetic: true})
             CREATE (q:Network {id: $ids.q, name: 'Netz Q ' + $px, synthetic: true})
             CREATE (t:Topic {id: $ids.t, name: 'Thema ' + $px, synthetic: true})
             CREATE (n)-[:COVERS]->(t), (m)-[:COVERS]->(t), (q)-[:COVERS]->(t), (c)-[:COORDINATES]->(n)
             CREATE (e:Event {id: $ids.e, name: 'Treffen ' + $px, date: '2026-05-01', synthetic: true})-[:ORGANISED_BY]->(n)
             CREATE (i:Innovation {id: $ids.i, title: 'Innovation ' + $px, kind: 'PRODUCT', synthetic: true})-[:EMERGED_IN]->(n)
             WITH a, i
             CREATE (i)-[:ADOPTED_BY {reportedBy: $subject, reportedAt: '2026-01-01T00:00:00Z', synthetic: true}]->(a)
             WITH 1 AS one
             UNWIND $persons AS p
             MATCH (w:Authority {id: p.at})
             CREATE (x:Person {id: p.id, name: p.name, jobTitle: p.jobTitle, email: p.email, roles: p.roles, synthetic: true})-[:WORKS_AT]->(w)`,
    },
    { ids: ID, px, domain, subject: S.id, persons: Object.values(P) },
  );
  const part = (p: FixturePerson, n: string, visibility: Visibility) => ({ p: p.id, n, visibility });
  await db.write(
    {
      text: `UNWIND $parts AS r MATCH (x:Person {id: r.p}), (y {id: r.n})
             FOREACH (_ IN CASE WHEN y:Network THEN [1] ELSE [] END |
               CREATE (x)-[:PARTICIPATES_IN {role: 'MEMBER', since: '2025-01-01', visibility: r.visibility, synthetic: true}]->(y))
             FOREACH (_ IN CASE WHEN y:Event THEN [1] ELSE [] END | CREATE (x)-[:ATTENDED {visibility: r.visibility, synthetic: true}]->(y))`,
    },
    {
      parts: [
        part(S, ID.n, 'PRIVATE'),
        part(S, ID.e, 'PRIVATE'),
        part(P.colleagueInN, ID.n, 'PRIVATE'),
        part(P.colleagueInN, ID.e, 'PRIVATE'),
        part(P.colleague, ID.m, 'PRIVATE'),
        part(P.other, ID.m, 'PRIVATE'),
        part(P.fellow, ID.n, 'PUBLIC'),
      ],
    },
  );
  // Derived data (the groups of colleagues) as after a load.
  await load(db, []);
});
afterAll(() => db.close());

const CASES = VISIBILITIES.flatMap((v) => PROBES.flatMap((probe) => ROLES.map((role) => ({ v, probe, role }))));

describe(`privacy matrix: ${PROBES.length} probes × ${ROLES.length} roles × ${VISIBILITIES.length} visibilities = ${CASES.length} cases`, () => {
  for (const v of VISIBILITIES) {
    describe(`the subject's participation and attendance ${v}`, () => {
      beforeAll(async () => {
        for (const target of [{ network: ID.n }, { event: ID.e }]) {
          const set = await gql(
            VIEWER.self,
            'mutation($n: ID, $e: ID, $v: Visibility!) { setVisibility(network: $n, event: $e, visibility: $v) { visibility } }',
            {
              n: target.network ?? null,
              e: target.event ?? null,
              v,
            },
          );
          expect(set.errors, set.text).toBeUndefined();
          expect(set.data.setVisibility.visibility).toBe(v);
        }
      });

      it.each(PROBES.flatMap((probe) => ROLES.map((role) => [probe.name, role, probe] as const)))('%s as %s', async (_n, role, probe) => {
        const call = await gql(VIEWER[role], probe.query, probe.variables ?? {});
        expect(call.status, call.text).toBeLessThan(500);
        const shows = !probe.never && (probe.reaches?.(role) ?? true) && SEES[role].includes(v);
        const found = traces(call);
        // The email only ever to the subject themselves.
        if (role !== 'self') expect(found, call.text).not.toContain('email');
        if (shows) expect(found.filter((f) => f !== 'email').length, `${role} should see the subject: ${call.text}`).toBeGreaterThan(0);
        else expect(found, `${role} must not see the subject: ${call.text}`).toEqual([]);
        // Errors say nothing about the subject beyond the id the client sent.
        for (const error of call.errors ?? []) {
          expect(error.message).not.toContain(S.name);
          if (!['NOT_FOUND'].includes(error.extensions?.code)) expect(error.message).not.toContain(S.id);
        }
        countsWithheld(call.data);
        probe.check?.(call, role, shows);
      });

      it('duplicate groups read from the ranking are those ranked on the spot, for every role', async () => {
        const version = async () =>
          (await db.read<{ at: string | null }>({ text: "OPTIONAL MATCH (d:DerivedData {id: 'version'}) RETURN d.version AS at" }))[0]
            ?.at ?? null;
        const node =
          'authority { id } network { id } personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } persons { id }';
        for (const role of ROLES) {
          // Other test files load landscapes into the same database, and the ranking is derived
          // anew in the background after the visibility changed: compare within one derivation,
          // once it has caught up (a few tries apart).
          for (let attempt = 1; ; attempt++) {
            const before = await version();
            const ids = (await db.read<{ id: string }>({ text: 'MATCH (n:Network) RETURN n.id AS id ORDER BY id' })).map((r) => r.id);
            const ranked = await gql(
              VIEWER[role],
              `{ duplicateParticipation { inNetworks(first: 200) { totalCount edges { node { ${node} } } } } }`,
            );
            const live = await gql(
              VIEWER[role],
              `query($s: [ID!]) { duplicateParticipation(networks: $s) { inNetworks(first: 200) { totalCount edges { node { ${node} } } } } }`,
              { s: ids },
            );
            if (attempt < 20 && ((await version()) !== before || JSON.stringify(ranked.data) !== JSON.stringify(live.data))) {
              await new Promise((r) => setTimeout(r, 250));
              continue;
            }
            expect(ranked.errors, ranked.text).toBeUndefined();
            expect(ranked.data, role).toEqual(live.data);
            // A's pair in N is listed only where the viewer sees at least one of the two, as "at least 2".
            const pair = ranked.data.duplicateParticipation.inNetworks.edges.find(
              (e: any) => e.node.authority.id === ID.a && e.node.network.id === ID.n,
            );
            if (pair)
              expect(pair.node.personCount).toEqual(
                pair.node.persons.length === 2
                  ? { exact: null, fewerThan3: true, atLeast: 1 }
                  : { exact: null, fewerThan3: false, atLeast: 2 },
              );
            if (pair) expect(pair.node.persons.length).toBeGreaterThan(0);
            break;
          }
        }
      });

      it('person(id) of a hidden subject answers exactly like an id that does not exist', async () => {
        for (const role of ROLES) {
          if (SEES[role].includes(v)) continue;
          const hidden = await gql(VIEWER[role], 'query($s: ID!) { person(id: $s) { name } }', { s: S.id });
          const missing = await gql(VIEWER[role], 'query($s: ID!) { person(id: $s) { name } }', { s: `person:${px}-missing` });
          expect(hidden.text.replaceAll(S.id, 'X')).toBe(missing.text.replaceAll(`person:${px}-missing`, 'X'));
        }
      });
    });
  }
});

describe('a narrowed consent hides the person at once, before the ranking is derived anew', () => {
  // The ranking keeps
  // the ids of persons who take part publicly (publicIds) for the pages read without signing in;
  // each must be checked again when read, or a narrowed consent would show until the next
  // derivation.
  it('without signing in, the ranked list drops the subject as soon as the consent is narrowed', async () => {
    const list =
      '{ duplicateParticipation { inNetworks(first: 200) { edges { node { persons { id } } } } atEvents(first: 200) { edges { node { persons { id } } } } } }';
    const stored = async () =>
      (
        await db.read<{ ids: string[] }>(
          {
            text: `MATCH (:Authority {id: $a})-[r:COLLEAGUES_IN|COLLEAGUES_AT]->(x) WHERE x.id IN [$n, $e]
                   RETURN [id IN r.publicIds WHERE id = $s] AS ids`,
          },
          { a: ID.a, n: ID.n, e: ID.e, s: S.id },
        )
      ).flatMap((r) => r.ids);
    const setBoth = (visibility: Visibility) =>
      db.write(
        { text: 'MATCH (:Person {id: $s})-[c:PARTICIPATES_IN|ATTENDED]->(x) WHERE x.id IN [$n, $e] SET c.visibility = $v' },
        { s: S.id, n: ID.n, e: ID.e, v: visibility },
      );
    for (const target of [{ n: ID.n }, { e: ID.e }]) {
      const set = await gql(
        VIEWER.self,
        'mutation($n: ID, $e: ID) { setVisibility(network: $n, event: $e, visibility: PUBLIC) { visibility } }',
        {
          n: null,
          e: null,
          ...target,
        },
      );
      expect(set.errors, set.text).toBeUndefined();
    }
    for (let attempt = 1; ; attempt++) {
      // Once the ranking has caught up with PUBLIC, both groups list the subject by stored id.
      const shown = await gql(VIEWER.anonymous, list);
      if ((await stored()).length < 2 || !shown.text.includes(S.id)) {
        expect(attempt, 'the ranking never caught up with PUBLIC').toBeLessThan(40);
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      // Narrowed behind the ranking's back: nothing derives anew, the stored ids still name them.
      await setBoth('PRIVATE');
      const after = await gql(VIEWER.anonymous, list);
      const stale = (await stored()).length === 2;
      await setBoth('PUBLIC');
      // Another file's load may have derived the ranking anew meanwhile; then try again.
      if (!stale && attempt < 40) continue;
      expect(stale).toBe(true);
      expect(after.errors, after.text).toBeUndefined();
      expect(after.text).not.toContain(S.id);
      break;
    }
  });
});

describe('nobody widens another person’s visibility', () => {
  it('setVisibility acts only on the caller’s own participations', async () => {
    // The colleague has no participation in N: there is nothing of theirs to set, and no argument names another person.
    const call = await gql(VIEWER.staffSame, 'mutation($n: ID!) { setVisibility(network: $n, visibility: PUBLIC) { changed } }', {
      n: ID.n,
    });
    expect(call.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row] = await db.read<{ v: string }>(
      { text: 'MATCH (:Person {id: $p})-[r:PARTICIPATES_IN]->(:Network {id: $n}) RETURN r.visibility AS v' },
      {
        p: P.colleagueInN.id,
        n: ID.n,
      },
    );
    expect(row?.v).toBe('PRIVATE');
  });

  it('an administrator may narrow on request, never widen; others may not call it', async () => {
    const narrow =
      'mutation($p: ID!, $n: ID!, $v: Visibility!) { narrowVisibility(person: $p, network: $n, visibility: $v) { changed visibility } }';
    await gql(VIEWER.self, 'mutation($n: ID!) { setVisibility(network: $n, visibility: NETWORK) { changed } }', { n: ID.n });
    const widen = await gql(ADMIN, narrow, { p: S.id, n: ID.n, v: 'PUBLIC' });
    expect(widen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const role of ['anonymous', 'staffSame', 'office', 'coordinator', 'fellow'] as const) {
      const refused = await gql(VIEWER[role], narrow, { p: S.id, n: ID.n, v: 'PRIVATE' });
      expect(refused.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const [before] = await db.read<{ v: string }>(
      { text: 'MATCH (:Person {id: $p})-[r:PARTICIPATES_IN]->(:Network {id: $n}) RETURN r.visibility AS v' },
      { p: S.id, n: ID.n },
    );
    expect(before?.v).toBe('NETWORK');
    const ok = await gql(ADMIN, narrow, { p: S.id, n: ID.n, v: 'AUTHORITY' });
    expect(ok.data?.narrowVisibility).toEqual({ changed: true, visibility: 'AUTHORITY' });
    const [after] = await db.read<{ v: string; log: string[] }>(
      { text: 'MATCH (:Person {id: $p})-[r:PARTICIPATES_IN]->(:Network {id: $n}) RETURN r.visibility AS v, r.consentLog AS log' },
      { p: S.id, n: ID.n },
    );
    expect(after?.v).toBe('AUTHORITY');
    // Every change kept with its time and author.
    expect(after?.log.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2}T\S+ AUTHORITY admin$/);
    expect(after?.log.at(-2)).toMatch(/ NETWORK self$/);
  });
});
