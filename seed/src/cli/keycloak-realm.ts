// pnpm keycloak:realm — writes server/keycloak/netzwerkatlas-realm.json from the demo accounts.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { keycloakRealmJson } from '../keycloak/realm.js';

writeFileSync(resolve(repoRoot, 'server/keycloak/netzwerkatlas-realm.json'), keycloakRealmJson());
console.log('realm written to server/keycloak/netzwerkatlas-realm.json');
