// networkSimilarity: the networks most similar to one network, from the derived OVERLAPS and
// network counts (overlap/network-similarity, which computes the Jaccard index and overlap
// coefficient once for the three kinds), with the members and topics they share.

import { builder } from '../../../builder.js';
import { SMALL_COUNT } from '../../../privacy.js';
import { notFound } from '../../common/errors.js';
import { grouped, paged, readRows } from '../../common/loaders.js';
import { pagedConnection } from '../../common/paging.js';
import { hiddenCountFields } from '../../common/privacy.js';
import {
  AuthorityRef,
  NetworkRef,
  type NetworkRow,
  type OrganisationRow,
  PersonRef,
  type PersonRow,
  TopicRef,
  type TopicRow,
} from '../../refs.js';
import { DATA_SCOPE, NETWORKS_SCOPE, scope } from '../args.js';
import { type Similarity, SimilarityRef } from '../similarity.js';

const SimilarityBasisEnum = builder.enumType('SimilarityBasis', {
  description: 'What two networks are compared by.',
  values: {
    AUTHORITIES: { description: 'Authorities that are members of both.' },
    PERSONS: { description: 'Persons who take part in both (fewer than 3 count as none, see SimilarNetwork.persons).' },
    TOPICS: { description: 'Topics both cover.' },
    ALL: { description: 'The mean of the three Jaccard indexes.' },
  } as const,
});

interface SimilarNetworkRow {
  source: string;
  /** The data switch the pair was asked with: the shared members are listed in the same scope. */
  synthetic: boolean | null;
  network: NetworkRow;
  score: number;
  authorities: Similarity;
  persons: Similarity;
  topics: Similarity;
}

/** A page as overlap/network-similarity returns it: `found` is false when the network does not exist. */
interface SimilarityPage {
  total: number;
  items: Omit<SimilarNetworkRow, 'source' | 'synthetic'>[];
  found: boolean;
}

/** The key of overlap/shared-members: both networks, what is shared, and the data scope (ALL, REAL, SYNTHETIC). */
const sharedKey = (s: SimilarNetworkRow, kind: 'AUTHORITIES' | 'PERSONS') =>
  `${s.source}|${s.network.id}|${kind}|${s.synthetic === null ? 'ALL' : s.synthetic ? 'SYNTHETIC' : 'REAL'}`;

const SimilarNetworkRef = builder.objectRef<SimilarNetworkRow>('SimilarNetwork').implement({
  fields: (t) => ({
    network: t.field({ type: NetworkRef, resolve: (s) => s.network }),
    score: t.exposeFloat('score', { description: 'The Jaccard index of the chosen basis (the mean for ALL).' }),
    authorities: t.field({ type: SimilarityRef, resolve: (s) => s.authorities }),
    persons: t.field({
      type: SimilarityRef,
      description:
        'Shared persons, including persons the viewer may not see; fewer than 3 count as none, since so few could single out persons who did not consent.',
      resolve: (s) => s.persons,
    }),
    topics: t.field({ type: SimilarityRef, resolve: (s) => s.topics }),
    sharedAuthorities: t.connection(
      {
        type: AuthorityRef,
        resolve: (s, args, ctx) =>
          pagedConnection(args, (page) =>
            paged<OrganisationRow>(ctx, 'overlap/shared-members').load({ id: sharedKey(s, 'AUTHORITIES'), ...page }),
          ),
      },
      { name: 'SharedAuthorityConnection' },
    ),
    sharedPersons: t.connection(
      {
        type: PersonRef,
        description: 'Persons in both networks: those the viewer may see; hiddenCount counts the others.',
        resolve: (s, args, ctx) =>
          pagedConnection(args, (page) => paged<PersonRow>(ctx, 'overlap/shared-members').load({ id: sharedKey(s, 'PERSONS'), ...page })),
      },
      { name: 'SharedPersonConnection', fields: hiddenCountFields },
    ),
    sharedTopics: t.field({
      type: [TopicRef],
      resolve: async (s, _args, ctx) => {
        const [mine, theirs] = await Promise.all([
          grouped<TopicRow>(ctx, 'network/topics-of-networks').load(s.source),
          grouped<TopicRow>(ctx, 'network/topics-of-networks').load(s.network.id),
        ]);
        const ids = new Set(theirs.map((x) => x.id));
        return mine.filter((x) => ids.has(x.id));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  networkSimilarity: t.connection(
    {
      type: SimilarNetworkRef,
      description: 'The networks most similar to one network, with shared authorities, persons and topics.',
      args: {
        network: t.arg.id({ required: true }),
        by: t.arg({ type: SimilarityBasisEnum, defaultValue: 'ALL' }),
        networks: t.arg.idList(NETWORKS_SCOPE),
        synthetic: t.arg.boolean(DATA_SCOPE),
      },
      resolve: (_root, args, ctx) => {
        const network = String(args.network);
        const synthetic = args.synthetic ?? null;
        const params = { network, by: args.by ?? 'ALL', networks: scope(args.networks), smallCount: SMALL_COUNT, synthetic };
        // One data scope is counted on the spot; both together are read from the derived counts.
        const statement = synthetic === null ? 'overlap/network-similarity' : 'overlap/network-similarity-scoped';
        return pagedConnection(args, async (page) => {
          const [result] = await readRows<SimilarityPage>(ctx, statement, { ...params, ...page });
          if (result && !result.found) throw notFound('Network', network);
          return { total: result?.total ?? 0, items: (result?.items ?? []).map((item) => ({ ...item, source: network, synthetic })) };
        });
      },
    },
    { name: 'SimilarNetworkConnection' },
  ),
}));
