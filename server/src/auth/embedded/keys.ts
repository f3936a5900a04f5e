// The embedded demo provider's secrets, made once and kept in its data folder (IDP_DATA_DIR,
// under .neo4j/ by default: not committed): the RS256 key that signs its tokens and the keys
// of its cookies. Kept across restarts, so tokens printed by `pnpm token` and the sessions of
// a browser stay valid when the server starts again.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

export interface ProviderSecrets {
  signingKeys: JWK[];
  cookieKeys: string[];
}

export async function loadOrCreateSecrets(dataDir: string): Promise<ProviderSecrets> {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as ProviderSecrets;
    if (stored.signingKeys?.length && stored.cookieKeys?.length) return stored;
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const secrets: ProviderSecrets = {
    signingKeys: [{ ...jwk, kid: randomBytes(12).toString('base64url'), alg: 'RS256', use: 'sig' }],
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
