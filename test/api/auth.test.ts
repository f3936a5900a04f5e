// Sign-in against the real server and the real Neo4j, with the embedded demo provider: bearer
// tokens (valid ones reach the context; expired, unsigned, foreign-key, other-audience and
// other-issuer ones get 401 with the RFC 6750 challenge and no data, by POST and GET), the
// browser's session (cookie flags, Neo4j storage of only the id's hash, rotation, sign-out, two
// replicas), CSRF for cookie requests, and the answer cache, which never serves or keeps an
// answer for a request with credentials.

import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDemoAccount } from '@netzwerkatlas/seed';
import type { Identity } from '@netzwerkatlas/server/auth/identity';
import type { Context } from '@netzwerkatlas/server/context';
import type { Plugin } from 'graphql-yoga';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, demoToken, signIn, signInSession, startAuthServer } from '../helpers/auth.js';
import { getUrl, send } from '../helpers/http.js';

const db = testDb();
/** The identity each executed operation saw in its context (a plugin of the test's server). */
const seen: (Identity | null)[] = [];
const capture: Plugin = {
  onExecute({ args }) {
    seen.push((args.contextValue as Context).identity);
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
        return new SignJWT(base())
          .setProtectedHeader({ alg: 'HS256', kid })
          .sign(new TextEncoder().encode(String(publicJwk.n)));
      },
    },
    { name: 'not a JWT at all', reason: 'malformed', token: async () => 'not-a-token' },
    {
      // The BFF's own ID token (audience: our client id) is no access token.
      name: 'an ID token for this client instead of an access token',
      reason: 'notAccessToken',
      token: async () => {
        const { cookie } = await signIn(a.base, 'demo-0002');
        const idHash = createHash('sha256').update(cookie.split('=')[1] ?? '').digest('base64url');
        const [row] = await db.read<{ idToken: string }>({ text: 'MATCH (s:Session {idHash: $idHash}) RETURN s.idToken AS idToken' }, { idHash });
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
