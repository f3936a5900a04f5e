// The overlap questions the benchmark asks, each three ways: through our GraphQL field, as the
// raw Cypher our server runs for it (the floor), and through @neo4j/graphql's generated API
// (with the client-side work a user of that API would have to add), or marked where the peer
// cannot express the question natively.

import type { Db } from '@netzwerkatlas/server/db/index';
import { clusterNetworks, type ProjectionPair } from '@netzwerkatlas/server/schema/overlap/clusters/clusters';
import type { Gql } from './servers.js';

export type PeerHow = 'native' | 'native + client code' | '@cypher (our statement)' | 'not expressible';

export interface Question {
  field: string;
  /** Our GraphQL document and variables. */
  query: string;
  variables: Record<string, unknown>;
  peer: { how: PeerHow; note: string; run?: (gql: Gql) => Promise<unknown> };
}

export interface QuestionIds {
  network: string;
  authority: string;
  from: string;
  to: string;
  /** An authority of the real landscape: no MEMBER_OF path leads there from a generated one. */
  unreachable: string;
}

/** Representative ids in the loaded graph: a mid-sized network, a typical member authority, two far-apart authorities. */
export async function pickIds(db: Db): Promise<QuestionIds> {
  const [row] = await db.read<QuestionIds>({
    text: `MATCH (n:Network) WHERE n.id STARTS WITH 'network:gen-'
           WITH n ORDER BY n.id SKIP 9 LIMIT 1
           CALL () {
             MATCH (a:Authority {authorityType: 'MUNICIPALITY'})-[:MEMBER_OF]->(:Network) WHERE a.id STARTS WITH 'org:gen-'
             WITH a, count(*) AS c WHERE c >= 3 RETURN a.id AS authority ORDER BY a.id LIMIT 1
           }
           CALL () {
             MATCH (a:Authority {authorityType: 'MUNICIPALITY'}) WHERE a.id STARTS WITH 'org:gen-ags-01' AND EXISTS { (a)-[:MEMBER_OF]->() }
             RETURN a.id AS from ORDER BY a.id LIMIT 1
           }
           CALL () {
             MATCH (a:Authority {authorityType: 'MUNICIPALITY'}) WHERE a.id STARTS WITH 'org:gen-ags-09' AND EXISTS { (a)-[:MEMBER_OF]->() }
             RETURN a.id AS to ORDER BY a.id DESC LIMIT 1
           }
           CALL () {
             MATCH (a:Authority) WHERE NOT a.id STARTS WITH 'org:gen-' AND EXISTS { (a)-[:MEMBER_OF]->() }
             RETURN a.id AS unreachable ORDER BY a.id LIMIT 1
           }
           RETURN n.id AS network, authority, from, to, unreachable`,
  });
  if (!row) throw new Error('bench: the graph has no generated networks');
  return row;
}

type Idd = { id: string };
const count = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
const jaccard = (shared: number, a: number, b: number) => (shared === 0 ? 0 : shared / (a + b - shared));
const byScore = <T extends { score: number; id: string }>(a: T, b: T) => b.score - a.score || a.id.localeCompare(b.id);

/** Pairs (a < b) of networks sharing members, from a network → member ids listing. */
function sharedPairs(networks: { id: string; members: Idd[] }[]): Map<string, number> {
  const byMember = new Map<string, string[]>();
  for (const n of networks) {
    for (const m of n.members) {
      const list = byMember.get(m.id);
      if (list) list.push(n.id);
      else byMember.set(m.id, [n.id]);
    }
  }
  const pairs = new Map<string, number>();
  for (const list of byMember.values()) {
    list.sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) count(pairs, `${list[i]}|${list[j]}`);
  }
  return pairs;
}

