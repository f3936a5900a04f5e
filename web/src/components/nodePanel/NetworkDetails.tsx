// The panel of a network: its facts and classifications, sources, relations, participants, and
// the networks most like it.

import { translateValue, useI18n } from '../../core/i18n';
import { landName } from '../../core/landscape';
import { hiddenText, type NodeOfKind, relatedTo } from '../../core/node';
import { useNetworkSimilarity } from '../../core/overlap';
import { formatListTotal } from '../../core/personCount';
import { Facts, LinkList, NodeLink, QuerySection, Sources, WebLink } from './PanelParts';

function SimilarNetworks({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useNetworkSimilarity(id);
  return (
    <QuerySection title={t('similarNetworks')} query={query} isEmpty={(data) => !data.length} emptyText={t('noOverlaps')}>
      {(data) => (
        <ul className="link-list">
          {data.map((s) => (
            <li key={s.network.id}>
              <NodeLink node={s.network} />{' '}
              <span className="note-inline">
                {t('score')} {Math.round(s.score * 100)} % · {s.authorities.shared} {t('sharedAuthorities')} · {s.persons.shared}{' '}
                {t('sharedPersons')}
                {s.sharedTopics.length > 0 && ` · ${t('sharedTopics')}: ${s.sharedTopics.map((x) => x.name).join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </QuerySection>
  );
}

export function NetworkDetails({ node }: { node: NodeOfKind<'Network'> }) {
  const { t, lang } = useI18n();
  const yesNo = (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? t('yes') : t('no'));
  return (
    <>
      {node.description && <p>{node.description}</p>}
      <Facts
        rows={[
          [t('shortName'), node.shortName],
          [t('level'), translateValue(lang, 'level', node.level)],
          [t('bundesland'), landName(node.bundesland)],
          [t('typology'), translateValue(lang, 'typology', node.typology)],
          [t('governance'), translateValue(lang, 'governance', node.governance)],
          [
            t('term'),
            node.running
              ? node.termEnd
                ? t('termUntil', { date: node.termEnd })
                : t('termOpen')
              : `${t('termEnded')} ${node.termEnd ?? ''}`,
          ],
          [t('founded'), node.founded],
          [t('access'), translateValue(lang, 'access', node.access)],
          [t('continuousIntake'), yesNo(node.continuousIntake)],
          [t('formats'), node.formats.map((f) => translateValue(lang, 'format', f)).join(', ')],
          [t('cadence'), node.cadence],
          [t('funding'), node.funding],
          [
            t('memberCount'),
            node.memberCount !== null && node.memberCount !== undefined
              ? `${node.memberCount} ${node.memberCountNote ?? ''}`
              : node.memberCountNote,
          ],
          [t('website'), node.website ? <WebLink key="website" url={node.website} /> : null],
        ]}
      />
      <Sources sources={node.sources} />
      <h3 className="section-title">{t('relations')}</h3>
      <LinkList title={t('parent')} nodes={node.parent ? [node.parent] : []} />
      <LinkList title={t('parts')} nodes={node.parts} />
      <LinkList title={t('topics')} nodes={node.topics.map((x) => ({ ...x, name: lang === 'en' ? (x.nameEn ?? x.name) : x.name }))} />
      <LinkList
        title={t('organisations')}
        nodes={relatedTo(
          node.organisations.map((o) => ({ type: o.type, node: o.organisation })),
          lang,
        )}
      />
      <LinkList title={t('innovations')} nodes={node.innovations.map((x) => ({ ...x, note: translateValue(lang, 'kind', x.kind) }))} />
      <LinkList
        title={t('members')}
        nodes={node.members.edges.map((e) => ({ ...e.node.authority, note: e.node.synthetic ? t('synthetic') : null }))}
      />
      <LinkList title={t('events')} nodes={node.events.map((e) => ({ ...e, note: e.date }))} />
      <section>
        <h3>
          {t('participants')} ({formatListTotal(node.participants.totalCount, node.participants.hiddenCount, t)})
        </h3>
        <ul className="plain-list">
          {node.participants.edges.slice(0, 30).map(({ node: p }) => (
            <li key={p.person.id}>
              {p.person.name}
              {p.role && <span className="note-inline"> · {translateValue(lang, 'role', p.role)}</span>}
              {p.person.authority && (
                <>
                  {' · '}
                  <NodeLink node={p.person.authority} />
                </>
              )}
            </li>
          ))}
          {hiddenText(node.participants.hiddenCount, t, 'employeesHidden').map((text) => (
            <li key="hidden" className="note-inline">
              {text}
            </li>
          ))}
        </ul>
      </section>
      <h3 className="section-title">{t('overlaps')}</h3>
      <SimilarNetworks id={node.id} />
    </>
  );
}
