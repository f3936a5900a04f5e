// topicRedundancy: pairs of networks on the same topics that share members. The default question
// reads its page of the ranking derived at load, others are scored on the spot
// (server/src/derived/questions.ts: overlap/topic-redundancy-ranked, else overlap/topic-redundancy).

import { z } from 'zod';
import { builder } from '../../../builder.js';
import { pagedConnection } from '../../common/paging.js';
import { NetworkRef, type NetworkRow, TopicRef, type TopicRow } from '../../refs.js';
import { NETWORKS_SCOPE, scope } from '../args.js';
import { derivedPage } from '../derived.js';

export interface TopicRedundancyRow {
  a: NetworkRow;
  b: NetworkRow;
  sharedTopics: TopicRow[];
  sharedAuthorities: number;
  topicJaccard: number;
  memberJaccard: number;
  score: number;
  related: boolean;
}

const TopicRedundancyRef = builder.objectRef<TopicRedundancyRow>('TopicRedundancy').implement({
  description: 'Two networks on the same topics: a candidate for cooperation or merging.',
  fields: (t) => ({
    a: t.field({ type: NetworkRef, resolve: (r) => r.a }),
    b: t.field({ type: NetworkRef, resolve: (r) => r.b }),
    sharedTopics: t.field({ type: [TopicRef], resolve: (r) => r.sharedTopics }),
    sharedAuthorities: t.exposeInt('sharedAuthorities'),
    topicJaccard: t.exposeFloat('topicJaccard'),
    memberJaccard: t.exposeFloat('memberJaccard', { description: 'Jaccard index of their member authorities.' }),
    score: t.exposeFloat('score', { description: 'topicJaccard + memberJaccard.' }),
    related: t.exposeBoolean('related', { description: 'One is part of the other, or both are parts of one network.' }),
  }),
});

builder.queryFields((t) => ({
  topicRedundancy: t.connection(
    {
      type: TopicRedundancyRef,
      description: 'Pairs of networks on the same topics that share members: candidates for cooperation or merging.',
      args: {
        minSharedTopics: t.arg.int({ defaultValue: 1, validate: z.number().min(1, 'minSharedTopics must be at least 1') }),
        minSharedMembers: t.arg.int({ defaultValue: 0, validate: z.number().min(0, 'minSharedMembers must not be negative') }),
        includeRelated: t.arg.boolean({ defaultValue: false, description: 'Also pairs where one is part of the other, or siblings.' }),
        networks: t.arg.idList(NETWORKS_SCOPE),
      },
      resolve: (_root, args, ctx) => {
        const params = {
          minSharedTopics: args.minSharedTopics ?? 1,
          minSharedMembers: args.minSharedMembers ?? 0,
          includeRelated: args.includeRelated ?? false,
          networks: scope(args.networks),
        };
        return pagedConnection(args, (page) => derivedPage(ctx, 'topicRedundancy', params, page));
      },
    },
    { name: 'TopicRedundancyConnection' },
  ),
}));
