// The embedded provider's own pages, in German first: the Demo-Anmeldung (pick an invented
// person, no password), the sign-out question, and errors. Plain HTML forms, no script; the one
// inline style is allowed by its hash, everything else follows the app's Content Security Policy.

import { createHash } from 'node:crypto';
import type { DemoAccount } from './accounts.js';

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1.5rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.05rem;margin:1.25rem 0 .4rem}
.note{background:#fff4d6;border:1px solid #d9a400;padding:.6rem .8rem;border-radius:4px}
ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4rem}
button{font:inherit;padding:.35rem .7rem;border:1px solid #5b6b7b;border-radius:4px;background:#f4f6f8;cursor:pointer}
button:hover,button:focus{background:#dde6ef}
.extra{font-size:.85rem;color:#4a5560}
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** The policy of these pages: the app's, with the inline style above allowed by its hash. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** The login page of an interaction: every demo account as a button, grouped by authority. */
export function loginPage(action: string, accounts: DemoAccount[]): string {
  const groups = new Map<string, DemoAccount[]>();
  const persons = accounts.filter((a) => a.personId !== null);
  for (const a of persons) {
    const key = a.authorityName ?? 'ohne Behörde';
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const sections = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'de'))
    .map(
      ([authority, list], i) => `<section aria-labelledby="authority-${i}">
<h2 id="authority-${i}">${escapeHtml(authority)}</h2>
<ul>
${list
  .sort((a, b) => a.name.localeCompare(b.name, 'de'))
  .map((a) => `<li><button type="submit" name="account" value="${escapeHtml(a.subject)}">${escapeHtml(a.name)}</button></li>`)
  .join('\n')}
</ul>
</section>`,
    )
    .join('\n');
  const others = accounts
    .filter((a) => a.personId === null)
    .map(
      (a) =>
        `<li><button type="submit" name="account" value="${escapeHtml(a.subject)}">${escapeHtml(a.name)}</button> <span class="extra">${escapeHtml(a.note ?? '')}</span></li>`,
    )
    .join('\n');
  return page(
    'Demo-Anmeldung – Netzwerkatlas',
    `<main>
<h1>Demo-Anmeldung</h1>
<p class="note"><strong>Beispieldaten:</strong> Alle Personen auf dieser Seite sind erfunden (synthetische Demo-Personen, keine echten Menschen).
Ein Klick meldet Sie als diese Person an – ohne Passwort. Diese Anmeldung gibt es nur zum Ausprobieren; im Betrieb meldet der Identitätsanbieter Ihrer Behörde an.
<span lang="en">(Demo sign-in: every person here is invented; click one to sign in as them, no password.)</span></p>
<form method="post" action="${escapeHtml(action)}">
<p><button type="submit" name="abort" value="1">Abbrechen</button></p>
${sections}
<section>
<h2>Weitere Demo-Zugänge</h2>
<ul>
${others}
</ul>
</section>
</form>
</main>`,
  );
}

/** The provider's question before it ends its own session (RP-initiated logout). */
export function logoutPage(form: string): string {
  return page(
    'Abmelden – Demo-Anmeldung',
    `<main>
<h1>Abmelden</h1>
<p>Auch bei der Demo-Anmeldung abmelden?</p>
${form}
<p><button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, abmelden</button>
<button type="submit" form="op.logoutForm">Nein, angemeldet bleiben</button></p>
</main>`,
  );
}

export function messagePage(title: string, text: string): string {
  return page(title, `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/">Zum Netzwerkatlas</a></p></main>`);
}
