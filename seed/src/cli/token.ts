// pnpm token <person id, subject or email> [--url http://localhost:4000]
// Prints a bearer token of a demo person, for GraphiQL ("Headers": {"Authorization": "Bearer …"})
// and curl. It signs in at the running server's embedded demo provider as a browser would
// (auth/demoToken.ts); with an external provider (OIDC_ISSUER) use that provider's own tools.

import { demoTokenFor } from '@netzwerkatlas/server/auth/demoToken';
import { findDemoAccount } from '../demo/accounts.js';

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const base = urlAt >= 0 ? args[urlAt + 1] : (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 4000}`);
const key = args.find((a, i) => !a.startsWith('--') && i !== urlAt + 1);

if (!key || !base) {
  console.error('usage: pnpm token <person id | subject | email> [--url http://localhost:4000]');
  console.error('  e.g. pnpm token person:demo-0001   or   pnpm token arvid.strege@stadt-arnsberg.example');
  process.exit(2);
}
const account = findDemoAccount(key);
if (!account) {
  console.error(
    `no demo account "${key}": use a person id (person:demo-0001), a subject (demo-0001) or an address from the Demo-Anmeldung`,
  );
  process.exit(2);
}
try {
  const tokens = await demoTokenFor(base, account.subject);
  console.error(`${account.name} (${account.authorityName ?? 'ohne Behörde'}), valid ${tokens.expiresIn ?? '?'} s:`);
  console.log(tokens.accessToken);
} catch (err) {
  console.error(`token: ${(err as Error).message} (is the server running at ${base} with the embedded demo provider?)`);
  process.exit(1);
}
