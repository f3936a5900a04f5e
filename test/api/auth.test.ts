// Sign-in against the real server and the real Neo4j, with the embedded demo provider: bearer
// tokens (valid ones reach the context; expired, unsigned, foreign-key, other-audience and
// other-issuer ones get 401 with the RFC 6750 challenge and no data, by POST and GET), the
// browser's session (cookie flags, Neo4j storage of only the id's hash, rotation, sign-out, two
// replicas), CSRF for cookie requests, and the answer cache, which never serves or keeps an
// answer for a request with credentials.

import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { findDemoAccount } from '@netzwerkatlas/seed';
import type { Identity } from '@netzwerkatlas/server/auth/identity';
import type { Context } from '@netzwerkatlas/server/context';
import type { Plugin } from 'graphql-yoga';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, demoToken, signIn, signInSession, startAuthServer } from '../helpers/auth.js';
import { getUrl, send } from '../helpers/http.js';

const db = testDb();
/** The identity each executed operation saw in its context (a plugin of the test's server). */
const seen: (Identity | null)[] = [];
const capture: Plugin = {
  onExecute({ args }) {
    seen.push((args.contextValue as unknown as Context).identity);
  },
};

let a: AuthServer;
let b: AuthServer;
let dataDir: string;

beforeAll(async () => {
  a = await startAuthServer(db, { http: { plugins: [capture] } });
  // A second replica on the same Neo4j (its own provider: sessions are the shared part).
  b = await startAuthServer(db, { http: { plugins: [capture] } });
  dataDir = String(a.dataDir);
}, 60_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await db.close();
});

const QUERY = '{ networks(first: 2) { totalCount edges { node { id name } } } }';

