// The GraphQL schema: each module adds its types and fields to the builder.

import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from '../builder.js';
import './network/types.js';
import './network/queries.js';
import './organisation/types.js';
import './organisation/queries.js';
import './person/types.js';
import './person/queries.js';
import './topic/types.js';
import './topic/queries.js';
import './innovation/types.js';
import './innovation/queries.js';
import './event/types.js';
import './event/queries.js';
import './search/types.js';
import './search/queries.js';
import './node/queries.js';
import './landscape/types.js';
import './landscape/queries.js';
import './overlap/index.js';
import './people/types.js';
import './people/queries.js';
import './people/mutations.js';
import './import/index.js';
// Curation in the app (issue 19, item 7).
import './curation/index.js';

export const schema = builder.toSchema();

/** The schema as SDL, sorted, as written to server/schema.graphql. */
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
