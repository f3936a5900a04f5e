// The self-service around one's own person over HTTP, against the real Neo4j: linking oneself to
// an authority, declaring, ending and showing participations, reporting an adoption, correcting
// and exporting one's data, erasing oneself. Each mutation is validated, idempotent, audited
// without content, POST-only and CSRF-protected; the answer cache never hands one viewer's answer
// to another; and after eraseMe a scan of every property of every node and relationship finds
// neither the person's id nor their names nor their email, and no cached answer holds them.

import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { load } from '@netzwerkatlas/seed';
import { createHttpServer } from '@netzwerkatlas/server/http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountingDb, testDb } from '../helpers/api.js';
import { getUrl, send } from '../helpers/http.js';
import { TEST_PSEUDONYM_KEY, type TestSignIn, testAuth, testAuthorization } from '../helpers/viewers.js';

const px = `s${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const ID = {
  a: `org:${px}-a`,
  b: `org:${px}-b`,
  n: `network:${px}-n`,
  m: `network:${px}-m`,
  i: `innovation:${px}-i`,
  j: `innovation:${px}-missing`,
};
const domain = `${px}-a.example`;
const NEWCOMER: TestSignIn = { subject: `sub-new-${px}`, email: `neu.${px}@${domain}`, emailVerified: true, name: `Erstname${px}` };
const COLLEAGUE: TestSignIn = { subject: `sub-col-${px}`, email: `kollegin.${px}@${domain}`, emailVerified: true, name: `Kollegin${px}` };
const OUTSIDER: TestSignIn = { subject: `sub-out-${px}`, email: `x.${px}@elsewhere.example`, emailVerified: true, name: 'Außen' };
const ADMIN: TestSignIn = { subject: `admin-${px}`, name: 'Admin' };
const CORRECTED = `Korrigiert${px}`;

let db: CountingDb;
let server: ReturnType<typeof createHttpServer>;
let base: string;
const logLines: string[] = [];

async function gql(viewer: TestSignIn | null, query: string, variables: Record<string, unknown> = {}) {
  const answer = await send(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(viewer ? { authorization: testAuthorization(viewer) } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: answer.status, text: answer.text, data: answer.json?.data as any, errors: answer.json?.errors };
}

const auditCount = async () => (await db.read<{ n: number }>({ text: 'MATCH (x:AuditEntry) RETURN count(x) AS n' }))[0]?.n ?? 0;

beforeAll(async () => {
  db = testDb();
  await db.write(
    {
      text: `CREATE (a:Authority {id: $ids.a, name: 'Behörde ' + $px, synthetic: true, emailDomains: [$domain]})
             CREATE (b:Authority {id: $ids.b, name: 'Andere ' + $px, synthetic: true})
             CREATE (n:Network {id: $ids.n, name: 'Netz ' + $px, synthetic: true})
             CREATE (m:Network {id: $ids.m, name: 'Netz M ' + $px, synthetic: true})
             CREATE (:Innovation {id: $ids.i, title: 'Innovation ' + $px, kind: 'PROCESS', synthetic: true})-[:EMERGED_IN]->(n)
             CREATE (c:Person {id: 'person:' + $px + '-colleague', name: $colleague, email: $colleagueEmail, synthetic: true})-[:WORKS_AT]->(a)
             CREATE (c)-[:PARTICIPATES_IN {role: 'MEMBER', since: '2025-01-01', visibility: 'PRIVATE'}]->(m)`,
    },
    { ids: ID, px, domain, colleague: COLLEAGUE.name, colleagueEmail: COLLEAGUE.email },
  );
  await load(db, []);
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  server = createHttpServer({
    db,
    webDist: '/nonexistent',
    requestsPerMinute: 0,
    auth: testAuth,
    people: { admins: { subjects: [ADMIN.subject], emails: [] }, pseudonymKey: TEST_PSEUDONYM_KEY },
    log: pino({ level: 'info' }, sink),
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await db?.close();
});

describe('self-service, in order', () => {
  let me = '';

  it('joinAuthority: only with a verified email of one of the authority’s domains; again it changes nothing', async () => {
    const join = 'mutation($a: ID!) { joinAuthority(authority: $a) { roles person { id name } authority { id } } }';
    const wrong = await gql(OUTSIDER, join, { a: ID.a });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unverified = await gql({ ...NEWCOMER, subject: `${NEWCOMER.subject}-u`, emailVerified: false }, join, { a: ID.a });
    expect(unverified.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(null, join, { a: ID.a })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = await gql(NEWCOMER, '{ me { roles person { id } linkableAuthorities { id } } }');
    expect(before.data.me).toEqual({ roles: [], person: null, linkableAuthorities: [{ id: ID.a }] });

    const first = await gql(NEWCOMER, join, { a: ID.a });
    expect(first.errors).toBeUndefined();
    expect(first.data.joinAuthority.roles).toEqual(['PERSON', 'STAFF']);
    expect(first.data.joinAuthority.authority.id).toBe(ID.a);
    me = first.data.joinAuthority.person.id;
    const again = await gql(NEWCOMER, join, { a: ID.a });
    expect(again.data.joinAuthority.person.id).toBe(me);
    const [row] = await db.read<{ n: number; account: string }>(
      { text: 'MATCH (p:Person {email: $email}) RETURN count(p) AS n, collect(p.account)[0] AS account' },
      { email: NEWCOMER.email },
    );
    expect(row).toEqual({ n: 1, account: `https://issuer.test.invalid|${NEWCOMER.subject}` });
  });

  it('declareParticipation: validated; the same declaration again changes nothing and writes no audit entry', async () => {
    const declare =
      'mutation($n: ID!, $v: Visibility, $s: String) { declareParticipation(network: $n, role: ACTIVE, since: $s, visibility: $v) { changed participation { role since visibility network { id } } } }';
    expect((await gql(NEWCOMER, declare, { n: 'network:does-not-exist', v: 'PUBLIC' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(NEWCOMER, declare, { n: ID.n, s: '2999-01-01' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(NEWCOMER, declare, { n: ID.n, s: '2025-02-30' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(NEWCOMER, declare, { n: 'org:bmi' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // COORDINATOR is given by the network, not declared.
    const coordinator = await gql(NEWCOMER, 'mutation($n: ID!) { declareParticipation(network: $n, role: COORDINATOR) { changed } }', {
      n: ID.n,
    });
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await gql(OUTSIDER, declare, { n: ID.n })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const entries = await auditCount();
    const first = await gql(NEWCOMER, declare, { n: ID.n, v: 'PUBLIC', s: '2025-06-01' });
    expect(first.errors).toBeUndefined();
    expect(first.data.declareParticipation).toEqual({
      changed: true,
      participation: { role: 'ACTIVE', since: '2025-06-01', visibility: 'PUBLIC', network: { id: ID.n } },
    });
    const again = await gql(NEWCOMER, declare, { n: ID.n, v: 'PUBLIC', s: '2025-06-01' });
    expect(again.data.declareParticipation.changed).toBe(false);
    expect(await auditCount()).toBeGreaterThanOrEqual(entries + 1);
    const mine = await db.read<{ kind: string }>(
      { text: 'MATCH (x:AuditEntry {record: $r}) RETURN x.kind AS kind' },
      { r: `participation ${ID.n}` },
    );
    expect(mine.map((r) => r.kind)).toEqual(['DECLARE_PARTICIPATION']);
  });

  it('setVisibility, endParticipation, correctMyData: idempotent', async () => {
    const set = 'mutation($v: Visibility!) { setVisibility(network: "' + ID.n + '", visibility: $v) { changed visibility } }';
    expect((await gql(NEWCOMER, set, { v: 'AUTHORITY' })).data.setVisibility).toEqual({ changed: true, visibility: 'AUTHORITY' });
    expect((await gql(NEWCOMER, set, { v: 'AUTHORITY' })).data.setVisibility).toEqual({ changed: false, visibility: 'AUTHORITY' });
    expect((await gql(NEWCOMER, set, { v: 'PUBLIC' })).data.setVisibility.changed).toBe(true);
    const both = await gql(NEWCOMER, `mutation { setVisibility(network: "${ID.n}", event: "event:x", visibility: PUBLIC) { changed } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const end = 'mutation($u: String) { endParticipation(network: "' + ID.m + '", until: $u) { changed } }';
    expect((await gql(NEWCOMER, end, { u: '2026-01-01' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await gql(NEWCOMER, `mutation { declareParticipation(network: "${ID.m}", since: "2024-01-01") { changed } }`);
    expect((await gql(NEWCOMER, end, { u: 'gestern' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(NEWCOMER, end, { u: '2026-01-01' })).data.endParticipation.changed).toBe(true);
    expect((await gql(NEWCOMER, end, { u: '2026-01-01' })).data.endParticipation.changed).toBe(false);

    const correct = 'mutation($n: String) { correctMyData(name: $n, jobTitle: "Referentin") { changed person { name jobTitle } } }';
    expect((await gql(NEWCOMER, correct, { n: '   ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(NEWCOMER, correct, { n: CORRECTED })).data.correctMyData).toEqual({
      changed: true,
      person: { name: CORRECTED, jobTitle: 'Referentin' },
    });
    expect((await gql(NEWCOMER, correct, { n: CORRECTED })).data.correctMyData.changed).toBe(false);
  });

  it('reportAdoption: counted by innovationTransfer, marked as reported by whom and when; again it creates nothing', async () => {
    const report =
      'mutation($i: ID!) { reportAdoption(innovation: $i, note: "im Einsatz") { created adoption { reported reportedAt reportedBy { id } authority { id } } } }';
    expect((await gql(NEWCOMER, report, { i: ID.j })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const first = await gql(NEWCOMER, report, { i: ID.i });
    expect(first.errors).toBeUndefined();
    expect(first.data.reportAdoption.created).toBe(true);
    expect(first.data.reportAdoption.adoption).toMatchObject({ reported: true, reportedBy: { id: me }, authority: { id: ID.a } });
    expect(first.data.reportAdoption.adoption.reportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await gql(NEWCOMER, report, { i: ID.i })).data.reportAdoption.created).toBe(false);
    const transfer = await gql(
      null,
      'query($n: [ID!]) { innovationTransfer(networks: $n) { networks { reportedAdoptionCount innovations { innovation { id } adopters { id } reportedAdoptions { authority { id } reportedAt reportedBy { id } } } } } }',
      { n: [ID.n] },
    );
    expect(transfer.errors, transfer.text).toBeUndefined();
    const adopters = transfer.data.innovationTransfer.networks.flatMap((n: any) =>
      n.innovations.flatMap((x: any) => x.adopters.map((a: any) => a.id)),
    );
    expect(adopters).toContain(ID.a);
    const [network] = transfer.data.innovationTransfer.networks;
    expect(network.reportedAdoptionCount).toBe(1);
    const reports = network.innovations.flatMap((x: any) => x.reportedAdoptions);
    // Anonymous sees by whom while the newcomer shows a participation publicly, else only when and which authority.
    expect(reports).toEqual([{ authority: { id: ID.a }, reportedAt: expect.any(String), reportedBy: { id: me } }]);
    await gql(NEWCOMER, `mutation { setVisibility(network: "${ID.n}", visibility: PRIVATE) { changed } }`);
    const hidden = await gql(
      null,
      'query($n: [ID!]) { innovationTransfer(networks: $n) { networks { innovations { reportedAdoptions { reportedBy { id } } } } } }',
      {
        n: [ID.n],
      },
    );
    expect(hidden.data.innovationTransfer.networks[0].innovations.flatMap((x: any) => x.reportedAdoptions)).toEqual([{ reportedBy: null }]);
    await gql(NEWCOMER, `mutation { setVisibility(network: "${ID.n}", visibility: PUBLIC) { changed } }`);
    const own = await gql(
      NEWCOMER,
      'query($n: [ID!]) { innovationTransfer(networks: $n) { networks { innovations { reportedAdoptions { reportedBy { id } } } } } }',
      { n: [ID.n] },
    );
    expect(own.text).toContain(me);
  });

  it('the colleague sees the participation (AUTHORITY or wider); another viewer only once it is PUBLIC', async () => {
    await gql(NEWCOMER, `mutation { setVisibility(network: "${ID.n}", visibility: AUTHORITY) { changed } }`);
    const q = `query($n: ID!) { network(id: $n) { participants { edges { node { person { name } } } } } }`;
    const colleague = await gql(COLLEAGUE, q, { n: ID.n });
    expect(colleague.text).toContain(CORRECTED);
    const outsider = await gql(OUTSIDER, q, { n: ID.n });
    expect(outsider.text).not.toContain(CORRECTED);
    await gql(NEWCOMER, `mutation { setVisibility(network: "${ID.n}", visibility: PUBLIC) { changed } }`);
    expect((await gql(OUTSIDER, q, { n: ID.n })).text).toContain(CORRECTED);
  });

  it('exportMyData: everything stored about me, with my consent log', async () => {
    const exported = await gql(NEWCOMER, 'mutation { exportMyData }');
    expect(exported.errors).toBeUndefined();
    const data = exported.data.exportMyData;
    expect(data.person).toMatchObject({ id: me, name: CORRECTED, email: NEWCOMER.email, jobTitle: 'Referentin' });
    expect(data.worksAt.map((w: any) => w.authority)).toEqual([ID.a]);
    const inN = data.participations.find((p: any) => p.network === ID.n);
    expect(inN.relationship.visibility).toBe('PUBLIC');
    // Declared PUBLIC, then AUTHORITY, PUBLIC, PRIVATE, PUBLIC, AUTHORITY, PUBLIC: every change kept.
    expect(inN.relationship.consentLog.length).toBe(7);
    expect(data.reportedAdoptions).toEqual([expect.objectContaining({ innovation: ID.i, authority: ID.a })]);
    expect(data.auditEntries.map((e: any) => e.kind)).toEqual(
      expect.arrayContaining(['JOIN_AUTHORITY', 'DECLARE_PARTICIPATION', 'CORRECT_PERSON']),
    );
    // An administrator, on request, gets the same.
    const byAdmin = await gql(ADMIN, 'mutation($p: ID!) { exportPersonData(person: $p) }', { p: me });
    expect(byAdmin.data.exportPersonData.person.id).toBe(me);
    expect((await gql(COLLEAGUE, 'mutation($p: ID!) { exportPersonData(person: $p) }', { p: me })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('the audit log: who, what kind, when, which record, never the content; administrators only', async () => {
    const rows = await db.read<{ entry: Record<string, unknown> }>({ text: 'MATCH (x:AuditEntry) RETURN properties(x) AS entry' });
    expect(rows.length).toBeGreaterThan(5);
    const text = JSON.stringify(rows);
    for (const secret of [me, CORRECTED, NEWCOMER.name as string, NEWCOMER.email as string, 'Referentin', 'im Einsatz', NEWCOMER.subject])
      expect(text, secret).not.toContain(secret);
    // Entries about a person name them by pseudonym and hold no content. The import's entries
    // (review decisions) and the curation's (edits of networks, with network data before and
    // after) name no person; their actor is a pseudonym or the command line's user.
    const aboutPersons = rows.filter(({ entry }) => entry.subject != null);
    expect(aboutPersons.length).toBeGreaterThan(5);
    for (const { entry } of rows) {
      const keys = Object.keys(entry).sort();
      if (entry.subject != null) expect(keys).toEqual(['actor', 'at', 'id', 'kind', 'record', 'subject']);
      else if (String(entry.kind).includes('NETWORK'))
        expect(keys.filter((k) => k !== 'before' && k !== 'after')).toEqual(['actor', 'at', 'id', 'kind', 'record']);
      else expect(keys).toEqual(['actor', 'at', 'id', 'kind', 'record']);
      if (entry.subject != null) expect(entry.subject).toMatch(/^ps:[\w-]{22}$/);
      expect(entry.actor).toMatch(entry.subject == null ? /^(ps:[\w-]{22}|cli:.+)$/ : /^ps:[\w-]{22}$/);
      expect(String(entry.record)).not.toMatch(/PUBLIC|PRIVATE|AUTHORITY|NETWORK/);
    }
    const log = '{ auditLog(first: 100) { totalCount edges { node { kind actor subject record at } } } }';
    for (const viewer of [null, NEWCOMER, COLLEAGUE]) expect((await gql(viewer, log)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asAdmin = await gql(ADMIN, log);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data.auditLog.totalCount).toBeGreaterThan(5);
    expect(asAdmin.data.auditLog.edges.map((e: any) => e.node.kind)).toContain('SET_VISIBILITY');
  });

  it('the answer cache never hands one viewer’s answer to another', async () => {
    await gql(NEWCOMER, `mutation { setVisibility(network: "${ID.n}", visibility: AUTHORITY) { changed } }`);
    const url = getUrl(`${base}/graphql`, `{ network(id: "${ID.n}") { participants { edges { node { person { id name } } } } } }`);
    const get = (viewer: TestSignIn | null) =>
      send(url, { headers: { 'accept-encoding': 'identity', ...(viewer ? { authorization: testAuthorization(viewer) } : {}) } });
    const getCached = (viewer: TestSignIn | null) =>
      send(url, { headers: { 'accept-encoding': 'gzip', ...(viewer ? { authorization: testAuthorization(viewer) } : {}) } });
    // A colleague first, then anonymous: the colleague's answer is not kept for anyone.
    const colleague = await getCached(COLLEAGUE);
    expect(colleague.headers.etag).toBeUndefined();
    const anonymous = await getCached(null);
    expect(anonymous.headers.etag).toBeDefined();
    // Anonymous is kept now; the colleague, the newcomer and an outsider each get their own answer.
    expect((await get(COLLEAGUE)).text).toContain(CORRECTED);
    expect((await getCached(null)).headers.etag).toBe(anonymous.headers.etag);
    expect((await getCached(COLLEAGUE)).headers.etag).toBeUndefined();
    expect((await get(OUTSIDER)).text).not.toContain(CORRECTED);
    expect((await get(NEWCOMER)).text).toContain(CORRECTED);
    // A change of consent: the kept anonymous answer is dropped, the next one shows the name.
    await gql(NEWCOMER, `mutation { setVisibility(network: "${ID.n}", visibility: PUBLIC) { changed } }`);
    const after = await getCached(null);
    expect(after.headers.etag).not.toBe(anonymous.headers.etag);
  });

  it('mutations are POST-only and CSRF-protected, and held to the request limits', async () => {
    const erase = 'mutation { eraseMe(confirm: true) { erased } }';
    const byGet = await send(getUrl(`${base}/graphql`, erase), { headers: { authorization: testAuthorization(NEWCOMER) } });
    expect([400, 405]).toContain(byGet.status);
    const byForm = await send(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: testAuthorization(NEWCOMER) },
      body: `query=${encodeURIComponent(erase)}`,
    });
    expect(byForm.status).toBe(403);
    const aliases = Array.from({ length: 20 }, (_, k) => `e${k}: exportMyData`).join(' ');
    const tooMany = await gql(NEWCOMER, `mutation { ${aliases} }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    const [still] = await db.read<{ n: number }>({ text: 'MATCH (p:Person {id: $id}) RETURN count(p) AS n' }, { id: me });
    expect(still?.n).toBe(1);
  });

  it('eraseMe: nothing left of me in the database, in cached answers or in the logs; again it erases nothing', async () => {
    const url = getUrl(`${base}/graphql`, `{ network(id: "${ID.n}") { participants { edges { node { person { id name } } } } } }`);
    const cached = await send(url, { headers: { 'accept-encoding': 'gzip' } });
    const beforeErase = await send(url, { headers: { 'accept-encoding': 'identity' } });
    expect(beforeErase.text).toContain(CORRECTED);
    expect((await gql(NEWCOMER, 'mutation { eraseMe(confirm: false) { erased } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const erased = await gql(NEWCOMER, 'mutation { eraseMe(confirm: true) { erased } }');
    expect(erased.data?.eraseMe).toEqual({ erased: true });
    expect((await gql(NEWCOMER, 'mutation { eraseMe(confirm: true) { erased } }')).data?.eraseMe).toEqual({ erased: false });

    // Every property of every node and relationship, strings and lists of strings.
    const secrets = [me, CORRECTED, NEWCOMER.name as string, NEWCOMER.email as string, NEWCOMER.subject];
    const [scan] = await db.read<{ hits: number; scanned: number }>(
      {
        text: `CALL () {
                 MATCH (n) UNWIND keys(n) AS k RETURN n[k] AS v
                 UNION ALL
                 MATCH ()-[r]->() UNWIND keys(r) AS k RETURN r[k] AS v
               }
               WITH v, [x IN CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END | toString(x)] AS texts
               RETURN count(CASE WHEN any(t IN texts WHERE any(s IN $secrets WHERE t CONTAINS s)) THEN 1 END) AS hits, count(*) AS scanned`,
      },
      { secrets },
    );
    expect(scan?.scanned).toBeGreaterThan(1000);
    expect(scan?.hits).toBe(0);

    // The kept answer is gone: the same URL answers anew, without me.
    const afterErase = await send(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(afterErase.headers.etag).not.toBe(cached.headers.etag);
    const plain = await send(url, { headers: { 'accept-encoding': 'identity' } });
    for (const s of secrets) expect(plain.text).not.toContain(s);
    // The adoption stays, as the authority's; no longer by whom.
    const [adoption] = await db.read<{ reportedBy: string | null; reportedAt: string | null }>(
      {
        text: 'MATCH (:Innovation {id: $i})-[r:ADOPTED_BY]->(:Authority {id: $a}) RETURN r.reportedBy AS reportedBy, r.reportedAt AS reportedAt',
      },
      { i: ID.i, a: ID.a },
    );
    expect(adoption).toEqual({ reportedBy: null, reportedAt: expect.any(String) });
    // The server's logs never held any of it.
    expect(logLines.length).toBeGreaterThan(10);
    for (const s of secrets) expect(logLines.join('\n')).not.toContain(s);
    const entry = await db.read<{ kind: string }>({ text: "MATCH (x:AuditEntry {kind: 'ERASE_PERSON'}) RETURN x.kind AS kind" });
    expect(entry.length).toBeGreaterThan(0);
  });
});
