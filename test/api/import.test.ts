// Importing files against the real Neo4j: good files land whole and twice change nothing; files
// with each kind of error write nothing and say what is wrong where; a killed import leaves the
// old state (killed while staging) or the whole file (killed while publishing); uncertain authority
// names wait for review.

import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { describeProblem, type ImportOptions, importFile, recoverImports } from '@netzwerkatlas/server/import/index';
import { acceptReview, listReview, ReviewError, rejectReview, undoReview } from '@netzwerkatlas/server/import/review';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, testDb } from '../helpers/api.js';

const db = testDb();
afterAll(() => db.close());

// Every record of this file carries the run's tag, so that parallel test files never collide.
const tag = `imp${Date.now().toString(36)}`;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-'));
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const run = (path: string, options: Partial<ImportOptions> & Pick<ImportOptions, 'kind'>) =>
  importFile(db, path, { actor: 'test', ...options });

/** Everything the run's records hold: nodes with properties and labels, and their relationships. */
async function snapshot() {
  return db.read<{ id: string }>(
    {
      text: `MATCH (n) WHERE n.id CONTAINS $tag
             OPTIONAL MATCH (n)-[r]->(m) WHERE type(r) IN ['MEMBER_OF', 'WORKS_AT', 'PARTICIPATES_IN', 'PART_OF', 'COVERS', 'ATTENDED', 'ORGANISED_BY']
             WITH n, r, m ORDER BY type(r), m.id
             RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, collect([type(r), m.id, properties(r)]) AS out ORDER BY id`,
    },
    { tag },
  );
}

const orgs = () => `Kennung;Name;Bundesland;AGS;Quelle
org:${tag}-a;Gemeinde Ätzingen ${tag};DE-BY;09162000;Verzeichnis der Gemeinden 2026
org:${tag}-b;Landkreis Büchenau ${tag};DE-NW;05315000;Verzeichnis der Gemeinden 2026
`;

