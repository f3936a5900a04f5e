// The side panel of the selected node: every fact the API has, its sources, its relations as
// links (a click selects that node) and its overlaps. The API lists only persons the viewer may
// see; the others are counts here ("3 weitere ohne Namensfreigabe", "weniger als 3").

import { type ReactNode, useEffect, useRef } from 'react';
import { translateValue, useI18n } from '../core/i18n';
import { landName, useAggregatedLandscape } from '../core/landscape';
import { type DetailNode, hiddenText, type NodeOfKind, nodeTitle, type NodeRef as Ref, relatedTo, useNodeDetails } from '../core/node';
import { useAuthorityDuplicates, useNetworkSimilarity, useRecommendedNetworks } from '../core/overlap';
import { formatListTotal, formatPersonCount, type PersonCount } from '../core/personCount';
import { setViewState } from '../core/urlState';
import { ErrorMessage, Loading } from './ErrorMessage';

const select = (id: string) => setViewState({ node: id }, { push: true });

function NodeLink({ node }: { node: Ref }) {
  return (
    <button type="button" className="link" onClick={() => select(node.id)}>
      {node.name ?? node.title ?? node.id}
    </button>
  );
}

function LinkList({ title, nodes, extra }: { title: string; nodes: (Ref & { note?: ReactNode })[]; extra?: ReactNode }) {
  if (!nodes.length) return null;
  return (
    <section>
      <h3>
        {title} ({nodes.length})
      </h3>
      <ul className="link-list">
        {nodes.map((n) => (
          <li key={`${n.id}-${typeof n.note === 'string' ? n.note : ''}`}>
            <NodeLink node={n} />
            {n.note && <span className="note-inline"> {n.note}</span>}
          </li>
        ))}
      </ul>
      {extra}
    </section>
  );
}

function WebLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {url}
    </a>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (!shown.length) return null;
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Sources({ sources }: { sources: { id: string; title: string; publisher?: string | null; url?: string | null }[] }) {
  const { t } = useI18n();
  return (
    <section>
      <h3>{t('sources')}</h3>
      {sources.length ? (
        <ul className="sources">
          {sources.map((s) => (
            <li key={s.id}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
              {s.publisher && <span className="note-inline"> ({s.publisher})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="note">{t('noSources')}</p>
      )}
    </section>
  );
}

/**
 * A panel section filled by its own query: the title, then loading, a failure with retry, a note
 * when the answer is empty, or the answer.
 */
function QuerySection<T>({
  title,
  query,
  isEmpty,
  emptyText,
  testId,
  children,
}: {
  title: string;
  query: { data: T | undefined; error: Error | null; isPending: boolean; refetch: () => unknown };
  isEmpty: (data: T) => boolean;
  emptyText: string;
  testId?: string;
  children: (data: T) => ReactNode;
}) {
  const { data, error, isPending, refetch } = query;
  return (
    <section data-testid={testId}>
      <h3>{title}</h3>
      {isPending && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => refetch()} />}
      {data !== undefined && (isEmpty(data) ? <p className="note">{emptyText}</p> : children(data))}
    </section>
  );
}

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

/**
 * Who the colleagues are: the names the API lists (persons who released theirs), then how many
 * it only counts, and how many more the list leaves out (the API lists at most 100 per group).
 */
function Colleagues({
  persons,
  count,
  hidden,
}: {
  persons: { id: string; name?: string | null }[];
  count: PersonCount;
  hidden: PersonCount;
}) {
  const { t } = useI18n();
  const names = persons.flatMap((p) => (p.name ? [p.name] : []));
  const more = count.exact !== null && hidden.exact !== null ? count.exact - hidden.exact - persons.length : 0;
  const parts = [
    ...(names.length ? [names.join(', ')] : []),
    ...hiddenText(hidden, t, 'colleaguesHidden'),
    ...(more > 0 ? [t('colleaguesMore', { count: more })] : []),
  ];
  return parts.length ? <div className="note-inline">{parts.join(' · ')}</div> : null;
}

function AuthorityDuplicates({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useAuthorityDuplicates(id);
  return (
    <QuerySection
      title={t('duplicates')}
      query={query}
      isEmpty={(data) => !data.inNetworks.totalCount && !data.atEvents.totalCount}
      emptyText={t('noDuplicates')}
    >
      {(data) => (
        <ul className="link-list">
          {data.inNetworks.edges.map(({ node: d }) => (
            <li key={d.network.id}>
              {t('duplicatesInNetworks', { count: formatPersonCount(d.personCount, t), network: '' })}
              <NodeLink node={d.network} />
              <Colleagues persons={d.persons} count={d.personCount} hidden={d.hiddenCount} />
            </li>
          ))}
          {data.atEvents.edges.map(({ node: d }) => (
            <li key={d.event.id}>
              {t('duplicatesAtEvents', { count: formatPersonCount(d.personCount, t), event: '' })}
              <NodeLink node={d.event} /> {d.event.date && <span className="note-inline">({d.event.date})</span>}
              <Colleagues persons={d.persons} count={d.personCount} hidden={d.hiddenCount} />
            </li>
          ))}
        </ul>
      )}
    </QuerySection>
  );
}

/** Networks the authority is not yet in: on the topics of its networks, where its peers take part. */
function RecommendedNetworks({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useRecommendedNetworks(id);
  return (
    <QuerySection
      title={t('recommended')}
      query={query}
      isEmpty={(data) => !data.totalCount}
      emptyText={t('noRecommendations')}
      testId="recommended-networks"
    >
      {(data) => (
        <>
          <p className="note">{t('recommendedIntro')}</p>
          <ul className="link-list">
            {data.edges.map(({ node: r }) => (
              <li key={r.network.id}>
                <NodeLink node={r.network} />{' '}
                <span className="note-inline">
                  {[
                    ...(r.topicMatches ? [t('recommendedTopics', { count: r.topicMatches })] : []),
                    ...(r.peers ? [t('recommendedPeers', { count: r.peers })] : []),
                  ].join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </QuerySection>
  );
}

type EmployeeConnection = NodeOfKind<'Authority'>['employees'];

/**
 * Who of this authority takes part where: the persons the API lists (those the viewer may see)
 * by name, each with the networks they are in; the others only counted.
 */
function Employees({ employees }: { employees: EmployeeConnection }) {
  const { t, lang } = useI18n();
  const shown = employees.edges.map((e) => e.node).slice(0, 30);
  const rest = employees.totalCount - shown.length;
  return (
    <section data-testid="employees">
      <h3>
        {t('employees')} ({formatListTotal(employees.totalCount, employees.hiddenCount, t)})
      </h3>
      <ul className="plain-list">
        {shown.map((p) => (
          <li key={p.id}>
            {p.name}
            {p.jobTitle && <span className="note-inline"> · {p.jobTitle}</span>}
            {p.participations.length > 0 && (
              <div className="note-inline">
                {t('takesPartIn')}{' '}
                {p.participations.map((x, i) => (
                  <span key={x.network.id}>
                    {i > 0 && ', '}
                    <NodeLink node={x.network} />
                    {x.role && ` (${translateValue(lang, 'role', x.role)})`}
                  </span>
                ))}
              </div>
            )}
          </li>
        ))}
        {rest > 0 && <li className="note-inline">{t('colleaguesMore', { count: rest })}</li>}
        {hiddenText(employees.hiddenCount, t, 'employeesHidden').map((text) => (
          <li key="hidden" className="note-inline">
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DetailBody({ node }: { node: DetailNode }) {
  const { t, lang } = useI18n();
  const yesNo = (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? t('yes') : t('no'));
  switch (node.__typename) {
    case 'Network':
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
    case 'Authority':
      return (
        <>
          {node.description && <p>{node.description}</p>}
          <Facts
            rows={[
              [t('shortName'), node.shortName],
              [t('authorityType'), translateValue(lang, 'authorityType', node.authorityType)],
              [t('level'), translateValue(lang, 'level', node.level)],
              [t('bundesland'), landName(node.bundesland)],
              [t('ags'), node.ags],
              [t('website'), node.website ? <WebLink key="website" url={node.website} /> : null],
            ]}
          />
          <Sources sources={node.sources} />
          <h3 className="section-title">{t('relations')}</h3>
          <LinkList title={t('parent')} nodes={node.parent ? [node.parent] : []} />
          <LinkList title={t('subordinates')} nodes={node.subordinates} />
          <LinkList
            title={t('networkRelations')}
            nodes={relatedTo(
              node.networkRelations.map((r) => ({ type: r.type, node: r.network })),
              lang,
            )}
          />
          <RecommendedNetworks id={node.id} />
          <LinkList title={t('adoptedInnovations')} nodes={node.adoptedInnovations} />
          <Employees employees={node.employees} />
          <h3 className="section-title">{t('overlaps')}</h3>
          <AuthorityDuplicates id={node.id} />
        </>
      );
    case 'UmbrellaOrganisation':
      return (
        <>
          {node.description && <p>{node.description}</p>}
          <Facts
            rows={[
              [t('shortName'), node.shortName],
              [t('website'), node.website ? <WebLink key="website" url={node.website} /> : null],
            ]}
          />
          <Sources sources={node.sources} />
          <LinkList
            title={t('networkRelations')}
            nodes={relatedTo(
              node.networkRelations.map((r) => ({ type: r.type, node: r.network })),
              lang,
            )}
          />
        </>
      );
    case 'Topic':
      return (
        <>
          <Facts rows={[[t('name'), lang === 'en' ? (node.nameEn ?? node.name) : node.name]]} />
          <Sources sources={node.sources} />
          <LinkList title={t('parent')} nodes={node.parent ? [node.parent] : []} />
          <LinkList title={t('subtopics')} nodes={node.subtopics} />
          <LinkList title={t('networks')} nodes={node.networks} />
          <LinkList title={t('innovations')} nodes={node.innovations} />
        </>
      );
    case 'Innovation':
      return (
        <>
          {node.description && <p>{node.description}</p>}
          <Facts rows={[[t('kind'), translateValue(lang, 'kind', node.kind)]]} />
          <Sources sources={node.sources} />
          <LinkList title={t('emergedIn')} nodes={node.emergedIn ? [node.emergedIn] : []} />
          <LinkList title={t('topics')} nodes={node.topics} />
          <LinkList title={t('adoptedBy')} nodes={node.adoptions.map((a) => ({ ...a.authority, note: a.note }))} />
        </>
      );
    case 'Event':
      return (
        <>
          {node.description && <p>{node.description}</p>}
          <Facts
            rows={[
              [t('date'), node.date],
              [t('format'), translateValue(lang, 'format', node.format)],
              [t('attendees'), formatListTotal(node.attendees.totalCount, node.attendees.hiddenCount, t)],
            ]}
          />
          <Sources sources={node.sources} />
          <LinkList title={t('network')} nodes={node.network ? [node.network] : []} />
        </>
      );
    default:
      return null;
  }
}

/** The panel for a Land node: the small authorities it stands for, and a way to show them. */
function LandBody({ id, expanded, landFilter }: { id: string; expanded: string[]; landFilter: string | null }) {
  const { t } = useI18n();
  const { aggregated: landscape } = useAggregatedLandscape(expanded, landFilter);
  const land = landscape?.nodes.find((n) => n.id === id);
  const code = id.slice('land:'.length);
  const members = land?.aggregated ?? [];
  const names = new Map(landscape?.nodes.map((n) => [n.id, n.name]));
  return (
    <>
      <p>{t('aggregatedAuthorities', { count: members.length })}</p>
      <button type="button" onClick={() => setViewState({ expand: [...expanded, code], node: null }, { push: true })}>
        {t('expandLand')}
      </button>
      <ul className="link-list">
        {members.map((m) => (
          <li key={m}>{names.get(m) ?? m}</li>
        ))}
      </ul>
    </>
  );
}

interface NodePanelProps {
  id: string;
  /** Länder shown one by one, and the Land filter: for Land nodes, which the API does not know. */
  expanded: string[];
  land: string | null;
}

export function NodePanel({ id, expanded, land }: NodePanelProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const isLand = id.startsWith('land:');
  const { data, error, isPending, refetch } = useNodeDetails(id, !isLand);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when another node is shown
  useEffect(() => {
    heading.current?.focus();
  }, [id, data]);

  const close = () => setViewState({ node: null }, { push: true });
  let title = id;
  let body: ReactNode = null;
  let kind: string | null = null;
  let synthetic = false;
  if (isLand) {
    title = landName(id.slice('land:'.length));
    kind = t('kindLand');
    body = <LandBody id={id} expanded={expanded} landFilter={land} />;
  } else if (isPending) body = <Loading />;
  else if (error) body = <ErrorMessage error={error} onRetry={() => refetch()} />;
  else if (!data) body = <p>{t('notFound', { id })}</p>;
  else {
    title = nodeTitle(data);
    kind = t(`kind${data.__typename}`);
    synthetic = 'synthetic' in data && Boolean(data.synthetic);
    body = <DetailBody node={data} />;
  }
  const isAuthority = data?.__typename === 'Authority';

  return (
    <aside className="panel" aria-labelledby="panel-heading" data-testid="node-panel">
      <div className="panel-head">
        <h2 id="panel-heading" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="close" onClick={close} aria-label={t('panelClose')} title={t('panelClose')}>
          ×
        </button>
      </div>
      <p className="panel-kind">
        {kind}
        {synthetic && <span className="badge">{t('synthetic')}</span>}
      </p>
      {!isLand && (
        <p className="panel-actions">
          <button type="button" onClick={() => setViewState({ view: 'ego' }, { push: true })}>
            {t('showEgo')}
          </button>
          {isAuthority && (
            <button type="button" onClick={() => setViewState({ view: 'path', from: id }, { push: true })}>
              {t('pathFromHere')}
            </button>
          )}
        </p>
      )}
      {body}
    </aside>
  );
}