export function questions(ids: QuestionIds): Question[] {
  const today = new Date().toISOString().slice(0, 10);
  const connection = (field: string, to: string): Question => ({
    field,
    query: `query($from: ID!, $to: ID!) { connection(from: $from, to: $to) { hops steps { via node { id } } } }`,
    variables: { from: ids.from, to },
    peer: {
      how: '@cypher (our statement)',
      note: 'no shortest-path in the generated API; a @cypher field runs cypher/overlap/connection.cypher',
      run: (gql) =>
        gql('query($from: ID!, $to: ID!) { connectionRelations(from: $from, to: $to, viaPersons: false, maxHops: 8) }', {
          from: ids.from,
          to,
        }),
    },
  });
  const matrixPeer: Question['peer'] = {
    how: 'native + client code',
    note: 'member lists are native; pairs, shared counts and similarities in the client',
    run: async (gql) => {
      const data = await gql<{ networks: { id: string; name: string; shortName: string | null; members: Idd[] }[] }>(
        '{ networks { id name shortName members { id } } }',
      );
      const size = new Map(data.networks.map((n) => [n.id, n.members.length]));
      return [...sharedPairs(data.networks)].map(([key, shared]) => {
        const [a, b] = key.split('|') as [string, string];
        return { a, b, shared, jaccard: jaccard(shared, size.get(a) ?? 0, size.get(b) ?? 0) };
      });
    },
  };
  return [
    {
      field: 'baseline: { __typename }',
      query: '{ __typename }',
      variables: {},
      peer: { how: 'native', note: 'the fixed cost of one request (raw: RETURN 1)', run: (gql) => gql('{ __typename }') },
    },
    {
      field: 'authorityOverlaps',
      query: `query($min: Int!) { authorityOverlaps(minNetworks: $min, first: 20) { totalCount edges { node {
        networkCount authority { id name } networks { id name shortName } } } } }`,
      variables: { min: 3 },
      peer: {
        how: 'native + client code',
        note: 'count filter is native; ordering by number of networks and the page are done in the client',
        run: async (gql) => {
          const data = await gql<{ authorities: { id: string; name: string; networks: Idd[] }[] }>(
            `query($min: Int!) { authorities(where: { networksConnection: { aggregate: { count: { nodes: { gte: $min } } } } }) {
              id name networks { id name shortName } } }`,
            { min: 3 },
          );
          const sorted = data.authorities.sort((a, b) => b.networks.length - a.networks.length || a.id.localeCompare(b.id));
          return { total: sorted.length, items: sorted.slice(0, 20) };
        },
      },
    },
    {
      field: 'networkSimilarity',
      query: `query($network: ID!) { networkSimilarity(network: $network, first: 20) { totalCount edges { node {
        score network { id name } authorities { shared jaccard overlap } persons { shared jaccard overlap } topics { shared jaccard overlap } } } } }`,
      variables: { network: ids.network },
      peer: {
        how: 'native + client code',
        note: 'nested traversals and size aggregates are native; shared counts, Jaccard, overlap and ranking in the client',
        run: async (gql) => {
          type Agg = { aggregate: { count: { nodes: number } } };
          const data = await gql<{
            networks: { members: { networks: Idd[] }[]; participants: { networks: Idd[] }[]; topics: { networks: Idd[] }[] }[];
            all: { id: string; name: string; membersConnection: Agg; participantsConnection: Agg; topicsConnection: Agg }[];
          }>(
            `query($id: ID!) {
              networks(where: { id: { eq: $id } }) { members { networks { id } } participants { networks { id } } topics { networks { id } } }
              all: networks { id name membersConnection { aggregate { count { nodes } } } participantsConnection { aggregate { count { nodes } } }
                              topicsConnection { aggregate { count { nodes } } } } }`,
            { id: ids.network },
          );
          const n = data.networks[0];
          if (!n) return null;
          const shared = { A: new Map<string, number>(), P: new Map<string, number>(), T: new Map<string, number>() };
          for (const x of n.members) for (const m of x.networks) count(shared.A, m.id);
          for (const x of n.participants) for (const m of x.networks) count(shared.P, m.id);
          for (const x of n.topics) for (const m of x.networks) count(shared.T, m.id);
          const size = new Map(data.all.map((m) => [m.id, m]));
          const self = size.get(ids.network);
          const nA = self?.membersConnection.aggregate.count.nodes ?? 0;
          const nP = self?.participantsConnection.aggregate.count.nodes ?? 0;
          const nT = self?.topicsConnection.aggregate.count.nodes ?? 0;
          const others = new Set([...shared.A.keys(), ...shared.P.keys(), ...shared.T.keys()]);
          others.delete(ids.network);
          const items = [...others].map((id) => {
            const m = size.get(id);
            const score =
              (jaccard(shared.A.get(id) ?? 0, nA, m?.membersConnection.aggregate.count.nodes ?? 0) +
                jaccard(shared.P.get(id) ?? 0, nP, m?.participantsConnection.aggregate.count.nodes ?? 0) +
                jaccard(shared.T.get(id) ?? 0, nT, m?.topicsConnection.aggregate.count.nodes ?? 0)) /
              3;
            return { id, name: m?.name, score };
          });
          return items.sort(byScore).slice(0, 20);
        },
      },
    },
    {
      field: 'overlapMatrix (cells)',
      query: `{ overlapMatrix(by: AUTHORITIES) { basis networks { id index name shortName size } cells { a b i j shared jaccard overlap } } }`,
      variables: {},
      peer: matrixPeer,
    },
    {
      field: 'overlapMatrix (columns)',
      query: `{ overlapMatrix(by: AUTHORITIES) { basis networks { id index name shortName size } columns { i j shared jaccard overlap } } }`,
      variables: {},
      peer: matrixPeer,
    },
    {
      field: 'duplicateParticipation',
      query: `{ duplicateParticipation(minPersons: 2) {
        inNetworks(first: 20) { totalCount edges { node { personCount { exact fewerThan3 } authority { id name } network { id name } persons { id } } } }
        atEvents(first: 20) { totalCount edges { node { personCount { exact fewerThan3 } authority { id name } event { id name } persons { id } } } } } }`,
      variables: {},
      peer: {
        how: 'native + client code',
        note: 'every participation and attendance with the employer is fetched natively; grouping and ranking in the client',
        run: async (gql) => {
          const data = await gql<{
            networks: { id: string; participants: { id: string; employers: Idd[] }[] }[];
            events: { id: string; attendees: { id: string; employers: Idd[] }[] }[];
          }>('{ networks { id participants { id employers { id } } } events { id attendees { id employers { id } } } }');
          const group = (rows: { id: string; people: { id: string; employers: Idd[] }[] }[]) => {
            const groups = new Map<string, string[]>();
            for (const r of rows) {
              for (const p of r.people) {
                const key = `${p.employers[0]?.id}|${r.id}`;
                const list = groups.get(key);
                if (list) list.push(p.id);
                else groups.set(key, [p.id]);
              }
            }
            const dupes = [...groups].filter(([, people]) => people.length >= 2);
            dupes.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
            return { total: dupes.length, items: dupes.slice(0, 20) };
          };
          return {
            inNetworks: group(data.networks.map((n) => ({ id: n.id, people: n.participants }))),
            atEvents: group(data.events.map((e) => ({ id: e.id, people: e.attendees }))),
          };
        },
      },
    },
    {
      field: 'topicRedundancy',
      query: `{ topicRedundancy(first: 20) { totalCount edges { node { score topicJaccard memberJaccard sharedAuthorities related
        a { id name } b { id name } sharedTopics { id name } } } } }`,
      variables: {},
      peer: {
        how: 'native + client code',
        note: 'topic, member and parent lists are native; pairs, Jaccard, related check and ranking in the client',
        run: async (gql) => {
          const data = await gql<{ networks: { id: string; name: string; topics: Idd[]; members: Idd[]; parents: Idd[] }[] }>(
            '{ networks { id name topics { id } members { id } parents { id } } }',
          );
          const byId = new Map(data.networks.map((n) => [n.id, n]));
          const topicPairs = sharedPairs(data.networks.map((n) => ({ id: n.id, members: n.topics })));
          const memberPairs = sharedPairs(data.networks);
          const items = [...topicPairs].flatMap(([key, sT]) => {
            const [a, b] = key.split('|').map((id) => byId.get(id)) as [(typeof data.networks)[number], (typeof data.networks)[number]];
            const pa = a.parents[0]?.id;
            const pb = b.parents[0]?.id;
            if (pa === b.id || pb === a.id || (pa !== undefined && pa === pb)) return [];
            const sA = memberPairs.get(key) ?? 0;
            const score = jaccard(sT, a.topics.length, b.topics.length) + jaccard(sA, a.members.length, b.members.length);
            return [{ id: key, score, sA }];
          });
          items.sort((x, y) => y.score - x.score || y.sA - x.sA || x.id.localeCompare(y.id));
          return { total: items.length, items: items.slice(0, 20) };
        },
      },
    },
    connection('connection', ids.to),
    connection('connection (no path)', ids.unreachable),
    {
      field: 'recommendedNetworks',
      query: `query($authority: ID!) { recommendedNetworks(authority: $authority, first: 20) { totalCount edges { node {
        topicMatches peers network { id name } } } } }`,
      variables: { authority: ids.authority },
      peer: {
        how: 'native + client code',
        note: 'the authority’s networks, their members’ networks and all networks’ topics are native; scoring in the client',
        run: async (gql) => {
          const data = await gql<{
            authorities: { networks: { id: string; topics: Idd[]; members: { id: string; networks: Idd[] }[] }[] }[];
            networks: { id: string; name: string; termEnd: string | null; topics: Idd[] }[];
          }>(
            `query($id: ID!) { authorities(where: { id: { eq: $id } }) { networks { id topics { id } members { id networks { id } } } }
              networks { id name termEnd topics { id } } }`,
            { id: ids.authority },
          );
          const own = data.authorities[0]?.networks ?? [];
          const mine = new Set(own.map((n) => n.id));
          const topicIds = new Set(own.flatMap((n) => n.topics.map((t) => t.id)));
          const peerNetworks = new Map<string, Idd[]>();
          for (const n of own) for (const s of n.members) if (s.id !== ids.authority) peerNetworks.set(s.id, s.networks);
          const peers = new Map<string, number>();
          for (const networks of peerNetworks.values()) for (const m of networks) count(peers, m.id);
          const items = data.networks
            .filter((m) => !mine.has(m.id) && (m.termEnd == null || m.termEnd >= today))
            .map((m) => ({ id: m.id, topicMatches: m.topics.filter((t) => topicIds.has(t.id)).length, peers: peers.get(m.id) ?? 0 }))
            .filter((m) => m.topicMatches > 0 || m.peers > 0);
          items.sort((a, b) => b.topicMatches - a.topicMatches || b.peers - a.peers || a.id.localeCompare(b.id));
          return { total: items.length, items: items.slice(0, 20) };
        },
      },
    },
    {
      field: 'innovationTransfer',
      query: `{ innovationTransfer { byKind { kind innovations adopted } networks { network { id name } innovationCount adoptedCount
        memberCount memberAdopterCount adoptionShare memberAdoptionShare innovations { innovation { id title kind } adopters { id name } } } } }`,
      variables: {},
      peer: {
        how: 'native + client code',
        note: 'innovations with adopters and member lists are native; shares and per-kind counts in the client',
        run: async (gql) => {
          const data = await gql<{
            networks: { id: string; members: Idd[]; innovations: { id: string; kind: string; adopters: Idd[] }[] }[];
          }>(`{ networks(where: { innovationsConnection: { aggregate: { count: { nodes: { gt: 0 } } } } }) {
                id name members { id } innovations { id title kind adopters { id name } } } }`);
          return data.networks.map((n) => {
            const members = new Set(n.members.map((m) => m.id));
            const adopters = new Set(n.innovations.flatMap((i) => i.adopters.map((a) => a.id)).filter((a) => members.has(a)));
            return {
              id: n.id,
              memberCount: members.size,
              memberAdopterCount: adopters.size,
              adopted: n.innovations.filter((i) => i.adopters.length).length,
            };
          });
        },
      },
    },
    {
      field: 'clusters',
      query: '{ clusters { modularity clusters { id size networks { id name } dominantTopics { id name } } } }',
      variables: {},
      peer: {
        how: 'native + client code',
        note: 'members, participants and topics of every network are native; the projection and Louvain (our clusters.ts) in the client',
        run: async (gql) => {
          const data = await gql<{
            networks: { id: string; name: string; topics: { id: string; name: string }[]; members: Idd[]; participants: Idd[] }[];
          }>('{ networks { id name topics { id name } members { id } participants { id } } }');
          const A = sharedPairs(data.networks);
          const P = sharedPairs(data.networks.map((n) => ({ id: n.id, members: n.participants })));
          const T = sharedPairs(data.networks.map((n) => ({ id: n.id, members: n.topics })));
          const keys = [...new Set([...A.keys(), ...P.keys(), ...T.keys()])].sort();
          const pairs: ProjectionPair[] = keys.map((key) => {
            const [a, b] = key.split('|') as [string, string];
            return { a, b, authorities: A.get(key) ?? 0, persons: P.get(key) ?? 0, topics: T.get(key) ?? 0 };
          });
          const networks = [...data.networks].sort((a, b) => a.id.localeCompare(b.id));
          return clusterNetworks(networks, pairs, 1);
        },
      },
    },
  ];
}
