// Sign-in for tests: a real HTTP server with the embedded demo provider (its keys in a fresh
// temporary folder), and the two ways a test becomes a demo person, both through the provider's
// real flow: a bearer token (as `pnpm token` gets it) or a browser session cookie (as the app
// gets it, /auth/login → Demo-Anmeldung → /auth/callback), without a browser.

import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoAccounts, findDemoAccount } from '@netzwerkatlas/seed';
import { CookieJar, demoTokenFor, walkDemoSignIn } from '@netzwerkatlas/server/auth/demoToken';
import { type Auth, type AuthOptions, createAuth } from '@netzwerkatlas/server/auth/index';
import type { Db } from '@netzwerkatlas/server/db/index';
import { createHttpServer, type HttpOptions } from '@netzwerkatlas/server/http';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface AuthServer {
  base: string;
  auth: Auth;
  /** The embedded provider's data folder (its signing key is in secrets.json), or null. */
  dataDir: string | null;
  server: Server;
  close(): Promise<void>;
}

/** Sign-in options as a test server uses them: the embedded provider unless `provider` says otherwise. */
export function testAuthOptions(publicUrl: string, overrides: Partial<AuthOptions> = {}): AuthOptions {
  return {
    publicUrl,
    trustProxy: false,
    clientId: 'netzwerkatlas',
    audience: 'netzwerkatlas',
    clockToleranceS: 5,
    emailClaim: 'email',
    scopes: 'openid email profile',
    sessionTtlMs: 60 * 60_000,
    provider: { kind: 'embedded', dataDir: mkdtempSync(join(tmpdir(), 'netzwerkatlas-idp-')) },
    ...overrides,
  };
}

/** The HTTP server with sign-in, on a free port of 127.0.0.1 (its public URL). */
export async function startAuthServer(
  db: Db,
  options: { auth?: Partial<AuthOptions>; http?: Partial<HttpOptions>; port?: number } = {},
): Promise<AuthServer> {
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const authOptions = testAuthOptions(base, options.auth);
  const auth = await createAuth(db, authOptions, demoAccounts);
  const server = createHttpServer({ db, webDist: '/nonexistent', requestsPerMinute: 0, ...options.http, auth });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    base,
    auth,
    dataDir: authOptions.provider.kind === 'embedded' ? authOptions.provider.dataDir : null,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      // Let this process's fetch pool see the closed keep-alive sockets before a test starts a
      // server on the same port again (it would otherwise send the next request on a dead one).
      await new Promise((r) => setTimeout(r, 100));
    },
  };
}

function subjectOf(who: string): string {
  const account = findDemoAccount(who);
  if (!account) throw new Error(`no demo account "${who}"`);
  return account.subject;
}

/**
 * A bearer access token of a demo person (person id `person:demo-0001`, subject `demo-0001` or
 * its synthetic email) from the embedded provider of the server at `base`.
 */
export async function demoToken(base: string, who: string): Promise<string> {
  return (await demoTokenFor(base, subjectOf(who))).accessToken;
}

/**
 * Signs a demo person in at the server at `base` as the browser does (an existing session
 * `cookie` is sent along, as a browser would) and returns the session's `cookie` header and
 * where the server sent the browser afterwards.
 */
export async function signIn(base: string, who: string, options: { returnTo?: string; cookie?: string } = {}) {
  const jar = new CookieJar();
  const start = new URL(`/auth/login?${new URLSearchParams({ returnTo: options.returnTo ?? '/' })}`, base);
  const callback = await walkDemoSignIn(start, subjectOf(who), (url) => url.pathname === '/auth/callback', jar);
  const cookie = [jar.header(), options.cookie].filter(Boolean).join('; ');
  const response = await fetch(callback, { redirect: 'manual', headers: { cookie } });
  if (response.status !== 302) throw new Error(`sign-in: /auth/callback answered ${response.status}`);
  const setCookies = response.headers.getSetCookie();
  const session = setCookies.map((line) => line.split(';')[0] ?? '').find((pair) => /^(__Host-)?netzwerkatlas=./.test(pair));
  if (!session) throw new Error('sign-in: no session cookie');
  return { cookie: session, location: response.headers.get('location'), setCookies };
}

/**
 * Signs a demo person in at the server at `base` as the browser does and returns the `cookie`
 * header of its session (send it with the CSRF header `x-graphql-yoga-csrf: 1` to /graphql).
 */
export async function signInSession(base: string, who: string): Promise<string> {
  return (await signIn(base, who)).cookie;
}
