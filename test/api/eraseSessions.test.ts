// eraseMe signed in by the browser's session cookie (the web app's "Mich löschen"): the person's
// sign-in sessions hold their name and email (docs/signin.md), so erasure must delete every one of
// them, not only the one that asked, and the cookie that asked is signed out afterwards. The demo
// account without a person record (Alex Neuhaus, an address of Stadt Köln's domain) links itself
// first, so no seeded person is erased.

import { findDemoAccount } from '@netzwerkatlas/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, signInSession, startAuthServer } from '../helpers/auth.js';
import { send } from '../helpers/http.js';

const db = testDb();
let server: AuthServer;
const account = findDemoAccount('demo-new-colleague');

beforeAll(async () => {
  server = await startAuthServer(db);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await db.close();
});

async function gql(cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await send(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { status: answer.status, data: answer.json?.data as any, errors: answer.json?.errors };
}

const sessionsOf = async (subject: string, email: string) =>
  (
    await db.read<{ n: number }>(
      { text: 'MATCH (s:Session) WHERE s.subject = $subject OR s.email = $email RETURN count(s) AS n' },
      { subject, email },
    )
  )[0]?.n ?? 0;

describe('eraseMe through a browser session', () => {
  it('deletes every sign-in session of the person, and the asking cookie is signed out', async () => {
    expect(account?.personId).toBeNull();
    const subject = String(account?.subject);
    const email = String(account?.email);
    const first = await signInSession(server.base, subject);
    const joined = await gql(first, 'mutation { joinAuthority(authority: "org:stadt-koeln") { roles person { id } } }');
    expect(joined.errors).toBeUndefined();
    expect(joined.data.joinAuthority.roles).toEqual(['PERSON', 'STAFF']);
    const person = joined.data.joinAuthority.person.id as string;
    // A second browser of the same person.
    const second = await signInSession(server.base, subject);
    expect(await sessionsOf(subject, email)).toBeGreaterThanOrEqual(2);

    const erased = await gql(first, 'mutation { eraseMe(confirm: true) { erased } }');
    expect(erased.errors).toBeUndefined();
    expect(erased.data.eraseMe.erased).toBe(true);

    expect(await sessionsOf(subject, email)).toBe(0);
    for (const cookie of [first, second]) {
      const session = await send(`${server.base}/auth/session`, { headers: { cookie } });
      expect(session.json).toMatchObject({ signedIn: false });
    }
    const left = await db.read<{ n: number }>({ text: 'MATCH (p:Person {id: $person}) RETURN count(p) AS n' }, { person });
    expect(left[0]?.n).toBe(0);
  });
});
