// Every operation the web app sends passes the request limits (depth, aliases, tokens,
// directives, cost) with room to spare: a limit tight enough to stop abuse must not stop the app.
// The app's mutations run here without sign-in, so they are refused by their scope after the
// limits have passed them (and change nothing).

import { DEFAULT_LIMITS, operationCost } from '@netzwerkatlas/server/guard/limits';
import { schema } from '@netzwerkatlas/server/schema/index';
import { isEnumType, Kind, type OperationDefinitionNode, parse, type TypeNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import * as documents from '../../web/src/gql/graphql.js';
import { api, testDb } from '../helpers/api.js';

const db = testDb();
const gql = api(db, DEFAULT_LIMITS);
afterAll(() => db.close());

const operations = Object.entries(documents)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
  .map(([name, value]) => ({ name, text: String(value) }));

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** A plausible value for each variable, so that the operation runs as the app runs it. */
function variablesFor(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = namedType(definition.type);
    if (type === 'ID') values[name] = name === 'id' ? 'network:dvnw' : name === 'to' ? 'org:bsi' : 'org:bmi';
    else if (type === 'String') values[name] = name === 'query' ? 'Vergabe' : definition.type.kind === Kind.NON_NULL_TYPE ? 'new' : null;
    else if (type === 'Boolean') values[name] = true;
    else if (type === 'Int') values[name] = 10;
    else {
      // An enum (Visibility, DeclarableRole, …): its first value, by the name a client sends.
      const named = schema.getType(type);
      if (isEnumType(named)) values[name] = named.getValues()[0]?.name;
    }
  }
  return values;
}

describe('the web app within the limits', () => {
  it('finds the app’s operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
  });

  it.each(operations)('$name is answered without a refusal, at most half the cost limit', async ({ text }) => {
    const document = parse(text);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const variables = variablesFor(operation);
    const cost = operationCost(document, undefined, variables, schema) ?? Number.POSITIVE_INFINITY;
    expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.cost / 2);
    const answer = await gql(text, variables);
    const refusals = (answer.errors ?? []).filter((e) => e.extensions?.code === 'LIMIT_EXCEEDED');
    expect(refusals).toEqual([]);
    expect(answer.status).toBe(200);
    // Anonymous: a mutation gets as far as its scope, which refuses it (nothing is changed).
    if (operation.operation === 'mutation') expect((answer.errors ?? []).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