describe('import', () => {
  it('imports organisations from a Windows-1252 semicolon CSV, and a second import changes nothing', async () => {
    // Stadt Köln (demo) already holds 05315000 and Munich's 09162000 may be held too: use fresh keys.
    const text = orgs().replace('09162000', '09999001').replace('05315000', '05999002');
    const path = await file('organisationen.csv', Buffer.from(text, 'latin1'));
    const first = await run(path, { kind: 'organisations' });
    expect(first.problems.map((p) => describeProblem(p))).toEqual([]);
    expect(first).toMatchObject({ outcome: 'written', encoding: 'windows-1252', rows: 2, accepted: 2, created: 2 });
    const before = await snapshot();
    expect(before).toEqual([
      expect.objectContaining({
        id: `org:${tag}-a`,
        labels: ['Authority'],
        props: expect.objectContaining({
          name: `Gemeinde Ätzingen ${tag}`,
          ags: '09999001',
          source: ['Verzeichnis der Gemeinden 2026'],
          synthetic: false,
        }),
      }),
      expect.objectContaining({ id: `org:${tag}-b`, props: expect.objectContaining({ name: `Landkreis Büchenau ${tag}` }) }),
    ]);
    const second = await run(path, { kind: 'organisations' });
    expect(second).toMatchObject({ outcome: 'written', created: 0, changed: 0, links: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('imports networks, persons, memberships by name and participations; their sources show in the API', async () => {
    await run(await file('o.csv', orgs().replace('09162000', '09999003').replace('05315000', '05999004').replaceAll(tag, `${tag}p`)), {
      kind: 'organisations',
    });
    const networks = await file(
      'netzwerke.csv',
      `id,name,topics,source\nnetwork:${tag}-n,Netzwerk ${tag},topic:vergaberecht,https://example.org/liste\n`,
    );
    expect(await run(networks, { kind: 'networks' })).toMatchObject({ outcome: 'written', created: 1, links: 1 });
    const members = await file('m.csv', `Behörde;Netzwerk;seit;Quelle\nAetzingen ${tag}p;network:${tag}-n;2024;Mitgliederliste\n`);
    const m = await run(members, { kind: 'memberships' });
    expect(m.problems.map((p) => describeProblem(p))).toEqual([]);
    expect(m).toMatchObject({ outcome: 'written', created: 1 });
    const persons = await file(
      'p.csv',
      `Kennung;Name;Behörde;E-Mail;Beispieldaten\nperson:${tag}-x;Erika Muster;org:${tag}p-a;erika@example.org;ja\n`,
    );
    expect(await run(persons, { kind: 'persons' })).toMatchObject({ outcome: 'written', created: 1 });
    const parts = await file(
      't.csv',
      `Person;Netzwerk;Rolle;seit;Sichtbarkeit;Beispieldaten\nperson:${tag}-x;network:${tag}-n;Koordination;01.02.2025;Netzwerk;ja\n`,
    );
    expect(await run(parts, { kind: 'participations' })).toMatchObject({ outcome: 'written', created: 1 });
    const [row] = await db.read<{ member: Record<string, unknown>; part: Record<string, unknown>; covers: string[] }>(
      {
        text: `MATCH (a:Authority {id: $a})-[m:MEMBER_OF]->(n:Network {id: $n})<-[p:PARTICIPATES_IN]-(:Person {id: $p})-[:WORKS_AT]->(a)
               RETURN properties(m) AS member, properties(p) AS part, [(n)-[:COVERS]->(t) | t.id] AS covers`,
      },
      { a: `org:${tag}p-a`, n: `network:${tag}-n`, p: `person:${tag}-x` },
    );
    expect(row?.member).toMatchObject({ since: '2024', source: ['Mitgliederliste'], synthetic: false });
    expect(row?.part).toMatchObject({ role: 'COORDINATOR', since: '2025-02-01', visibility: 'NETWORK', synthetic: true });
    expect(row?.covers).toEqual(['topic:vergaberecht']);
    // An imported source has no catalogue entry: the API shows it as what the file said.
    const answer = await api(db)(`query ($id: ID!) { node(id: $id) { ... on Network { synthetic sources { id title url } } } }`, {
      id: `network:${tag}-n`,
    });
    expect(answer.data?.node).toEqual({
      synthetic: false,
      sources: [{ id: 'https://example.org/liste', title: 'https://example.org/liste', url: 'https://example.org/liste' }],
    });
  });

  it.each([
    ['a missing required column', 'networks', 'name;Quelle\nX;Q\n', /Zeile 1, Spalte Kennung: Die Pflichtspalte „Kennung“/],
    [
      'a bad date',
      'memberships',
      `Organisation;Netzwerk;seit;Quelle\norg:stadt-koeln;network:dvnw;31.02.2024;Q\n`,
      /Zeile 2, Spalte seit: „31.02.2024“: „31.02.2024“ ist kein Datum/,
    ],
    [
      'an unknown network',
      'memberships',
      `Organisation;Netzwerk;Quelle\norg:stadt-koeln;network:${tag}-gibtsnicht;Q\n`,
      new RegExp(`Zeile 2, Spalte Netzwerk: Das Netzwerk network:${tag}-gibtsnicht ist nicht bekannt`),
    ],
    [
      'a bad AGS',
      'organisations',
      `Name;AGS;Quelle\nGemeinde ${tag}-x;1234;Q\n`,
      /Zeile 2, Spalte AGS: Der AGS „1234“ muss aus genau 8 Ziffern bestehen/,
    ],
    [
      'a duplicate row',
      'organisations',
      `Kennung;Name;Quelle\norg:${tag}-d;D ${tag};Q\norg:${tag}-d;D ${tag};Q\n`,
      /Zeile 3: Die Zeile wiederholt Zeile 2/,
    ],
    ['a row without source', 'organisations', `Kennung;Name\norg:${tag}-s;S ${tag}\n`, /Zeile 2, Spalte Quelle: nennt keine Quelle/],
  ] as const)('refuses a file with %s, writes nothing, and says where', async (_, kind, content, message) => {
    const before = await snapshot();
    const report = await run(await file(`bad-${kind}.csv`, content), { kind });
    expect(report.outcome).toBe('refused');
    expect(report.problems.map((p) => describeProblem(p))).toContainEqual(expect.stringMatching(message));
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file in an unreadable encoding', async () => {
    const report = await run(await file('binary.csv', Uint8Array.from([0x4b, 0x65, 0x3b, 0x81, 0x8d, 0x0a])), { kind: 'networks' });
    expect(report).toMatchObject({ outcome: 'refused', problems: [expect.objectContaining({ line: 0 })] });
  });

  it('keeps a formula in a cell as the text it is', async () => {
    const path = await file('formula.csv', `Kennung;Name;Quelle\nnetwork:${tag}-f;"=HYPERLINK(""http://x"";""y"")";Q\n`);
    expect(await run(path, { kind: 'networks' })).toMatchObject({ outcome: 'written', created: 1 });
    const [n] = await db.read<{ name: string }>({ text: 'MATCH (n:Network {id: $id}) RETURN n.name AS name' }, { id: `network:${tag}-f` });
    expect(n?.name).toBe('=HYPERLINK("http://x";"y")');
  });

  it('writes the valid rows only when asked, listing the others; a dry run writes nothing', async () => {
    const content = `Kennung;Name;Quelle\nnetwork:${tag}-v1;V1;Q\nnetwork:BAD;V2;Q\nnetwork:${tag}-v3;V3;Q\n`;
    const dry = await run(await file('dry.csv', content.replace('network:BAD;V2;Q\n', '')), { kind: 'networks', dryRun: true });
    expect(dry).toMatchObject({ outcome: 'dry-run', created: 2 });
    expect((await snapshot()).filter((n) => n.id.includes('-v'))).toEqual([]);
    const partial = await run(await file('partial.csv', content), { kind: 'networks', validOnly: true });
    expect(partial).toMatchObject({ outcome: 'written', accepted: 2, rejected: 1, created: 2 });
    expect(partial.problems.map((p) => describeProblem(p))).toEqual([expect.stringMatching(/^Zeile 3, Spalte Kennung/)]);
  });

  it('sends an authority name it cannot match for certain to review instead of guessing', async () => {
    // Two bodies share the core name: a city and a district.
    await run(
      await file('twins.csv', `Kennung;Name;Quelle\norg:${tag}-tc;Stadt Zwilling${tag};Q\norg:${tag}-td;Landkreis Zwilling${tag};Q\n`),
      { kind: 'organisations' },
    );
    const report = await run(await file('twin-members.csv', `Behörde;Netzwerk;Quelle\nZwilling${tag};network:dvnw;Q\n`), {
      kind: 'memberships',
    });
    expect(report.outcome).toBe('written');
    expect(report.review).toEqual([
      expect.objectContaining({
        line: 2,
        name: `Zwilling${tag}`,
        candidates: expect.arrayContaining([
          expect.objectContaining({ id: `org:${tag}-tc` }),
          expect.objectContaining({ id: `org:${tag}-td` }),
        ]),
      }),
    ]);
    const [held] = await db.read<{ n: number; members: number }>(
      {
        text: `MATCH (r:ReviewItem {name: $name, status: 'OPEN'}) RETURN count(r) AS n, COUNT { (o)-[:MEMBER_OF]->(:Network {id: 'network:dvnw'}) WHERE o.id IN [$a, $b] } AS members`,
      },
      { name: `Zwilling${tag}`, a: `org:${tag}-tc`, b: `org:${tag}-td` },
    );
    expect(held).toEqual({ n: 1, members: 0 });
  });

  it('an administrator accepts a review item with a candidate, can undo it, or rejects it', async () => {
    await run(await file('pair.csv', `Kennung;Name;Quelle\norg:${tag}-rc;Stadt Paar${tag};Q\norg:${tag}-rd;Landkreis Paar${tag};Q\n`), {
      kind: 'organisations',
    });
    await run(await file('pair-members.csv', `Behörde;Netzwerk;seit;Quelle\nPaar${tag};network:dvnw;2025;Q\n`), { kind: 'memberships' });
    const open = (await listReview(db)).find((r) => r.name === `Paar${tag}`);
    expect(open?.candidates.map((c) => c.id).sort()).toEqual([`org:${tag}-rc`, `org:${tag}-rd`]);
    const id = open?.id as string;
    const member = async () =>
      (
        await db.read<{ since: string }>(
          { text: `MATCH (:Authority {id: $a})-[r:MEMBER_OF]->(:Network {id: 'network:dvnw'}) RETURN r.since AS since` },
          { a: `org:${tag}-rd` },
        )
      )[0]?.since ?? null;

    await expect(acceptReview(db, id, 'org:someone-else', 'admin')).rejects.toThrow(ReviewError);
    await acceptReview(db, id, `org:${tag}-rd`, 'admin');
    expect(await member()).toBe('2025');
    expect((await listReview(db, 'ACCEPTED')).find((r) => r.id === id)).toMatchObject({ choice: `org:${tag}-rd`, decidedBy: 'admin' });
    await expect(acceptReview(db, id, `org:${tag}-rd`, 'admin')).rejects.toThrow(/schon entschieden/);

    await undoReview(db, id, 'admin');
    expect(await member()).toBeNull();
    expect((await listReview(db)).some((r) => r.id === id)).toBe(true);

    await rejectReview(db, id, 'admin');
    expect((await listReview(db, 'REJECTED')).find((r) => r.id === id)).toMatchObject({ decidedBy: 'admin' });
    expect(await member()).toBeNull();
  });

  it('accepting an organisation as a new body creates it, and undoing removes it again', async () => {
    await run(await file('solo.csv', `Kennung;Name;Quelle\norg:${tag}-so;Gemeinde Solo${tag};Q\n`), { kind: 'organisations' });
    const report = await run(await file('solo-again.csv', `Name;Quelle\nStadt Solo${tag};Q\n`), { kind: 'organisations' });
    expect(report.review).toHaveLength(0);
    // A name with no kind word on one side and another on the other is certain only when alone: here it is not a match at all.
    const other = await run(await file('solo-typo.csv', `Name;Quelle\nGemeinde Sola${tag};Q\n`), { kind: 'organisations' });
    const item = other.review[0];
    expect(item?.candidates.map((c) => c.id)).toEqual([`org:${tag}-so`]);
    const id = (await listReview(db)).find((r) => r.name === `Gemeinde Sola${tag}`)?.id as string;
    await acceptReview(db, id, 'new', 'admin');
    const created = async () =>
      (await db.read<{ id: string }>({ text: 'MATCH (a:Authority {name: $n}) RETURN a.id AS id' }, { n: `Gemeinde Sola${tag}` }))[0]?.id ??
      null;
    expect(await created()).toMatch(/^org:gemeinde-sola/);
    await undoReview(db, id, 'admin');
    expect(await created()).toBeNull();
  });

  /** Starts the import command on a file; resolves once `line` shows on its stderr, then kills it. */
  async function killWhen(path: string, kind: string, line: RegExp, env: Record<string, string> = {}): Promise<boolean> {
    const { uri } = inject('neo4j');
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'server/src/cli/import.ts'), path, '--kind', kind], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((r) => child.once('exit', r));
    const reached = await new Promise<boolean>((done) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (line.test(chunk.toString())) {
          child.kill('SIGKILL');
          done(true);
        }
      });
      child.on('exit', () => done(false));
    });
    await exited;
    return reached;
  }

  const stagingRuns = async () =>
    db.read<{ status: string; batches: number }>({
      text: 'MATCH (s:ImportStaging) RETURN s.status AS status, COUNT { (b:ImportStage {run: s.id}) } AS batches',
    });
  const countOf = async (label: 'Network' | 'Event', prefix: string) =>
    (await db.read<{ n: number }>({ text: `MATCH (n:${label}) WHERE n.id STARTS WITH $p RETURN count(n) AS n` }, { p: prefix }))[0]?.n;

  /** A file of `rows` events of a network of this run's own. */
  async function eventsFile(name: string, prefix: string, rows: number): Promise<string> {
    await run(await file('termin-netzwerk.csv', `Kennung;Name;Quelle\nnetwork:${tag}-ev;Treffpunkt;Q\n`), { kind: 'networks' });
    const lines = ['Kennung;Name;Netzwerk;Format;Quelle'];
    for (let i = 0; i < rows; i++) lines.push(`event:${tag}-${prefix}${i};Treffen ${i};network:${tag}-ev;ONLINE_PLATFORM;Q`);
    return file(name, `${lines.join('\n')}\n`);
  }

  it('an import killed while staging leaves the old state; the next import removes what it staged', async () => {
    const rows = 40_000;
    const lines = ['Kennung;Name;Quelle'];
    for (let i = 0; i < rows; i++) lines.push(`network:${tag}-k${i};Netzwerk ${i};Q`);
    const path = await file('gross.csv', `${lines.join('\n')}\n`);
    // Killed once it has staged rows (it reports every 10,000 rows read; a batch is 5,000).
    expect(await killWhen(path, 'networks', /20000 Zeilen/)).toBe(true);
    const [left] = await stagingRuns();
    expect(left).toMatchObject({ status: 'STAGING' });
    expect(left?.batches).toBeGreaterThan(0);
    // Readers see nothing of a staged run.
    expect(await countOf('Network', `network:${tag}-k`)).toBe(0);
    const next = await run(await file('after-kill.csv', `Kennung;Name;Quelle\nnetwork:${tag}-after;Danach;Q\n`), { kind: 'networks' });
    expect(next).toMatchObject({ outcome: 'written', created: 1 });
    expect(await stagingRuns()).toEqual([]);
    expect(await countOf('Network', `network:${tag}-k`)).toBe(0);
    // (That a whole file lands is shown above with small files: a large one here would add its
    // networks to the database every other test file shares.)
  }, 240_000);

  it('an import killed while publishing in batches is finished by the next start: the whole file, never a part', async () => {
    // Events: many of them change no part of the derived data that grows with their number.
    const rows = 20_000;
    const path = await eventsFile('termine-gross.csv', 'p', rows);
    try {
      // Above 1,000 rows published batch by batch (4 batches of 5,000); killed after the first.
      expect(await killWhen(path, 'events', /1 von 4 Teilen veröffentlicht/, { IMPORT_ONE_TRANSACTION_ROWS: '1000' })).toBe(true);
      const [left] = await stagingRuns();
      expect(left).toMatchObject({ status: 'PUBLISHING' });
      expect(left?.batches).toBeGreaterThan(0);
      expect(left?.batches).toBeLessThan(4);
      const recovery = await recoverImports(db);
      expect(recovery.finished).toHaveLength(1);
      expect(await stagingRuns()).toEqual([]);
      expect(await countOf('Event', `event:${tag}-p`)).toBe(rows);
      const [record] = await db.read<{ created: number; rows: number }>(
        { text: 'MATCH (r:ImportRun {file: $file}) RETURN r.created AS created, r.rows AS rows' },
        { file: 'termine-gross.csv' },
      );
      expect(record).toEqual({ created: rows, rows });
      // Importing the same file again changes nothing.
      expect(await run(path, { kind: 'events', oneTransactionRows: 1000 })).toMatchObject({ outcome: 'written', created: 0, changed: 0 });
    } finally {
      await db.write({ text: 'MATCH (e:Event) WHERE e.id STARTS WITH $p DETACH DELETE e' }, { p: `event:${tag}-p` });
    }
  }, 240_000);

  it('a run larger than one transaction publishes in batches and lands whole', async () => {
    const rows = 12_000;
    const path = await eventsFile('termine-teile.csv', 'b', rows);
    const published: number[] = [];
    try {
      const report = await run(path, { kind: 'events', oneTransactionRows: 1000, onPublish: (done) => published.push(done) });
      expect(report).toMatchObject({ outcome: 'written', created: rows });
      expect(published).toEqual([1, 2, 3]);
      expect(await countOf('Event', `event:${tag}-b`)).toBe(rows);
      expect(await stagingRuns()).toEqual([]);
    } finally {
      await db.write({ text: 'MATCH (e:Event) WHERE e.id STARTS WITH $p DETACH DELETE e' }, { p: `event:${tag}-b` });
    }
  }, 240_000);
});
