import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../demo/accounts.js';
import { keycloakRealm, keycloakRealmJson } from './realm.js';

describe('the Keycloak realm', () => {
  it('committed as pnpm keycloak:realm makes it, from the demo accounts', () => {
    // Compared as data: the formatter may lay the committed file out its own way.
    const committed = JSON.parse(readFileSync(resolve(repoRoot, 'server/keycloak/netzwerkatlas-realm.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(keycloakRealmJson()));
  });

  it('holds the same accounts as the embedded provider', () => {
    const users = keycloakRealm().users;
    expect(users.map((u) => [u.username, u.email])).toEqual(demoAccounts().map((a) => [a.subject, a.email]));
  });
});
