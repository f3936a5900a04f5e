// The GraphQL server instance: yoga with GraphiQL, error masking on (expected failures are
// GraphQLErrors with extensions.code; anything else is masked and logged).

import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga } from 'graphql-yoga';
import { type Context, createContext } from './context.js';
import { useDatabaseErrors } from './db/errors.js';
import type { Db } from './db/index.js';
import { logger } from './logger.js';
import { schema } from './schema/index.js';

export function createYogaServer(db: Db) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Netzwerkatlas GraphQL' },
    landingPage: false,
    maskedErrors: true,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    context: () => createContext(db),
    plugins: [useGraphQlJit(), useDatabaseErrors()],
  });
}

export type YogaServer = ReturnType<typeof createYogaServer>;
