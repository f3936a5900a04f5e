// Imports from the web app over HTTP, against the real Neo4j: the upload refuses requests without
// the CSRF header, without sign-in, from viewers who are neither administrators nor coordinators,
// and files over the limit; a coordinator previews (every problem by line and column), confirms
// and polls an import into the networks they coordinate and no other; an administrator decides
// the review list, every decision recorded, audited and undoable.

import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { importFile } from '@netzwerkatlas/server/import/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountingDb, testDb } from '../helpers/api.js';
import { send } from '../helpers/http.js';
import { TEST_PSEUDONYM_KEY, type TestSignIn, testAuth, testAuthorization } from '../helpers/viewers.js';

const px = `ia${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const ID = {
  c: `org:${px}-c`,
  n: `network:${px}-n`,
  m: `network:${px}-m`,
  coordinator: `person:${px}-coord`,
  p: `person:${px}-p`,
  q: `person:${px}-q`,
};
const COORDINATOR: TestSignIn = { subject: `sub-coord-${px}`, email: `koord.${px}@c.example`, emailVerified: true, name: 'Koordination' };
const STRANGER: TestSignIn = { subject: `sub-str-${px}`, email: `x.${px}@elsewhere.example`, emailVerified: true, name: 'Fremd' };
const ADMIN: TestSignIn = { subject: `admin-${px}`, name: 'Admin' };
const LIMIT = 64 * 1024;

let db: CountingDb;
let server: ReturnType<typeof createHttpServer>;
let base: string;

async function gql(viewer: TestSignIn | null, query: string, variables: Record<string, unknown> = {}) {
  const answer = await send(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(viewer ? { authorization: testAuthorization(viewer) } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: answer.status, data: answer.json?.data as any, errors: answer.json?.errors as any[] | undefined };
}

async function upload(viewer: TestSignIn | null, name: string, body: string, csrf = true) {
  const response = await fetch(`${base}/import/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      ...(csrf ? { 'x-graphql-yoga-csrf': '1' } : {}),
      ...(viewer ? { authorization: testAuthorization(viewer) } : {}),
    },
    body,
  });
  return { status: response.status, json: (await response.json()) as any };
}

const JOB =
  'id state rowsRead published batches error preview { rows accepted rejected problemCount created problems { line column text textEn } } report { rows accepted created changed }';

