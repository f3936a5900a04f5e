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

/** One entry per related node, its roles side by side as its note ("koordiniert, Mitglied"). */
export function relatedTo(relations: { type: string; node: NodeRef | null }[], lang: Lang) {
  return groupRelations(relations).map(({ types, ...n }) => ({ ...n, note: types.map((x) => translateValue(lang, 'rel', x)).join(', ') }));
}

/** "3 weitere ohne Namensfreigabe" or "weniger als 3 weitere …"; nothing when there are none. */
export function hiddenText(hidden: PersonCount, t: Translate, key: 'colleaguesHidden' | 'employeesHidden'): string[] {
  return hidden.exact === 0 ? [] : [t(key, { count: formatPersonCount(hidden, t) })];
}
