// The Keycloak realm of the demo accounts (server/keycloak/netzwerkatlas-realm.json, imported by
// docker-compose.yml and by the Keycloak test), made from the same list as the embedded
// provider's (the seed's demoAccounts), so both sign in the same invented persons.
// `pnpm keycloak:realm` writes it; a test checks the committed file is what this makes.
//
// For trials only: every demo user's password is "demo", and the client secret is written here.

import { demoAccounts } from '../demo/accounts.js';

export const KEYCLOAK_REALM = 'netzwerkatlas';
export const KEYCLOAK_CLIENT_SECRET = 'netzwerkatlas-demo-secret';
export const KEYCLOAK_DEMO_PASSWORD = 'demo';

/** The realm as Keycloak's import reads it, for a server at `publicUrl`. */
export function keycloakRealm(publicUrl = 'http://localhost:4000') {
  return {
    realm: KEYCLOAK_REALM,
    displayName: 'Netzwerkatlas – Demo-Anmeldung (erfundene Personen, Passwort: demo)',
    enabled: true,
    sslRequired: 'external',
    registrationAllowed: false,
    loginWithEmailAllowed: true,
    duplicateEmailsAllowed: false,
    resetPasswordAllowed: false,
    internationalizationEnabled: true,
    supportedLocales: ['de', 'en'],
    defaultLocale: 'de',
    accessTokenLifespan: 3600,
    // Every demo password is "demo": a costly hash protects nothing here and would make the
    // import of some 170 users take minutes on a small machine.
    passwordPolicy: 'hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)',
    ssoSessionMaxLifespan: 8 * 3600,
    clients: [
      {
        clientId: 'netzwerkatlas',
        name: 'Netzwerkatlas',
        enabled: true,
        protocol: 'openid-connect',
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        secret: KEYCLOAK_CLIENT_SECRET,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
        frontchannelLogout: true,
        redirectUris: [`${publicUrl}/auth/callback`],
        webOrigins: [],
        attributes: {
          'pkce.code.challenge.method': 'S256',
          'post.logout.redirect.uris': `${publicUrl}/`,
        },
        defaultClientScopes: ['profile', 'email', 'roles', 'web-origins', 'basic'],
        // Access tokens name this API as their audience (OIDC_AUDIENCE defaults to the client id).
        protocolMappers: [
          {
            name: 'audience netzwerkatlas',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-audience-mapper',
            consentRequired: false,
            config: { 'included.client.audience': 'netzwerkatlas', 'id.token.claim': 'false', 'access.token.claim': 'true' },
          },
        ],
      },
    ],
    users: demoAccounts().map((a) => ({
      username: a.subject,
      email: a.email,
      emailVerified: true,
      firstName: a.givenName || a.name,
      lastName: a.familyName,
      enabled: true,
      credentials: [{ type: 'password', value: KEYCLOAK_DEMO_PASSWORD, temporary: false }],
    })),
  };
}

export function keycloakRealmJson(): string {
  return `${JSON.stringify(keycloakRealm(), null, 2)}\n`;
}
