// The demo sign-in accounts: one per Beispieldaten person (same name, authority and synthetic
// address as the seeded person), and three without a person record, for the cases a real
// deployment meets: a new colleague whose address matches a demo authority's `emailDomains`,
// a guest of no authority, an administrator. The embedded demo provider (server/src/auth/embedded)
// and the Keycloak realm (server/keycloak/) are both made from this one list.

import type { DemoAccount } from '@netzwerkatlas/server/auth/embedded/accounts';
import { landscape } from '../landscape/index.js';
import { isTitle } from './email.js';
import { buildDemoLayer, DEMO_AUTHORITIES } from './index.js';

/** Given and family name of a generated name: titles dropped, the last word the family name. */
function splitName(name: string): { givenName: string; familyName: string } {
  const words = name.split(/\s+/).filter((w) => w !== '' && !isTitle(w));
  const familyName = words.pop() ?? name;
  return { givenName: words.join(' '), familyName };
}

let cached: DemoAccount[] | undefined;

/** Every demo account, in a fixed order: persons by id, then the three without a person. */
export function demoAccounts(): DemoAccount[] {
  if (cached) return cached;
  const layer = buildDemoLayer(landscape);
  const names = new Map<string, string>([
    ...landscape.organisations.map((o) => [o.id, o.name] as const),
    ...DEMO_AUTHORITIES.map((a) => [a.id, a.name] as const),
  ]);
  const persons = layer.persons
    .map((p): DemoAccount => {
      const id = String(p.props.id);
      const name = String(p.props.name);
      return {
        subject: id.replace(/^person:/, ''),
        personId: id,
        name,
        ...splitName(name),
        email: String(p.props.email),
        authorityId: p.authority,
        authorityName: names.get(p.authority) ?? p.authority,
        note: null,
      };
    })
    .sort((a, b) => a.subject.localeCompare(b.subject));
  const extra: DemoAccount[] = [
    {
      subject: 'demo-new-colleague',
      personId: null,
      name: 'Alex Neuhaus',
      givenName: 'Alex',
      familyName: 'Neuhaus',
      email: 'alex.neuhaus@stadt-koeln.example',
      authorityId: null,
      authorityName: 'Stadt Köln',
      note: 'ohne Personeneintrag; Adresse der Stadt Köln',
    },
    {
      subject: 'demo-guest',
      personId: null,
      name: 'Gast ohne Behörde',
      givenName: 'Gast',
      familyName: 'ohne Behörde',
      email: 'gast@beispiel.example',
      authorityId: null,
      authorityName: null,
      note: 'ohne Personeneintrag und ohne Behörde',
    },
    {
      subject: 'demo-admin',
      personId: null,
      name: 'Demo-Administration',
      givenName: 'Demo',
      familyName: 'Administration',
      email: 'admin@netzwerkatlas.example',
      authorityId: null,
      authorityName: null,
      note: 'Administration (ohne Personeneintrag)',
    },
  ];
  cached = [...persons, ...extra];
  return cached;
}

/** An account by subject, person id or email. */
export function findDemoAccount(key: string): DemoAccount | undefined {
  const k = key.trim().toLowerCase();
  return demoAccounts().find((a) => a.subject === k || a.personId === k || a.email === k);
}

export type { DemoAccount };
