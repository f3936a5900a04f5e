// Curation in the app against the real Neo4j (schema/curation, docs/curation.md): a coordinator
// edits the network they coordinate (visible in the API, audited with before and after, the
// editors as its source, Beispieldaten stay Beispieldaten) and no other; anonymous viewers edit
// nothing; invalid input writes nothing; two editors with the same expectedVersion, one after the
// other and both at once: exactly one wins, the other gets EDIT_CONFLICT with the newer record and
// nothing of theirs is written; a member added or removed in the app moves the overlap answers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountingDb, testDb } from '../helpers/api.js';
import { apiAs, type TestSignIn } from '../helpers/viewers.js';

const px = `cu${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const ID = {
  coordinating: `org:${px}-koord`,
  a: `org:${px}-a`,
  n1: `network:${px}-eins`,
  n2: `network:${px}-zwei`,
  n3: `network:${px}-drei`,
  t1: `topic:${px}-t1`,
  t2: `topic:${px}-t2`,
  person: `person:${px}-koord`,
};
const COORDINATOR: TestSignIn = { subject: `sub-${px}`, email: `koord.${px}@koord.example`, emailVerified: true, name: 'Koordination' };
const STRANGER: TestSignIn = { subject: `str-${px}`, email: `x.${px}@elsewhere.example`, emailVerified: true };
const ADMIN: TestSignIn = { subject: `admin-${px}`, name: 'Admin' };
const today = new Date().toISOString().slice(0, 10);

let db: CountingDb;
let gql: ReturnType<typeof apiAs>;

const NETWORK =
  'id version name description website synthetic editable sources { title } topics { id } members(first: 20) { edges { node { synthetic sources { title } authority { id } } } }';
const UPDATE = `mutation($id: ID!, $v: Int!, $name: String, $description: String, $website: String) {
  updateNetwork(id: $id, expectedVersion: $v, name: $name, description: $description, website: $website) { ${NETWORK} } }`;

const networkOf = async (viewer: TestSignIn | null, id: string) =>
  (await gql(viewer, `query($id: ID!) { network(id: $id) { ${NETWORK} } }`, { id })).data.network;

/** The curation entries of the audit log about one record, newest first. */
async function auditOf(record: string) {
  const answer = await gql(ADMIN, '{ auditLog(first: 200) { edges { node { kind actor record before after at } } } }');
  expect(answer.errors).toBeUndefined();
  return answer.data.auditLog.edges.map((e: any) => e.node).filter((e: any) => e.record === record);
}

beforeAll(async () => {
  db = testDb();
  await db.write(
    {
      text: `CREATE (k:Authority {id: $ids.coordinating, name: 'Koordinierende ' + $px, source: ['Liste ' + $px]})
             CREATE (a:Authority {id: $ids.a, name: 'Mitglied ' + $px, source: ['Liste ' + $px]})
             CREATE (n1:Network {id: $ids.n1, name: 'Netz Eins ' + $px, description: 'alt', source: ['Liste ' + $px]})
             CREATE (n2:Network {id: $ids.n2, name: 'Netz Zwei ' + $px, source: ['Liste ' + $px]})
             CREATE (n3:Network {id: $ids.n3, name: 'Netz Drei ' + $px, synthetic: true})
             CREATE (:Topic {id: $ids.t1, name: 'Thema Eins ' + $px, source: ['Liste ' + $px]})
             CREATE (:Topic {id: $ids.t2, name: 'Thema Zwei ' + $px, source: ['Liste ' + $px]})
             CREATE (k)-[:COORDINATES {source: ['Liste ' + $px]}]->(n1)
             CREATE (k)-[:COORDINATES {synthetic: true}]->(n3)
             CREATE (a)-[:MEMBER_OF {source: ['Liste ' + $px]}]->(n2)
             CREATE (:Person {id: $ids.person, name: 'Koordinatorin ' + $px, email: $email, synthetic: true})-[:WORKS_AT]->(k)`,
    },
    { ids: ID, px, email: COORDINATOR.email },
  );
  gql = apiAs(db, { admins: { subjects: [ADMIN.subject], emails: [] } });
});

afterAll(async () => {
  await db.write({ text: 'MATCH (x) WHERE x.id CONTAINS $infix DETACH DELETE x' }, { infix: `:${px}-` });
  await db.close();
});

describe('curation: who may edit', () => {
  it('a coordinator edits their network: the change is in the API, with the editors as source and an audit entry with before and after', async () => {
    expect((await networkOf(COORDINATOR, ID.n1)).editable).toBe(true);
    expect((await networkOf(null, ID.n1)).editable).toBe(false);
    const answer = await gql(COORDINATOR, UPDATE, {
      id: ID.n1,
      v: 0,
      description: '  Neue Beschreibung  ',
      website: 'https://eins.example.org/',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.updateNetwork).toMatchObject({ version: 1, description: 'Neue Beschreibung', website: 'https://eins.example.org/' });

    const stored = await networkOf(null, ID.n1);
    expect(stored).toMatchObject({ version: 1, description: 'Neue Beschreibung', synthetic: false });
    expect(stored.sources.map((s: any) => s.title)).toEqual([`Liste ${px}`, `Netzwerkatlas-Redaktion (Koordination), ${today}`]);

    const [entry, ...more] = await auditOf(`network ${ID.n1}`);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'EDIT_NETWORK',
      before: { description: 'alt', website: null },
      after: { description: 'Neue Beschreibung', website: 'https://eins.example.org/' },
    });
    expect(entry.actor).toMatch(/^ps:/);

    // The same values again change nothing: no new version, no audit entry.
    const again = await gql(COORDINATOR, UPDATE, { id: ID.n1, v: 1, description: 'Neue Beschreibung' });
    expect(again.data.updateNetwork.version).toBe(1);
    expect(await auditOf(`network ${ID.n1}`)).toHaveLength(1);
  });

  it('editing Beispieldaten leaves them Beispieldaten: no source appears', async () => {
    const answer = await gql(COORDINATOR, UPDATE, { id: ID.n3, v: 0, description: 'Bearbeitet' });
    expect(answer.errors).toBeUndefined();
    const stored = await networkOf(null, ID.n3);
    expect(stored).toMatchObject({ version: 1, description: 'Bearbeitet', synthetic: true, sources: [] });
    // null clears a field, as empty text does.
    const cleared = await gql(COORDINATOR, UPDATE, { id: ID.n3, v: 1, description: null });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateNetwork).toMatchObject({ version: 2, description: null });
  });

  it('a coordinator is refused on a network they do not coordinate, an anonymous viewer and a stranger everywhere', async () => {
    for (const viewer of [COORDINATOR, STRANGER, null]) {
      const answer = await gql(viewer, UPDATE, { id: ID.n2, v: 0, description: 'fremd' });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.data?.updateNetwork ?? null).toBeNull();
    }
    for (const viewer of [STRANGER, null]) {
      const answer = await gql(viewer, UPDATE, { id: ID.n1, v: 1, description: 'fremd' });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const member = await gql(
      COORDINATOR,
      'mutation($id: ID!, $a: ID!) { addNetworkMember(id: $id, expectedVersion: 0, authority: $a) { id } }',
      {
        id: ID.n2,
        a: ID.coordinating,
      },
    );
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await networkOf(null, ID.n2)).toMatchObject({ version: 0, description: null });
    expect(await auditOf(`network ${ID.n2}`)).toEqual([]);
  });

  it('invalid input is refused naming the argument, and nothing is written', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ website: 'keine adresse' }, 'website'],
      [{ description: 'x'.repeat(4001) }, 'description'],
    ];
    for (const [input, argument] of cases) {
      const answer = await gql(COORDINATOR, UPDATE, { id: ID.n1, v: 1, ...input });
      expect(answer.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    const topics = await gql(
      COORDINATOR,
      'mutation($id: ID!, $t: [ID!]!) { setNetworkTopics(id: $id, expectedVersion: 1, topics: $t) { id } }',
      {
        id: ID.n1,
        t: [ID.t1, `topic:${px}-unbekannt`],
      },
    );
    expect(topics.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'topics' });
    expect(topics.errors?.[0]?.message).toContain(`topic:${px}-unbekannt`);
    const since = await gql(
      COORDINATOR,
      'mutation($id: ID!, $a: ID!) { addNetworkMember(id: $id, expectedVersion: 1, authority: $a, since: "2999-01-01") { id } }',
      { id: ID.n1, a: ID.a },
    );
    expect(since.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
    expect(await networkOf(null, ID.n1)).toMatchObject({
      version: 1,
      description: 'Neue Beschreibung',
      topics: [],
      members: { edges: [] },
    });
    expect(await auditOf(`network ${ID.n1}`)).toHaveLength(1);
  });

  it('sets the topics: the whole list, audited; a topic added in the app is a fact', async () => {
    const set = await gql(
      COORDINATOR,
      'mutation($id: ID!, $t: [ID!]!) { setNetworkTopics(id: $id, expectedVersion: 1, topics: $t) { version topics { id } } }',
      {
        id: ID.n1,
        t: [ID.t2, ID.t1],
      },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data.setNetworkTopics).toEqual({ version: 2, topics: [{ id: ID.t1 }, { id: ID.t2 }] });
    const [covers] = await db.read<{ synthetic: boolean; source: string[] }>(
      { text: 'MATCH (:Network {id: $n})-[r:COVERS]->(:Topic {id: $t}) RETURN r.synthetic AS synthetic, r.source AS source' },
      { n: ID.n1, t: ID.t1 },
    );
    expect(covers).toEqual({ synthetic: false, source: [`Netzwerkatlas-Redaktion (Koordination), ${today}`] });
    const [entry] = await auditOf(`network ${ID.n1}`);
    expect(entry).toMatchObject({ kind: 'SET_NETWORK_TOPICS', before: { topics: [] }, after: { topics: [ID.t1, ID.t2] } });
  });
});

describe('curation: two editors of one record', () => {
  it('one after the other with the same expectedVersion: the first wins, the second gets EDIT_CONFLICT with the newer record', async () => {
    const { version } = await networkOf(null, ID.n1);
    const first = await gql(COORDINATOR, UPDATE, { id: ID.n1, v: version, description: 'Erste Fassung' });
    expect(first.errors).toBeUndefined();
    const second = await gql(ADMIN, UPDATE, { id: ID.n1, v: version, description: 'Zweite Fassung', name: 'Umbenannt' });
    expect(second.data?.updateNetwork ?? null).toBeNull();
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'EDIT_CONFLICT',
      version: version + 1,
      current: { id: ID.n1, version: version + 1, description: 'Erste Fassung', name: `Netz Eins ${px}`, topics: [ID.t1, ID.t2] },
    });
    // Nothing of the second editor was written, nor audited.
    expect(await networkOf(null, ID.n1)).toMatchObject({ version: version + 1, description: 'Erste Fassung', name: `Netz Eins ${px}` });
    const entries = await auditOf(`network ${ID.n1}`);
    expect(entries.filter((e: any) => JSON.stringify(e.after).includes('Zweite'))).toEqual([]);
    // With the newer version the second editor's change goes through (deliberately, having seen it).
    const retry = await gql(ADMIN, UPDATE, { id: ID.n1, v: version + 1, description: 'Zweite Fassung' });
    expect(retry.data.updateNetwork).toMatchObject({ version: version + 2, description: 'Zweite Fassung' });
    expect((await networkOf(null, ID.n1)).sources.map((s: any) => s.title)).toEqual([
      `Liste ${px}`,
      `Netzwerkatlas-Redaktion (Administration), ${today}`,
    ]);
  });

  it('both at once (Promise.all), several times: exactly one wins each time, the loser writes nothing', async () => {
    for (let round = 0; round < 4; round++) {
      const { version } = await networkOf(null, ID.n1);
      const texts = [`Gleichzeitig A ${round}`, `Gleichzeitig B ${round}`];
      const answers = await Promise.all([
        gql(COORDINATOR, UPDATE, { id: ID.n1, v: version, description: texts[0] }),
        gql(ADMIN, UPDATE, { id: ID.n1, v: version, description: texts[1] }),
      ]);
      const won = answers.filter((a) => !a.errors);
      const lost = answers.filter((a) => a.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'EDIT_CONFLICT', version: version + 1 });
      const winner = won[0]?.data.updateNetwork.description;
      expect(lost[0]?.errors?.[0]?.extensions?.current?.description).toBe(winner);
      expect(await networkOf(null, ID.n1)).toMatchObject({ version: version + 1, description: winner });
      const entries = await auditOf(`network ${ID.n1}`);
      expect(entries.filter((e: any) => texts.includes(e.after?.description)).map((e: any) => e.after.description)).toEqual([winner]);
    }
  });
});

describe('curation: members', () => {
  const SIMILAR = `query($id: ID!) { networkSimilarity(network: $id, first: 20) { edges { node { network { id } authorities { shared } } } } }`;
  /** The networks the overlap question names for n1, with the authorities shared, once the derived data shows `expected`. */
  async function similarUntil(expected: number) {
    let shared = -1;
    for (let i = 0; i < 200; i++) {
      const answer = await gql(null, SIMILAR, { id: ID.n1 });
      const pair = answer.data.networkSimilarity.edges.find((e: any) => e.node.network.id === ID.n2);
      shared = pair ? pair.node.authorities.shared : 0;
      if (shared === expected) return shared;
      await new Promise((r) => setTimeout(r, 150));
    }
    return shared;
  }

  it('adding a member rebuilds the overlap answers; the membership is a fact with its source; removing it undoes both, audited', async () => {
    expect(await similarUntil(0)).toBe(0);
    const { version } = await networkOf(null, ID.n1);
    const added = await gql(
      COORDINATOR,
      'mutation($id: ID!, $v: Int!, $a: ID!) { addNetworkMember(id: $id, expectedVersion: $v, authority: $a, since: "2024-05-01", source: "Mitgliederliste 2025") { version } }',
      { id: ID.n1, v: version, a: ID.a },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data.addNetworkMember.version).toBe(version + 1);
    expect((await networkOf(null, ID.n1)).members.edges).toEqual([
      { node: { synthetic: false, sources: [{ title: 'Mitgliederliste 2025' }], authority: { id: ID.a } } },
    ]);
    expect(await similarUntil(1)).toBe(1);
    const [entry] = await auditOf(`membership ${ID.a} ${ID.n1}`);
    expect(entry).toMatchObject({
      kind: 'ADD_NETWORK_MEMBER',
      before: null,
      after: { authority: ID.a, since: '2024-05-01', source: ['Mitgliederliste 2025'], synthetic: false },
    });

    // A stale version is a conflict here too.
    const stale = await gql(
      COORDINATOR,
      'mutation($id: ID!, $v: Int!, $a: ID!) { removeNetworkMember(id: $id, expectedVersion: $v, authority: $a) { version } }',
      {
        id: ID.n1,
        v: version,
        a: ID.a,
      },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('EDIT_CONFLICT');
    const removed = await gql(
      COORDINATOR,
      'mutation($id: ID!, $v: Int!, $a: ID!) { removeNetworkMember(id: $id, expectedVersion: $v, authority: $a) { version members(first: 5) { edges { node { authority { id } } } } } }',
      {
        id: ID.n1,
        v: version + 1,
        a: ID.a,
      },
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeNetworkMember).toEqual({ version: version + 2, members: { edges: [] } });
    expect(await similarUntil(0)).toBe(0);
    const [gone] = await auditOf(`membership ${ID.a} ${ID.n1}`);
    expect(gone).toMatchObject({
      kind: 'REMOVE_NETWORK_MEMBER',
      before: { authority: ID.a, since: '2024-05-01', synthetic: false },
      after: null,
    });
  });

  it('a member added without a source names the editors and the day', async () => {
    const { version } = await networkOf(null, ID.n1);
    const added = await gql(
      ADMIN,
      'mutation($id: ID!, $v: Int!, $a: ID!) { addNetworkMember(id: $id, expectedVersion: $v, authority: $a) { members(first: 5) { edges { node { synthetic sources { title } } } } } }',
      {
        id: ID.n1,
        v: version,
        a: ID.a,
      },
    );
    expect(added.data.addNetworkMember.members.edges).toEqual([
      { node: { synthetic: false, sources: [{ title: `Netzwerkatlas-Redaktion (Administration), ${today}` }] } },
    ]);
    const unknown = await gql(
      ADMIN,
      'mutation($id: ID!, $v: Int!) { addNetworkMember(id: $id, expectedVersion: $v, authority: "org:gibt-es-nicht") { id } }',
      {
        id: ID.n1,
        v: version + 1,
      },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('curation: a re-seed', () => {
  it('keeps what was edited in the app: curated fields, version and stamp; the topics and members the app keeps', async () => {
    // The app drops topic 2; the seed would write it again, and a member the app never added.
    const before = await networkOf(null, ID.n1);
    const topics = await gql(
      ADMIN,
      'mutation($id: ID!, $v: Int!, $t: [ID!]!) { setNetworkTopics(id: $id, expectedVersion: $v, topics: $t) { version } }',
      {
        id: ID.n1,
        v: before.version,
        t: [ID.t1],
      },
    );
    expect(topics.errors).toBeUndefined();
    const curated = await networkOf(null, ID.n1);

    // The seed's statements as a start runs them, on this test's nodes (the shipped landscape is left
    // alone; prune-landscape is not run, since it removes every node of the shipped landscape not named).
    const ids = [ID.n1, ID.a, ID.t1, ID.t2];
    await db.write('seed/unlink-landscape', { rows: [{ ids }] });
    await db.write('seed/merge-networks', {
      rows: [
        {
          id: ID.n1,
          name: 'Name aus dem Seed',
          description: 'Beschreibung aus dem Seed',
          cadence: 'monatlich',
          source: [`Liste ${px}`],
          synthetic: false,
        },
      ],
    });
    await db.write('seed/merge-network-topics', {
      rows: [ID.t1, ID.t2].map((t) => ({ from: ID.n1, to: t, source: [`Liste ${px}`], synthetic: false })),
    });
    await db.write('seed/merge-authority-network-relations', {
      rows: [{ from: ID.coordinating, to: ID.n1, type: 'MEMBER_OF', props: { source: [`Liste ${px}`], synthetic: false } }],
    });

    const after = await networkOf(null, ID.n1);
    // Not edited in the app: the seed's; edited: the app's.
    expect(after).toMatchObject({
      name: 'Name aus dem Seed',
      description: curated.description,
      website: 'https://eins.example.org/',
      version: curated.version,
      topics: [{ id: ID.t1 }],
    });
    expect(after.members.edges.map((e: any) => e.node.authority.id)).toEqual([ID.a]);
    expect(after.sources).toEqual(curated.sources);
    expect(after.sources.map((s: any) => s.title)[1]).toMatch(/^Netzwerkatlas-Redaktion \((Administration|Koordination)\), /);
    const [props] = await db.read<{ cadence: string; curatedFields: string[] }>(
      { text: 'MATCH (n:Network {id: $id}) RETURN n.cadence AS cadence, n.curatedFields AS curatedFields' },
      { id: ID.n1 },
    );
    expect(props?.cadence).toBe('monatlich');
    expect([...(props?.curatedFields ?? [])].sort()).toEqual(['description', 'members', 'topics', 'website']);
  });
});