function post(base: string, headers: Record<string, string> = {}, query = QUERY) {
  return send(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
}

function get(base: string, headers: Record<string, string> = {}, query = QUERY) {
  return send(getUrl(`${base}/graphql`, query), { headers: { accept: 'application/graphql-response+json', ...headers } });
}

describe('bearer tokens', () => {
  it('a demo person’s token from the provider’s real flow reaches the context as that person', async () => {
    const account = findDemoAccount('person:demo-0001');
    const token = await demoToken(a.base, 'person:demo-0001');
    seen.length = 0;
    const answer = await post(a.base, { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    expect(answer.json?.data.networks.totalCount).toBeGreaterThan(10);
    expect(seen).toEqual([
      {
        issuer: `${a.base}/idp`,
        subject: 'demo-0001',
        email: account?.email,
        emailVerified: true,
        name: account?.name,
        via: 'bearer',
      },
    ]);
    // By email too; and an anonymous request has no identity.
    const byEmail = await demoToken(a.base, String(account?.email));
    seen.length = 0;
    expect((await get(a.base, { authorization: `Bearer ${byEmail}` })).status).toBe(200);
    expect((await post(a.base)).status).toBe(200);
    expect(seen.map((i) => i?.subject ?? null)).toEqual(['demo-0001', null]);
  });
});

describe('tokens that do not verify: 401, the challenge, a typed error, no data', () => {
  const now = () => Math.floor(Date.now() / 1000);
  async function issuerKey(): Promise<{ key: CryptoKey | Uint8Array; kid: string }> {
    const jwk = (JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as { signingKeys: JWK[] }).signingKeys[0] as JWK;
    return { key: await importJWK(jwk, 'RS256'), kid: String(jwk.kid) };
  }
  async function signed(claims: Record<string, unknown>, key?: { key: CryptoKey | Uint8Array; kid: string }) {
    const k = key ?? (await issuerKey());
    return new SignJWT({ email: 'arvid.strege@stadt-arnsberg.example', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: k.kid, typ: 'at+jwt' })
      .sign(k.key);
  }
  const base = () => ({ iss: `${a.base}/idp`, aud: 'netzwerkatlas', sub: 'demo-0001', iat: now(), exp: now() + 600 });
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

  const cases: { name: string; reason: string; token: () => Promise<string> }[] = [
    { name: 'expired', reason: 'expired', token: () => signed({ ...base(), iat: now() - 7200, exp: now() - 3600 }) },
    { name: 'for another audience', reason: 'audience', token: () => signed({ ...base(), aud: 'another-api' }) },
    { name: 'from another issuer', reason: 'issuer', token: () => signed({ ...base(), iss: 'http://127.0.0.1:9/idp' }) },
    {
      name: 'signed by another key under the issuer’s key id',
      reason: 'signature',
      token: async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return signed(base(), { key: privateKey, kid: (await issuerKey()).kid });
      },
    },
    {
      name: 'signed by another key under a key id the issuer does not have',
      reason: 'signature',
      token: async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return signed(base(), { key: privateKey, kid: 'not-one-of-ours' });
      },
    },
    { name: 'unsigned (alg: none)', reason: 'algorithm', token: async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(base())}.` },
    {
      name: 'signed with a shared secret (HS256, the public key as secret)',
      reason: 'algorithm',
      token: async () => {
        const { kid } = await issuerKey();
        const publicJwk = await exportJWK((await generateKeyPair('RS256', { extractable: true })).publicKey);
        return new SignJWT(base()).setProtectedHeader({ alg: 'HS256', kid }).sign(new TextEncoder().encode(String(publicJwk.n)));
      },
    },
    { name: 'not a JWT at all', reason: 'malformed', token: async () => 'not-a-token' },
    {
      // The BFF's own ID token (audience: our client id) is no access token.
      name: 'an ID token for this client instead of an access token',
      reason: 'notAccessToken',
      token: async () => {
        const { cookie } = await signIn(a.base, 'demo-0002');
        const idHash = createHash('sha256')
          .update(cookie.split('=')[1] ?? '')
          .digest('base64url');
        const [row] = await db.read<{ idToken: string }>(
          { text: 'MATCH (s:Session {idHash: $idHash}) RETURN s.idToken AS idToken' },
          { idHash },
        );
        expect(row?.idToken).toMatch(/^eyJ/);
        return String(row?.idToken);
      },
    },
  ];

  it.each(cases)('$name → 401 invalid_token ($reason), by POST and by GET', async ({ reason, token }) => {
    const jwt = await token();
    seen.length = 0;
    for (const answer of [await post(a.base, { authorization: `Bearer ${jwt}` }), await get(a.base, { authorization: `Bearer ${jwt}` })]) {
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token", error_description="[^"]+"$/);
      expect(answer.json).not.toHaveProperty('data');
      expect(answer.json?.errors).toHaveLength(1);
      expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
      expect(answer.json?.errors?.[0]?.message).toMatch(/^The token/);
      // The token itself is never echoed.
      expect(answer.text).not.toContain(jwt.slice(0, 40));
      expect(answer.headers.etag).toBeUndefined();
    }
    // Refused before any operation ran.
    expect(seen).toEqual([]);
  });

  it('a request that is not a bearer request gets invalid_request', async () => {
    const answer = await post(a.base, { authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer error="invalid_request"/);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.json).not.toHaveProperty('data');
  });
});

const CSRF = { 'x-graphql-yoga-csrf': '1' };
const hashOf = (cookie: string) =>
  createHash('sha256')
    .update(cookie.slice(cookie.indexOf('=') + 1))
    .digest('base64url');

/** /auth/session, or any answer of the sign-in routes: JSON of their own shape. */
type RouteAnswer = Omit<Awaited<ReturnType<typeof send>>, 'json'> & { json: Record<string, any> | null };

async function sessionOf(base: string, cookie?: string): Promise<RouteAnswer> {
  return send(`${base}/auth/session`, { headers: cookie ? { cookie } : {} });
}

describe('the browser’s session', () => {
  it('sign-in sets an httpOnly SameSite=Lax cookie, keeps only its hash in Neo4j, and /auth/session names the person', async () => {
    const account = findDemoAccount('demo-0003');
    const { cookie, location, setCookies } = await signIn(a.base, 'demo-0003', { returnTo: '/?view=table' });
    expect(location).toBe('/?view=table');
    const line = setCookies.find((l) => l.startsWith('netzwerkatlas='));
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    expect(line).toMatch(/Path=\//);
    // Served over http here: not Secure (https gives Secure and the __Host- prefix, see cookies.test.ts).
    expect(line).not.toMatch(/Secure/i);
    // The login cookie is cleared at the callback.
    expect(setCookies.some((l) => /^netzwerkatlas-login=;/.test(l) && /Max-Age=0/i.test(l))).toBe(true);

    const session = await sessionOf(a.base, cookie);
    expect(session.status).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
    expect(session.json).toEqual({ signedIn: true, name: account?.name, email: account?.email });
    expect(session.text).not.toMatch(/eyJ|token/i);
    expect((await sessionOf(a.base)).json).toEqual({ signedIn: false, name: null, email: null });

    const id = cookie.slice(cookie.indexOf('=') + 1);
    const rows = await db.read<{ s: Record<string, unknown> }>(
      { text: 'MATCH (s:Session {idHash: $idHash}) RETURN properties(s) AS s' },
      { idHash: hashOf(cookie) },
    );
    expect(rows).toHaveLength(1);
    const stored = rows[0]?.s ?? {};
    expect(Object.keys(stored).sort()).toEqual(
      ['createdAt', 'email', 'emailVerified', 'expiresAt', 'idHash', 'idToken', 'issuer', 'name', 'subject'].sort(),
    );
    expect(JSON.stringify(stored)).not.toContain(id);
    expect(Number(stored.expiresAt) - Number(stored.createdAt)).toBe(60 * 60_000);
  });

  it('a GraphQL request with the cookie (and the CSRF header) has the identity in its context', async () => {
    const cookie = await signInSession(a.base, 'demo-0004');
    seen.length = 0;
    const byGet = await get(a.base, { cookie, ...CSRF });
    expect(byGet.status).toBe(200);
    const byPost = await post(a.base, { cookie, ...CSRF });
    expect(byPost.status).toBe(200);
    expect(seen.map((i) => i && { subject: i.subject, via: i.via })).toEqual([
      { subject: 'demo-0004', via: 'session' },
      { subject: 'demo-0004', via: 'session' },
    ]);
    expect(byPost.headers['cache-control']).toBe('private, no-store');
  });

  it('a cookie request without the CSRF header is refused (GET, and a form-like POST)', async () => {
    const cookie = await signInSession(a.base, 'demo-0005');
    seen.length = 0;
    const byGet = await get(a.base, { cookie });
    expect(byGet.status).toBe(403);
    expect(byGet.json).not.toHaveProperty('data');
    const form = await send(`${a.base}/graphql`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(form.status).toBe(403);
    expect(seen).toEqual([]);
  });

  it('a new sign-in in the same browser gets a new session id and ends the old session', async () => {
    const first = await signInSession(a.base, 'demo-0006');
    const second = await signIn(a.base, 'demo-0007', { cookie: first });
    expect(second.cookie).not.toBe(first);
    expect((await sessionOf(a.base, first)).json?.signedIn).toBe(false);
    expect((await sessionOf(a.base, second.cookie)).json).toMatchObject({ signedIn: true, email: findDemoAccount('demo-0007')?.email });
    const [row] = await db.read<{ n: number }>(
      { text: 'MATCH (s:Session {idHash: $idHash}) RETURN count(s) AS n' },
      { idHash: hashOf(first) },
    );
    expect(row?.n).toBe(0);
  });

  it('works across two replicas on one Neo4j: signed in at one, known at the other; signed out at the other, gone at both', async () => {
    const cookie = await signInSession(a.base, 'demo-0008');
    expect((await sessionOf(b.base, cookie)).json).toMatchObject({ signedIn: true, name: findDemoAccount('demo-0008')?.name });
    seen.length = 0;
    expect((await post(b.base, { cookie, ...CSRF })).status).toBe(200);
    expect(seen.map((i) => i?.subject)).toEqual(['demo-0008']);

    const refused = await send(`${b.base}/auth/logout`, { method: 'POST', headers: { cookie }, body: '' });
    expect(refused.status).toBe(403);
    expect((await sessionOf(a.base, cookie)).json?.signedIn).toBe(true);

    const out: RouteAnswer = await send(`${b.base}/auth/logout`, { method: 'POST', headers: { cookie, ...CSRF }, body: '' });
    expect(out.status).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/^netzwerkatlas=;.*Max-Age=0/i);
    // The provider's end-session endpoint, with the ID token as hint and our page to come back to.
    const end = new URL(String(out.json?.endSessionUrl));
    expect(`${end.origin}${end.pathname}`).toBe(`${b.base}/idp/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${b.base}/`);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect((await sessionOf(a.base, cookie)).json?.signedIn).toBe(false);
    expect((await sessionOf(b.base, cookie)).json?.signedIn).toBe(false);
    seen.length = 0;
    expect((await post(a.base, { cookie, ...CSRF })).status).toBe(200);
    expect(seen).toEqual([null]);
  });

  it('the login state is bound to the browser: a callback without its cookie, or with another state, signs nobody in', async () => {
    const noCookie = await send(`${a.base}/auth/callback?code=abc&state=xyz`);
    expect(noCookie.status).toBe(400);
    expect(noCookie.headers['set-cookie'] ?? []).not.toContainEqual(expect.stringMatching(/^netzwerkatlas=./));
    // A real login cookie, but the state of another sign-in.
    const login = await fetch(`${a.base}/auth/login`, { redirect: 'manual' });
    const loginCookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect(loginCookie).toMatch(/^netzwerkatlas-login=./);
    expect(login.headers.getSetCookie()[0]).toMatch(/Path=\/auth\/callback/);
    expect(login.headers.getSetCookie()[0]).toMatch(/Max-Age=600/);
    const forged = await send(`${a.base}/auth/callback?code=abc&state=${randomBytes(16).toString('base64url')}`, {
      headers: { cookie: loginCookie },
    });
    expect(forged.status).toBe(400);
    expect(String(forged.headers['set-cookie'])).not.toMatch(/(^|, )netzwerkatlas=[^;]/);
    // The authorization request carries PKCE (S256), state and nonce.
    const authorize = new URL(String(login.headers.get('location')));
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['code_challenge', 'state', 'nonce']) expect(authorize.searchParams.get(p)?.length).toBeGreaterThanOrEqual(43);
  });

  it('returnTo leads only to our own paths', async () => {
    for (const evil of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      expect((await signIn(a.base, 'demo-0009', { returnTo: evil })).location).toBe('/');
    }
  });

  it('unknown /auth paths stay 404; the routes keep their methods', async () => {
    for (const path of ['/auth', '/auth/', '/auth/nothing', '/auth/session/x'])
      expect((await send(`${a.base}${path}`)).status, path).toBe(404);
    expect((await send(`${a.base}/auth/session`, { method: 'POST', body: '' })).status).toBe(404);
    const getLogout = await send(`${a.base}/auth/logout`);
    expect(getLogout.status).toBe(405);
    expect(getLogout.headers.allow).toBe('POST');
  });
});

describe('the answer cache and credentials', () => {
  it('never serves a cached answer to, nor keeps an answer of, a request with a bearer token or a session cookie', async () => {
    const token = await demoToken(a.base, 'demo-0010');
    const cookie = await signInSession(a.base, 'demo-0011');
    const compressed = { 'accept-encoding': 'br' };
    // Cached for anonymous viewers: an ETag.
    const query = '{ topics(first: 3) { totalCount edges { node { id } } } }';
    const anonymous = await get(a.base, compressed, query);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.etag).toBeDefined();
    for (const headers of [{ authorization: `Bearer ${token}` }, { cookie, ...CSRF }] as Record<string, string>[]) {
      const answer = await get(a.base, { ...compressed, ...headers }, query);
      expect(answer.status).toBe(200);
      expect(answer.headers.etag).toBeUndefined();
      expect(answer.headers['cache-control']).toBe('private, no-store');
      expect(answer.headers.vary).toMatch(/Cookie/);
    }
    // A question first asked with credentials is computed again for the first anonymous viewer.
    const fresh = `{ topics(first: 4) { totalCount edges { node { id name } } } }`;
    for (const headers of [{ authorization: `Bearer ${token}` }, { cookie, ...CSRF }] as Record<string, string>[]) {
      expect((await get(a.base, { ...compressed, ...headers }, fresh)).status).toBe(200);
    }
    db.calls.length = 0;
    const again = await get(a.base, compressed, fresh);
    expect(again.headers.etag).toBeDefined();
    // Computed now: the cache kept nothing from the requests with credentials.
    expect(db.statements.filter((s) => s !== 'landscape/data-version').length).toBeGreaterThan(0);
    db.calls.length = 0;
    expect((await get(a.base, compressed, fresh)).headers.etag).toBe(again.headers.etag);
  });
});

describe('limits apply to the sign-in routes', () => {
  it('the per-client rate limit answers 429 on /auth too', async () => {
    const limited = await startAuthServer(db, { http: { requestsPerMinute: 2 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await sessionOf(limited.base)).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await send(`${limited.base}/idp/.well-known/openid-configuration`)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('logs', () => {
  it('the request log of sign-in, bearer requests and sign-out holds no token, code or session id', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await startAuthServer(db, { http: { log: pino({ level: 'debug' }, sink) } });
    try {
      const { cookie } = await signIn(logged.base, 'demo-0012');
      const token = await demoToken(logged.base, 'demo-0012');
      expect((await post(logged.base, { authorization: `Bearer ${token}` })).status).toBe(200);
      expect((await post(logged.base, { authorization: 'Bearer eyJub3QiOiJ2YWxpZCJ9.e30.c2ln' })).status).toBe(401);
      expect((await send(`${logged.base}/auth/logout`, { method: 'POST', headers: { cookie, ...CSRF }, body: '' })).status).toBe(200);
      const text = lines.join('');
      expect(lines.length).toBeGreaterThan(5);
      expect(text).toMatch(/"status":401/);
      expect(text).not.toContain(token.slice(0, 30));
      expect(text).not.toContain(cookie.slice(cookie.indexOf('=') + 1));
      expect(text).not.toMatch(/eyJ|code=|state=|Bearer|netzwerkatlas=/);
    } finally {
      await logged.close();
    }
  });
});
