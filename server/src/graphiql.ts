// GraphiQL at /graphql, from our own origin only: the self-contained build of
// @graphql-yoga/render-graphiql (its code inline, no CDN), so it works in an authority's closed
// network. Rendered once at start; its inline script is allowed by its hash, nothing else inline
// runs. It opens with example operations for the three uses of the product.

import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const EXPLORE = `# Erkunden: ein Netzwerk, Themen, Träger, Mitglieder
# Explore: a network, its topics, organisations, members
# (synthetic: true marks invented Beispieldaten)
query ExploreNetwork {
  network(id: "network:dvnw") {
    name
    description
    sources { title publisher }
    topics { name }
    organisations { type organisation { name } }
    members(first: 10) {
      totalCount
      edges { node { synthetic authority { name } } }
    }
  }
}
`;

const OVERLAP = `# Überschneidungen: welche Netzwerke teilen Mitglieder
# und Themen mit dem Deutschen Vergabenetzwerk?
# Overlaps: networks sharing members and topics with it
query SimilarNetworks {
  networkSimilarity(network: "network:dvnw", first: 5) {
    edges {
      node {
        network { name }
        score
        authorities { shared jaccard }
        sharedTopics { name }
      }
    }
  }
}
`;

const COLLEAGUES = `# Kolleg:innen: mehrere Personen einer Behörde im selben
# Netzwerk (Namen nur mit Einwilligung, sonst Anzahlen).
# Alle Personen sind bisher erfundene Beispieldaten.
# Colleagues: several persons of one authority in one
# network (names only where consented, else counts).
# All persons so far are invented Beispieldaten.
query Colleagues {
  duplicateParticipation(minPersons: 2) {
    inNetworks(first: 5) {
      edges {
        node {
          authority { name }
          network { name }
          personCount { exact fewerThan3 }
        }
      }
    }
  }
}
`;

export interface GraphiQLPage {
  html: string;
  /** The page's own Content Security Policy: its inline script by hash, workers from blobs. */
  csp: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

export function createGraphiQLPage(): GraphiQLPage {
  const html = renderGraphiQL({
    title: 'Netzwerkatlas GraphQL',
    endpoint: '/graphql',
    defaultTabs: [{ query: EXPLORE }, { query: OVERLAP }, { query: COLLEAGUES }],
    // The API's CSRF guard asks for this header on requests that carry cookies.
    defaultHeaders: JSON.stringify({ 'x-graphql-yoga-csrf': '1' }),
  });
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha256(m[1] ?? '')}'`);
  const csp = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // The editor (Monaco) sets styles from its script; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, csp };
}
