// A bearer token of a demo person, through the embedded provider's real authorization-code flow
// (PKCE, as the public native client `netzwerkatlas-cli`): ask for authorization, open the
// Demo-Anmeldung page, pick the person as a browser would (POST of its form), follow the
// redirects to the code, exchange it at the token endpoint. No back door: the same requests a
// person makes by clicking. Used by `pnpm token` (cli/token.ts) and the tests (test/helpers/auth.ts).

import * as client from 'openid-client';
import { CLI_CLIENT_ID, CLI_REDIRECT_URI } from './embedded/provider.js';

export interface DemoTokens {
  accessToken: string;
  idToken: string | undefined;
  expiresIn: number | undefined;
}

/** Cookies of one flow, by name (all of them belong to one host here). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 1) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0\b/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Walks a sign-in at the embedded provider from `start` as a browser would: follows redirects,
 * and on the Demo-Anmeldung page submits the form with the button of `subject`. Stops at the
 * first URL for which `until` is true (not requested) and returns it.
 */
export async function walkDemoSignIn(start: URL, subject: string, until: (url: URL) => boolean, jar = new CookieJar()): Promise<URL> {
  let url = start;
  let body: string | undefined;
  for (let hop = 0; hop < 12; hop++) {
    if (until(url)) return url;
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    jar.take(response);
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      continue;
    }
    const html = await response.text();
    // The Demo-Anmeldung page: its form, and the button of the person.
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !html.includes('Demo-Anmeldung')) {
      throw new Error(`demo sign-in: unexpected answer ${response.status} at ${url.pathname}`);
    }
    if (!html.includes(`value="${subject}"`)) throw new Error(`demo sign-in: no demo account "${subject}" on the login page`);
    url = new URL(action.replace(/&amp;/g, '&'), url);
    body = new URLSearchParams({ account: subject }).toString();
  }
  throw new Error('demo sign-in: too many redirects');
}

/**
 * Signs in at the embedded provider of the server at `baseUrl` as `subject` (a demo account's
 * subject, e.g. `demo-0001`) and returns its tokens.
 */
export async function demoTokenFor(baseUrl: string, subject: string): Promise<DemoTokens> {
  const issuer = new URL('/idp', baseUrl);
  const config = await client.discovery(issuer, CLI_CLIENT_ID, undefined, client.None(), {
    execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
  });
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const start = client.buildAuthorizationUrl(config, {
    redirect_uri: CLI_REDIRECT_URI,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  // The last redirect goes to the redirect URI, which nobody serves; the code is in it.
  const done = await walkDemoSignIn(start, subject, (url) => url.href.startsWith(CLI_REDIRECT_URI));
  const tokens = await client.authorizationCodeGrant(config, done, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
  });
  return { accessToken: tokens.access_token, idToken: tokens.id_token, expiresIn: tokens.expires_in };
}
