// Pure functions of the node panel: a node's title, its relations grouped per related node, and
// the sentence for persons the API only counts.

import type { Lang, Translate } from '../i18n/types';
import { translate, translateValue } from '../i18n/utils';
import { groupRelations } from '../landscape/utils';
import { formatPersonCount, type PersonCount } from '../personCount';
import type { DataScope } from '../urlState/types';
import type { DetailNode, NodeRef } from './types';

export function nodeTitle(node: DetailNode): string {
  if ('title' in node && node.title) return node.title;
  if ('name' in node && node.name) return node.name;
  return node.id;
}

type SourceRef = { title: string };

/**
 * One entry per related node, its roles side by side as its note ("koordiniert, Mitglied"),
 * with its provenance: the documents of its real roles, and synthetic when every role is
 * invented. A role that is invented beside a documented one says so in words ("Mitglied
 * (Beispieldaten)"); with the data switch on "nur Quellen" (scope 'real') such roles are left
 * out, and a node with only invented roles stays synthetic, for the list to leave out and count.
 */
export function relatedTo(
  relations: { type: string; node: NodeRef | null | undefined; synthetic?: boolean | null; sources?: readonly SourceRef[] | null }[],
  lang: Lang,
  scope: DataScope = 'all',
) {
  const byNode = new Map<string, { node: NodeRef; roles: { type: string; synthetic: boolean; sources: readonly SourceRef[] }[] }>();
  for (const r of relations) {
    if (!r.node) continue;
    const entry = byNode.get(r.node.id) ?? { node: r.node, roles: [] };
    entry.roles.push({ type: r.type, synthetic: Boolean(r.synthetic), sources: r.sources ?? [] });
    byNode.set(r.node.id, entry);
  }
  return [...byNode.values()].map(({ node, roles }) => {
    const inScope = roles.filter((r) => (scope === 'real' ? !r.synthetic : scope === 'synthetic' ? r.synthetic : true));
    const shown = inScope.length ? inScope : roles;
    const synthetic = shown.every((r) => r.synthetic);
    const types = groupRelations(shown.map((r) => ({ type: r.type, node })))[0]?.types ?? [];
    const note = types
      .map((type) => {
        const label = translateValue(lang, 'rel', type);
        const invented = !synthetic && shown.filter((r) => r.type === type).every((r) => r.synthetic);
        return invented ? `${label} (${translate(lang, 'synthetic')})` : label;
      })
      .join(', ');
    const sources = new Map<string, SourceRef>();
    for (const r of shown) if (!r.synthetic) for (const s of r.sources) sources.set(s.title, s);
    return { ...node, note, provenance: { synthetic, sources: [...sources.values()] } };
  });
}

/** "3 weitere ohne Namensfreigabe" or "weniger als 3 weitere …"; nothing when there are none. */
export function hiddenText(hidden: PersonCount, t: Translate, key: 'colleaguesHidden' | 'employeesHidden'): string[] {
  return hidden.exact === 0 ? [] : [t(key, { count: formatPersonCount(hidden, t) })];
}
