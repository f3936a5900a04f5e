// Pure functions of the node panel: a node's title, its relations grouped per related node, and
// the sentence for persons the API only counts.

import type { Lang, Translate } from '../i18n/types';
import { translateValue } from '../i18n/utils';
import { groupRelations } from '../landscape/utils';
import { formatPersonCount, type PersonCount } from '../personCount';
import type { DetailNode, NodeRef } from './types';

export function nodeTitle(node: DetailNode): string {
  if ('title' in node && node.title) return node.title;
  if ('name' in node && node.name) return node.name;
  return node.id;
}

type SourceRef = { id: string; title: string };

/**
 * One entry per related node and provenance, its roles side by side as its note ("koordiniert,
 * Mitglied"): the relations from the sources with their documents, the invented ones (marked
 * synthetic) apart, so that an invented role never hides behind a documented one.
 */
export function relatedTo(
  relations: { type: string; node: NodeRef | null | undefined; synthetic?: boolean | null; sources?: readonly SourceRef[] | null }[],
  lang: Lang,
) {
  const entries = [false, true].flatMap((synthetic) => {
    const part = relations.filter((r) => Boolean(r.synthetic) === synthetic);
    return groupRelations(part).map(({ types, ...n }) => {
      const sources = new Map<string, SourceRef>();
      for (const r of part) if (r.node?.id === n.id) for (const s of r.sources ?? []) sources.set(s.id, s);
      return {
        ...n,
        note: types.map((x) => translateValue(lang, 'rel', x)).join(', '),
        provenance: { synthetic, sources: [...sources.values()] },
      };
    });
  });
  // In the order the API gave the related nodes.
  const order = new Map<string, number>();
  relations.forEach((r, i) => {
    if (r.node && !order.has(r.node.id)) order.set(r.node.id, i);
  });
  return entries.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** "3 weitere ohne Namensfreigabe" or "weniger als 3 weitere …"; nothing when there are none. */
export function hiddenText(hidden: PersonCount, t: Translate, key: 'colleaguesHidden' | 'employeesHidden'): string[] {
  return hidden.exact === 0 ? [] : [t(key, { count: formatPersonCount(hidden, t) })];
}
