// The overlap module's side of the derived data (server/src/derived): a question is asked with
// the viewer's parameters (privacy.ts) added, and the derived-data module decides whether the
// data stored at load answers it or a statement computes it on the spot.

import type { Context } from '../../context.js';
import type { Params } from '../../db/index.js';
import { type AnswerOf, ask, type ParamsOf, type QuestionName } from '../../derived/index.js';
import { type Page, type PageRequest, readRows } from '../common/loaders.js';
import type { AuthorityOverlapRow } from './authorityOverlaps/index.js';
import type { DuplicateAtEventRow, DuplicateInNetworkRow } from './duplicateParticipation/index.js';
import type { TopicRedundancyRow } from './topicRedundancy/index.js';

/** The answer to a derived question (stored where it answers these arguments, else live). */
export function askDerived<Q extends QuestionName>(ctx: Context, question: Q, params: ParamsOf<Q> & Params): Promise<AnswerOf<Q>> {
  return ask((statement, p) => readRows(ctx, statement, p), question, params);
}

/** The row shape of each derived list, as its statements return it. */
interface PageRows {
  authorityOverlaps: AuthorityOverlapRow;
  topicRedundancy: TopicRedundancyRow;
  duplicateParticipation: DuplicateInNetworkRow;
  duplicateAttendance: DuplicateAtEventRow;
}

/** One page of a derived list. */
export async function derivedPage<Q extends keyof PageRows>(
  ctx: Context,
  question: Q,
  params: Omit<ParamsOf<Q>, 'offset' | 'limit'> & Params,
  page: PageRequest,
): Promise<Page<PageRows[Q]>> {
  const answer = await askDerived(
    ctx,
    question,
    Object.assign({}, params, { offset: page.offset, limit: page.limit }) as ParamsOf<Q> & Params,
  );
  return answer as Page<PageRows[Q]>;
}
