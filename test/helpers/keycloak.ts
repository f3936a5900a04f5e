// Tokens of a demo user from the test Keycloak, through its real authorization-code flow with
// PKCE, without a browser: its login form is posted as a person would fill it.

import { KEYCLOAK_CLIENT_SECRET, KEYCLOAK_DEMO_PASSWORD } from '@netzwerkatlas/seed/keycloak';
import { CookieJar } from '@netzwerkatlas/server/auth/demoToken';
import * as client from 'openid-client';
import type { KeycloakLocal } from '../setup/keycloak.js';

export async function keycloakTokens(keycloak: KeycloakLocal, redirectUri: string, username: string) {
  const config = await client.discovery(new URL(keycloak.issuer), 'netzwerkatlas', KEYCLOAK_CLIENT_SECRET, undefined, {
    execute: [client.allowInsecureRequests],
  });
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const jar = new CookieJar();
  let url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  let body: string | undefined;
  for (let hop = 0; hop < 8 && !url.href.startsWith(redirectUri); hop++) {
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
    const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(await response.text())?.[1];
    if (!action) throw new Error(`keycloak: no login form at ${url.pathname} (${response.status})`);
    url = new URL(action.replace(/&amp;/g, '&'), url);
    body = new URLSearchParams({ username, password: KEYCLOAK_DEMO_PASSWORD, credentialId: '' }).toString();
  }
  const tokens = await client.authorizationCodeGrant(config, url, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
  });
  return { accessToken: tokens.access_token, idToken: String(tokens.id_token) };
}