async function settled(viewer: TestSignIn, id: string) {
  for (let i = 0; i < 300; i++) {
    const answer = await gql(viewer, `query($id: ID!) { importJob(id: $id) { ${JOB} } }`, { id });
    const job = answer.data?.importJob;
    if (!job) throw new Error(`importJob: ${JSON.stringify(answer.errors)}`);
    if (job.state !== 'CHECKING' && job.state !== 'IMPORTING') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('importJob did not settle');
}

const participationsCsv = () => `Person;Netzwerk;Rolle;Quelle
${ID.p};${ID.n};Mitglied;Liste ${px}
${ID.q};${ID.m};Mitglied;Liste ${px}
`;

beforeAll(async () => {
  db = testDb();
  await db.write(
    {
      text: `CREATE (c:Authority {id: $ids.c, name: 'Koordinierende ' + $px, synthetic: true})
             CREATE (n:Network {id: $ids.n, name: 'Netz ' + $px, synthetic: true})
             CREATE (m:Network {id: $ids.m, name: 'Netz M ' + $px, synthetic: true})
             CREATE (c)-[:COORDINATES {synthetic: true}]->(n)
             CREATE (:Person {id: $ids.coordinator, name: 'Koordinatorin ' + $px, email: $email, synthetic: true})-[:WORKS_AT]->(c)
             CREATE (:Person {id: $ids.p, name: 'P ' + $px, synthetic: true})-[:WORKS_AT]->(c)
             CREATE (:Person {id: $ids.q, name: 'Q ' + $px, synthetic: true})-[:WORKS_AT]->(c)`,
    },
    { ids: ID, px, email: COORDINATOR.email },
  );
  server = createHttpServer({
    db,
    webDist: '/nonexistent',
    requestsPerMinute: 0,
    importMaxBytes: LIMIT,
    auth: testAuth,
    people: { admins: { subjects: [ADMIN.subject], emails: [] }, pseudonymKey: TEST_PSEUDONYM_KEY },
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await db?.close();
});

describe('imports from the app', () => {
  it('the upload refuses a request without the CSRF header, anonymous, of a viewer without the role, and over the limit', async () => {
    expect((await upload(COORDINATOR, 'a.csv', participationsCsv(), false)).status).toBe(403);
    expect((await upload(null, 'a.csv', participationsCsv())).status).toBe(401);
    const stranger = await upload(STRANGER, 'a.csv', participationsCsv());
    expect(stranger).toMatchObject({ status: 403, json: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    expect((await upload(COORDINATOR, 'big.csv', 'x'.repeat(LIMIT + 1))).status).toBe(413);
    expect((await fetch(`${base}/import/upload`)).status).toBe(405);
  });

  it('serves the templates of docs/import/vorlagen as downloads to anyone; an unknown template is 404', async () => {
    const response = await fetch(`${base}/import/vorlagen/teilnahmen.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="teilnahmen.csv"');
    const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(body).toBe(readFileSync(join(repoRoot, 'docs/import/vorlagen/teilnahmen.csv'), 'utf8'));
    expect((await fetch(`${base}/import/vorlagen/organisationen.csv`)).status).toBe(200);
    expect((await fetch(`${base}/import/vorlagen/geheim.csv`)).status).toBe(404);
    expect((await fetch(`${base}/import/vorlagen/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/import/vorlagen/teilnahmen.csv`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('importOptions: every kind for an administrator, two for a coordinator, the size limit; nothing for others', async () => {
    const admin = await gql(ADMIN, '{ importOptions { maxBytes kinds } }');
    expect(admin.data.importOptions.maxBytes).toBe(LIMIT);
    expect(admin.data.importOptions.kinds).toContain('ORGANISATIONS');
    expect(admin.data.importOptions.kinds).toHaveLength(10);
    const coordinator = await gql(COORDINATOR, '{ importOptions { maxBytes kinds } }');
    expect(coordinator.data.importOptions).toEqual({ maxBytes: LIMIT, kinds: ['MEMBERSHIPS', 'PARTICIPATIONS'] });
    expect((await gql(STRANGER, '{ importOptions { kinds } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(null, '{ importOptions { kinds } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a coordinator previews: a row of a network they do not coordinate is a problem at its line and column', async () => {
    const up = await upload(COORDINATOR, 'teilnahmen.csv', participationsCsv());
    expect(up.status).toBe(201);
    const started = await gql(COORDINATOR, `mutation($u: ID!) { previewImport(upload: $u, kind: PARTICIPATIONS) { ${JOB} } }`, {
      u: up.json.upload,
    });
    expect(started.errors).toBeUndefined();
    const job = await settled(COORDINATOR, started.data.previewImport.id);
    expect(job.state).toBe('REFUSED');
    expect(job.preview).toMatchObject({ rows: 2, accepted: 1, rejected: 1, problemCount: 1 });
    expect(job.preview.problems).toEqual([
      {
        line: 3,
        column: 'Netzwerk',
        text: `Zeile 3, Spalte Netzwerk: Sie koordinieren ${ID.m} nicht; importiert werden können nur Zeilen Ihrer Netzwerke.`,
        textEn: `Line 3, column Netzwerk: You do not coordinate ${ID.m}; only rows of your own networks can be imported.`,
      },
    ]);
    // A refused preview cannot be confirmed.
    const confirm = await gql(COORDINATOR, 'mutation($j: ID!) { confirmImport(job: $j) { id } }', { j: job.id });
    expect(confirm.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a coordinator imports the valid rows of their network: preview, confirm, progress, done; audited', async () => {
    const up = await upload(COORDINATOR, 'teilnahmen.csv', participationsCsv());
    const started = await gql(
      COORDINATOR,
      `mutation($u: ID!) { previewImport(upload: $u, kind: PARTICIPATIONS, validOnly: true) { id } }`,
      {
        u: up.json.upload,
      },
    );
    const preview = await settled(COORDINATOR, started.data.previewImport.id);
    expect(preview).toMatchObject({ state: 'PREVIEW', preview: { accepted: 1, rejected: 1, created: 1 } });
    // Nothing written by the preview.
    const count = async () =>
      (
        await db.read<{ n: number }>(
          { text: 'MATCH (p:Person)-[r:PARTICIPATES_IN]->(n:Network) WHERE p.id IN [$p, $q] RETURN count(r) AS n' },
          { p: ID.p, q: ID.q },
        )
      )[0]?.n;
    expect(await count()).toBe(0);
    // Another account does not see the job.
    const other = await gql(ADMIN, 'query($id: ID!) { importJob(id: $id) { id } }', { id: preview.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const confirmed = await gql(COORDINATOR, 'mutation($j: ID!) { confirmImport(job: $j) { id state } }', { j: preview.id });
    expect(confirmed.data.confirmImport.state).toBe('IMPORTING');
    const done = await settled(COORDINATOR, preview.id);
    expect(done).toMatchObject({ state: 'DONE', report: { rows: 2, accepted: 1, created: 1 } });
    const [row] = await db.read<{ networks: string[] }>(
      { text: 'MATCH (p:Person)-[:PARTICIPATES_IN]->(n:Network) WHERE p.id IN [$p, $q] RETURN collect(n.id) AS networks' },
      { p: ID.p, q: ID.q },
    );
    expect(row?.networks).toEqual([ID.n]);
    const [audit] = await db.read<{ n: number }>({
      text: "MATCH (x:AuditEntry {kind: 'IMPORT'}) WHERE x.record = 'import participations teilnahmen.csv' RETURN count(x) AS n",
    });
    expect(audit?.n).toBeGreaterThanOrEqual(1);
  });

  it('a coordinator imports no other kind and sees no review list; anonymous viewers nothing', async () => {
    const up = await upload(COORDINATOR, 'netze.csv', `Kennung;Name;Quelle\nnetwork:${px}-x;X;Q\n`);
    const networks = await gql(COORDINATOR, 'mutation($u: ID!) { previewImport(upload: $u, kind: NETWORKS) { id } }', {
      u: up.json.upload,
    });
    expect(networks.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(COORDINATOR, '{ importReview { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await gql(null, 'mutation($u: ID!) { previewImport(upload: $u, kind: PARTICIPATIONS) { id } }', { u: up.json.upload })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await gql(STRANGER, 'query { importJob(id: "x") { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an administrator accepts, undoes and rejects review items in the app; each decision is audited', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-app-'));
    const orgs = join(dir, 'orgs.csv');
    await writeFile(orgs, `Kennung;Name;Quelle\norg:${px}-tc;Stadt Zweifel${px};Q\norg:${px}-td;Landkreis Zweifel${px};Q\n`);
    await importFile(db, orgs, { kind: 'organisations', actor: 'test' });
    const members = join(dir, 'mitglieder.csv');
    await writeFile(members, `Behörde;Netzwerk;Quelle\nZweifel${px};${ID.n};Q\nZweifel${px};${ID.m};Q\n`);
    const report = await importFile(db, members, { kind: 'memberships', actor: 'test' });
    expect(report.review).toHaveLength(2);

    const list = await gql(ADMIN, '{ importReview { id name line status candidates { id } } }');
    const mine = list.data.importReview.filter((r: { name: string }) => r.name === `Zweifel${px}`);
    expect(mine).toHaveLength(2);
    const [first, second] = mine as { id: string; line: number; candidates: { id: string }[] }[];
    expect(first?.candidates.map((c) => c.id).sort()).toEqual([`org:${px}-tc`, `org:${px}-td`]);

    const audits = async (kind: string) =>
      (
        await db.read<{ n: number }>(
          { text: 'MATCH (x:AuditEntry {kind: $kind}) WHERE x.record STARTS WITH $r RETURN count(x) AS n' },
          {
            kind,
            r: `review ${first?.id}`,
          },
        )
      )[0]?.n;
    const member = async () =>
      (
        await db.read<{ n: number }>(
          { text: 'MATCH (:Authority {id: $a})-[r:MEMBER_OF]->(:Network) RETURN count(r) AS n' },
          { a: `org:${px}-tc` },
        )
      )[0]?.n;

    const accepted = await gql(
      ADMIN,
      'mutation($id: ID!, $c: String!) { acceptImportReview(id: $id, choice: $c) { status choice decidedAt decidedByMe undoneAt } }',
      { id: first?.id, c: `org:${px}-tc` },
    );
    expect(accepted.data.acceptImportReview).toMatchObject({
      status: 'ACCEPTED',
      choice: `org:${px}-tc`,
      decidedByMe: true,
      undoneAt: null,
    });
    expect(Date.now() - Date.parse(accepted.data.acceptImportReview.decidedAt)).toBeLessThan(60_000);
    expect(await member()).toBe(1);
    expect(await audits('ACCEPT_REVIEW')).toBe(1);
    const again = await gql(ADMIN, 'mutation($id: ID!, $c: String!) { acceptImportReview(id: $id, choice: $c) { status } }', {
      id: first?.id,
      c: `org:${px}-tc`,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const undone = await gql(ADMIN, 'mutation($id: ID!) { undoImportReview(id: $id) { status choice decidedAt decidedByMe undoneAt } }', {
      id: first?.id,
    });
    expect(undone.data.undoImportReview).toMatchObject({ status: 'OPEN', choice: null, decidedAt: null, decidedByMe: false });
    expect(undone.data.undoImportReview.undoneAt).toEqual(expect.any(String));
    expect(await member()).toBe(0);
    expect(await audits('UNDO_REVIEW')).toBe(1);

    const rejected = await gql(ADMIN, 'mutation($id: ID!) { rejectImportReview(id: $id) { status } }', { id: second?.id });
    expect(rejected.data.rejectImportReview).toEqual({ status: 'REJECTED' });
    // A coordinator decides nothing.
    const refused = await gql(COORDINATOR, 'mutation($id: ID!) { rejectImportReview(id: $id) { status } }', { id: first?.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a backup from the app: administrators only, with the CSRF header; the whole graph but the sign-in sessions; audited', async () => {
    const post = (viewer: TestSignIn | null, csrf = true) =>
      fetch(`${base}/admin/backup`, {
        method: 'POST',
        headers: { ...(csrf ? { 'x-graphql-yoga-csrf': '1' } : {}), ...(viewer ? { authorization: testAuthorization(viewer) } : {}) },
      });
    expect((await post(ADMIN, false)).status).toBe(403);
    expect((await post(null)).status).toBe(401);
    const coordinator = await post(COORDINATOR);
    expect(coordinator.status).toBe(403);
    expect(((await coordinator.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await fetch(`${base}/admin/backup`, { headers: { authorization: testAuthorization(ADMIN) } })).status).toBe(405);
    // A session in the database, which the file must leave out.
    await db.write({ text: 'CREATE (:Session {idHash: $h, account: $a})' }, { h: `hash-${px}`, a: `account-${px}` });
    const answer = await post(ADMIN);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="netzwerkatlas-[\w-]+\.jsonl"$/);
    const lines = (await answer.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const [head, ...rest] = lines;
    expect(head).toMatchObject({ format: 'netzwerkatlas-backup', version: 1 });
    const nodes = rest.filter((l) => 'n' in l);
    const relationships = rest.filter((l) => 'r' in l);
    expect(nodes.length).toBe(head.nodes);
    expect(relationships.length).toBe(head.relationships);
    expect(nodes.some((n) => n.props.id === ID.n)).toBe(true);
    expect(nodes.some((n) => n.labels.includes('Session'))).toBe(false);
    const [audited] = await db.read<{ count: number }>({ text: "MATCH (x:AuditEntry {kind: 'BACKUP'}) RETURN count(x) AS count" });
    expect(audited?.count).toBeGreaterThan(0);
    await db.write({ text: 'MATCH (s:Session {idHash: $h}) DELETE s' }, { h: `hash-${px}` });
  });
});
