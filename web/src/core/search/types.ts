// A search hit as the API delivers it, and what the search box hands on when one is picked.

import type { SearchQuery } from '../../gql/graphql';

export type Hit = SearchQuery['search'][number];

export interface SearchPick {
  id: string;
  name: string;
  kind: string;
}
