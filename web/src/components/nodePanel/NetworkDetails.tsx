// The panel of a network: its facts and classifications, sources, relations, participants, and
// the networks most like it.

import { translateValue, useI18n } from '../../core/i18n';
import { landName } from '../../core/landscape';
import { hiddenText, type NodeOfKind, relatedTo } from '../../core/node';
import { useNetworkSimilarity } from '../../core/overlap';
import { formatListTotal } from '../../core/personCount';
import { NetworkCuration } from './NetworkEditor';
import {
  Facts,
  HiddenBySwitch,
  LinkList,
  NodeLink,
  QuerySection,
  Sources,
  SyntheticBadge,
  scoped,
  usePanelScope,
  WebLink,
} from './PanelParts';

/**
 * The networks most like this one, each with its similarity (0 to 1) and the parts it is made
 * of, in words: shared authorities, persons and topics, and the three Jaccard values.
 */
function SimilarNetworks({ id }: { id: string }) {
  const { t, tn, num } = useI18n();
  const scope = usePanelScope();
  const query = useNetworkSimilarity(id, scope);
  return (
    <QuerySection title={t('similarNetworks')} query={query} isEmpty={(data) => !data.length} emptyText={t('noOverlaps')}>
      {(data) => (
        <>
          <p className="note measure-help">{t('similarityHelp')}</p>
          <ul className="link-list" data-testid="similar-networks">
            {data.map((s) => (
              <li key={s.network.id}>
                <NodeLink node={s.network} />{' '}
                <span className="note-inline">
                  {t('similarity')} {num(s.score, 3)} · {tn('nSharedAuthorities', s.authorities.shared)} ·{' '}
                  {tn('nSharedPersons', s.persons.shared)}
                  {s.sharedTopics.length > 0 &&
                    ` · ${tn('nSharedTopics', s.sharedTopics.length)}: ${s.sharedTopics.map((x) => x.name).join(', ')}`}
                </span>
                <span className="note-inline measure-parts">
                  {t('similarityParts', {
                    authorities: num(s.authorities.jaccard, 3),
                    persons: num(s.persons.jaccard, 3),
                    topics: num(s.topics.jaccard, 3),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </QuerySection>
  );
}

/** Persons taking part: those the API lists, each participation marked if invented; the others counted. */
function Participants({ participants }: { participants: NodeOfKind<'Network'>['participants'] }) {
  const { t, lang } = useI18n();
  const scope = usePanelScope();
  const { shown, hidden } = scoped(scope, participants.edges, (e) => e.node.synthetic || e.node.person.synthetic);
  return (
    <section data-testid="participants">
      <h3>
        {t('participants')} ({scope === 'all' ? formatListTotal(participants.totalCount, participants.hiddenCount, t) : shown.length})
      </h3>
      <ul className="plain-list">
        {shown.slice(0, 30).map(({ node: p }) => (
          <li key={p.person.id} className={p.synthetic || p.person.synthetic ? 'synthetic-item' : undefined}>
            {p.person.name}
            {p.role && <span className="note-inline"> · {translateValue(lang, 'role', p.role)}</span>}
            {p.person.authority && (
              <>
                {' · '}
                <NodeLink node={p.person.authority} />
              </>
            )}{' '}
            {p.synthetic || p.person.synthetic ? <SyntheticBadge /> : null}
          </li>
        ))}
        {scope === 'all' &&
          hiddenText(participants.hiddenCount, t, 'employeesHidden').map((text) => (
            <li key="hidden" className="note-inline">
              {text}
            </li>
          ))}
      </ul>
      <HiddenBySwitch count={hidden} />
    </section>
  );
}

export function NetworkDetails({ node }: { node: NodeOfKind<'Network'> }) {
  const { t, lang } = useI18n();
  const scope = usePanelScope();
  const yesNo = (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? t('yes') : t('no'));
  return (
    <>
      <NetworkCuration id={node.id} />
      {node.description && <p data-testid="network-description">{node.description}</p>}
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
          node.organisations.map((o) => ({ type: o.type, node: o.organisation, synthetic: o.synthetic, sources: o.sources })),
          lang,
          scope,
        )}
      />
      <LinkList
        title={t('innovations')}
        nodes={node.innovations.map((x) => ({ ...x, note: translateValue(lang, 'kind', x.kind), provenance: { synthetic: x.synthetic } }))}
      />
      <LinkList
        testId="members"
        title={t('members')}
        nodes={node.members.edges.map((e) => ({
          ...e.node.authority,
          provenance: { synthetic: e.node.synthetic || e.node.authority.synthetic, sources: e.node.sources },
        }))}
      />
      <LinkList title={t('events')} nodes={node.events.map((e) => ({ ...e, note: e.date, provenance: { synthetic: e.synthetic } }))} />
      <Participants participants={node.participants} />
      <h3 className="section-title">{t('overlaps')}</h3>
      <SimilarNetworks id={node.id} />
    </>
  );
}
