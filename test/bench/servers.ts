// The HTTP endpoints the benchmark talks to: our server (server/src/http.ts) in process, and the
// peer a Neo4j user would pick, @neo4j/graphql with typeDefs for the same model, behind the
// same graphql-yoga, each on a free port; plus a small fetch-based GraphQL client.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { cypher } from '@netzwerkatlas/cypher';
import { createDb, createDriver, type Db } from '@netzwerkatlas/server/db/index';
import { createCompression, createHttpServer } from '@netzwerkatlas/server/http';
import { createYoga } from 'graphql-yoga';
import { getUrl } from '../helpers/http.js';
import { type RecordingDb, recordCalls } from '../helpers/recording.js';

export interface Endpoint {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

function closer(server: Server, extra?: () => Promise<void>) {
  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await extra?.();
  };
}

/**
 * The floor of delivering an answer over HTTP: a server that, for every POST, after reading the
 * request, serialises the answer it is handed (any JSON API must) and sends it with the content
 * type and compression our server uses. What it costs to serialise, send and parse an answer is
 * then measured without computing it.
 */
export async function startEcho(): Promise<Endpoint & { answer(body: string): void }> {
  let value: unknown = {};
  const compress = createCompression();
  const server = createServer((req, res) => {
    req.resume();
    req.once('end', () =>
      compress(req, res, () => {
        res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8' });
        res.end(JSON.stringify(value));
      }),
    );
  });
  const answer = (body: string) => {
    value = JSON.parse(body);
  };
  return { url: await listen(server), close: closer(server), answer };
}

/** Our API on a free port, over the given Db (no web app). */
export async function startOurs(db: Db): Promise<Endpoint> {
  const server = createHttpServer({ db, webDist: '/nonexistent-web-dist', requestsPerMinute: 0 });
  return { url: await listen(server), close: closer(server) };
}

/**
 * The model as @neo4j/graphql typeDefs. Questions the generated API cannot ask are reached
 * through @cypher fields that run our own statement (marked as such in the report).
 */
export const PEER_TYPEDEFS = /* GraphQL */ `
  type Network @node {
    id: ID!
    name: String
    shortName: String
    level: String
    bundesland: String
    termEnd: String
    synthetic: Boolean
    members: [Authority!]! @relationship(type: "MEMBER_OF", direction: IN)
    participants: [Person!]! @relationship(type: "PARTICIPATES_IN", direction: IN)
    topics: [Topic!]! @relationship(type: "COVERS", direction: OUT)
    parents: [Network!]! @relationship(type: "PART_OF", direction: OUT)
    innovations: [Innovation!]! @relationship(type: "EMERGED_IN", direction: IN)
    events: [Event!]! @relationship(type: "ORGANISED_BY", direction: IN)
  }
  type Authority @node {
    id: ID!
    name: String
    level: String
    bundesland: String
    networks: [Network!]! @relationship(type: "MEMBER_OF", direction: OUT)
    employees: [Person!]! @relationship(type: "WORKS_AT", direction: IN)
    adoptions: [Innovation!]! @relationship(type: "ADOPTED_BY", direction: IN)
  }
  type Person @node {
    id: ID!
    name: String
    consent: Boolean
    employers: [Authority!]! @relationship(type: "WORKS_AT", direction: OUT)
    networks: [Network!]! @relationship(type: "PARTICIPATES_IN", direction: OUT)
    events: [Event!]! @relationship(type: "ATTENDED", direction: OUT)
  }
  type Topic @node {
    id: ID!
    name: String
    networks: [Network!]! @relationship(type: "COVERS", direction: IN)
  }
  type Innovation @node {
    id: ID!
    title: String
    kind: String
    network: [Network!]! @relationship(type: "EMERGED_IN", direction: OUT)
    adopters: [Authority!]! @relationship(type: "ADOPTED_BY", direction: OUT)
  }
  type Event @node {
    id: ID!
    name: String
    date: String
    network: [Network!]! @relationship(type: "ORGANISED_BY", direction: OUT)
    attendees: [Person!]! @relationship(type: "ATTENDED", direction: IN)
  }
  type Query {
    connectionRelations(from: ID!, to: ID!, viaPersons: Boolean!, maxHops: Int!): [String!]
      @cypher(statement: """${cypher('overlap/connection')}""", columnName: "relations")
  }
`;

/** @neo4j/graphql on a free port, with its own driver on the same Neo4j. */
export async function startPeer(uri: string): Promise<Endpoint> {
  const driver = createDriver(uri, 'neo4j', '');
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPEDEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, logging: false });
  const server = createServer(yoga);
  return { url: await listen(server), close: closer(server, () => driver.close()) };
}

/** One request may take this long before the benchmark calls the question failed. */
export const REQUEST_TIMEOUT_MS = 60_000;

const RETRIED_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A GraphQL client over real HTTP; throws on errors so a broken question never counts as fast. */
export function client(url: string, method: 'POST' | 'GET' = 'POST'): Gql & { bytes: () => number; lastBody: () => string } {
  let received = 0;
  let last = '';
  const accept = 'application/graphql-response+json, application/json';
  const send = async (query: string, variables: Record<string, unknown>): Promise<string> => {
    const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    // GET is how the web app asks (and what the server's answer cache serves); POST is computed every time.
    const response =
      method === 'GET'
        ? await fetch(getUrl(url, query, variables), { headers: { accept }, signal })
        : await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept },
            body: JSON.stringify({ query, variables }),
            signal,
          });
    return response.text();
  };
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    let text: string;
    try {
      text = await send(query, variables).catch((err: Error & { cause?: { code?: string } }) => {
        // A connection reset: the @neo4j/graphql peer's first request after a pause of ~20 s met
        // ECONNRESET in two bench runs (likely a kept-alive socket closed as it was reused; client
        // and servers share this process, whose event loop a large answer holds up). The question
        // is a read: it is asked once more, and the time of both attempts counts.
        if (!RETRIED_CODES.has(err.cause?.code ?? '')) throw err;
        console.error(`bench: ${url}: ${err.cause?.code}; asked once more`);
        return send(query, variables);
      });
    } catch (err) {
      // undici says only "fetch failed"; the reason (a closed socket, a timeout …) is its cause.
      const cause = (err as Error & { cause?: Error & { code?: string } }).cause;
      if (!cause) throw err;
      throw new Error(`${(err as Error).message}: ${[cause.code, cause.message].filter(Boolean).join(' ')}`, { cause });
    }
    received += text.length;
    last = text;
    const body = JSON.parse(text) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`bench: GraphQL error at ${url}: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  };
  return Object.assign(gql, { bytes: () => received, lastBody: () => last });
}

/** A Db for our server that records which statements a request ran, with which params. */
export function recordingDb(uri: string): RecordingDb {
  return recordCalls(createDb(createDriver(uri, 'neo4j', '')));
}
