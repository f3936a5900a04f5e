// Property test against the real server over HTTP: thousands of generated operations (random
// fields of the schema, nested at random depths, with arguments and variables in and out of their
// domain, and some plain garbage). None may get a 5xx, an unmasked or untyped error, or change the
// data; the server answers normally afterwards.

import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { schema } from '@netzwerkatlas/server/schema/index';
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';

const db = testDb();
/** Statements the server ran in write transactions: a read must start none. */
const writes: string[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  const watched = {
    ...db,
    write: <T>(query: string | { text: string }, ...rest: unknown[]) => {
      writes.push(typeof query === 'string' ? query : query.text);
      return db.write<T>(query, ...(rest as []));
    },
  };
  server = createHttpServer({ db: watched, webDist: '/nonexistent', requestsPerMinute: 0 });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await db.close();
});

type Gen = <T>(arb: fc.Arbitrary<T>) => T;

const ID_PREFIXES = ['network:', 'org:', 'person:', 'topic:', 'innovation:', 'event:', 'constructor:', '__proto__:', 'toString:', ''];
const KNOWN_IDS = ['network:dvnw', 'network:next', 'org:bmi', 'org:bka', 'topic:ki', 'network:kern-ux'];

function scalarValue(g: Gen, name: string): unknown {
  switch (name) {
    case 'Int':
      return g(fc.oneof(fc.integer({ min: -5, max: 600 }), fc.constantFrom(0, 1, 2 ** 31, -(2 ** 31), 2 ** 53, 1e9)));
    case 'Float':
      return g(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1.5, 1e308)));
    case 'Boolean':
      return g(fc.boolean());
    case 'ID':
      return g(
        fc.oneof(
          fc.constantFrom(...KNOWN_IDS),
          fc.tuple(fc.constantFrom(...ID_PREFIXES), fc.string({ maxLength: 30 })).map(([p, s]) => p + s),
        ),
      );
    default:
      return g(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('2026-04-30', 'Vergabe', 'KI Campus', '', '*', '"', '\\')));
  }
}

/** A value for an input type: mostly of the right type, sometimes not. */
function inputValue(g: Gen, type: GraphQLInputType, depth = 0): unknown {
  if (g(fc.integer({ min: 0, max: 30 })) === 0) return g(fc.constantFrom(null, 'wrong', 42, true, [], {}));
  if (isNonNullType(type)) return inputValue(g, type.ofType, depth);
  if (isListType(type)) {
    const length = g(fc.integer({ min: 0, max: 4 }));
    return Array.from({ length }, () => inputValue(g, type.ofType, depth + 1));
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return g(fc.oneof(fc.constantFrom(...values), fc.constant('NOT_A_VALUE')));
  }
  if (isInputObjectType(type)) {
    if (depth > 2) return null;
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (g(fc.boolean())) out[field.name] = inputValue(g, field.type, depth + 1);
    return out;
  }
  if (isScalarType(type)) return scalarValue(g, type.name);
  return null;
}

/** A GraphQL literal for a JSON-like value (enum names unquoted where the type is an enum). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const named = getNamedType(type);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(type) ? type.ofType : type)).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, isInputObjectType(named) ? (named.getFields()[k]?.type ?? named) : named)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(named) && /^[A-Za-z_]\w*$/.test(value)) return value;
  return JSON.stringify(value);
}

interface Built {
  text: string;
  variables: Record<string, unknown>;
}

/** Arguments of a field, as literals or as variables (then declared on the operation). */
function argumentsOf(g: Gen, args: readonly GraphQLArgument[], declare: (type: GraphQLInputType, value: unknown) => string): string {
  const parts: string[] = [];
  for (const arg of args) {
    const required = isNonNullType(arg.type);
    if (!required && !g(fc.boolean())) continue;
    const value = inputValue(g, arg.type);
    parts.push(`${arg.name}: ${g(fc.boolean()) ? declare(arg.type, value) : literal(value, arg.type)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selection(g: Gen, type: GraphQLNamedType, depth: number, declare: (type: GraphQLInputType, value: unknown) => string): string {
  if (isUnionType(type) || (isInterfaceType(type) && g(fc.boolean()))) {
    const possible = schema.getPossibleTypes(type);
    const target = g(fc.constantFrom(...possible));
    return `{ __typename ... on ${target.name} ${selection(g, target, depth, declare)} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const count = g(fc.integer({ min: 1, max: 3 }));
  const picked: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = g(fc.constantFrom(...fields));
    const inner = getNamedType(field.type);
    const leaf = isScalarType(inner) || isEnumType(inner);
    if (!leaf && depth >= g(fc.integer({ min: 2, max: 11 }))) continue;
    const alias = g(fc.integer({ min: 0, max: 8 })) === 0 ? `a${i}: ` : '';
    picked.push(`${alias}${field.name}${argumentsOf(g, field.args, declare)} ${leaf ? '' : selection(g, inner, depth + 1, declare)}`);
  }
  return `{ ${picked.length ? picked.join(' ') : '__typename'} }`;
}

function operation(g: Gen): Built {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const declare = (type: GraphQLInputType, value: unknown) => {
    const name = `v${definitions.length}`;
    definitions.push(`$${name}: ${String(type)}`);
    variables[name] = value;
    return `$${name}`;
  };
  const query = schema.getQueryType();
  if (!query) throw new Error('property: no query type');
  const body = selection(g, query, 1, declare);
  const head = definitions.length ? `query Q(${definitions.join(', ')})` : g(fc.constantFrom('', 'query', 'query Q'));
  return { text: `${head} ${body}`, variables };
}

const operations = fc.oneof(
  { weight: 12, arbitrary: fc.gen().map((g) => operation((arb) => g(() => arb))) },
  { weight: 1, arbitrary: fc.record({ text: fc.string({ maxLength: 200 }), variables: fc.constant({}) }) },
  { weight: 1, arbitrary: fc.record({ text: fc.constant('{ __typename }'), variables: fc.dictionary(fc.string(), fc.jsonValue()) }) },
);

describe('generated operations against the real server', () => {
  it('never get a 5xx, an unmasked or untyped error, or change the data', async () => {
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(operations, async ({ text, variables }) => {
        const response = await fetch(base, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query: text, variables }),
        });
        expect(response.status, text).toBeLessThan(500);
        const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        for (const error of body.errors ?? []) {
          expect(error.message, text).not.toBe('Unexpected error.');
          expect(error.extensions?.code, `${text}\n${error.message}`).toEqual(expect.any(String));
          const code = error.extensions?.code ?? '';
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
      }),
      { numRuns: 2000, seed: 20261204, endOnFailure: true },
    );
    expect(writes).toEqual([]);
    // The run met the limits and the typed input errors, not only happy paths.
    expect(codes.get('LIMIT_EXCEEDED') ?? 0).toBeGreaterThan(0);
    expect(codes.get('GRAPHQL_VALIDATION_FAILED') ?? 0).toBeGreaterThan(0);
    const health = await fetch(base.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
  }, 600_000);
});
