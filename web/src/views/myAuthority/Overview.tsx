// My authority's staff in networks and at events, as the API tells them to me: names where the
// colleague consented, the others counted ("weniger als 3" where a number could single out). Where
// two or more of us take part in one network, or several of us attended one event, a hint to
// coordinate. And the networks on our topics where none of us takes part.

import { translateValue, useI18n } from '../../core/i18n';
import { duplicateNetworks, type MyAuthority, type StaffInNetwork } from '../../core/myAuthority';
import { formatPersonCount, type PersonCount } from '../../core/personCount';
import type { NetworkChoice } from './DeclareForm';
import { Count, NodeButton, SyntheticBadge } from './parts';

/** The colleagues one network or event shows me: names (me marked), then how many are not named. */
function Colleagues({
  persons,
  hidden,
  role,
}: {
  persons: { id: string; name?: string | null; synthetic: boolean; role?: string | null; me?: boolean }[];
  hidden: PersonCount;
  role?: boolean;
}) {
  const { t, lang } = useI18n();
  const hiddenShown = hidden.exact !== 0;
  if (!persons.length && !hiddenShown) return null;
  return (
    <ul className="colleagues">
      {persons.map((p) => (
        <li key={p.id}>
          {p.name ?? p.id}
          {p.me && <span className="note-inline"> ({t('me')})</span>}
          {role && p.role && <span className="note-inline"> · {translateValue(lang, 'role', p.role)}</span>}
          <SyntheticBadge synthetic={p.synthetic} />
        </li>
      ))}
      {hiddenShown && <li className="note-inline">{t('colleaguesHidden', { count: formatPersonCount(hidden, t) })}</li>}
    </ul>
  );
}

/** The same, in one line (the duplicates summary): names, me marked, the others counted, one badge. */
function ColleaguesInline({
  persons,
  hidden,
}: {
  persons: { id: string; name?: string | null; synthetic: boolean; me?: boolean }[];
  hidden: PersonCount;
}) {
  const { t } = useI18n();
  const names = persons.map((p) => (p.me ? `${p.name ?? p.id} (${t('me')})` : (p.name ?? p.id)));
  if (hidden.exact !== 0) names.push(t('colleaguesHidden', { count: formatPersonCount(hidden, t) }));
  if (!names.length) return null;
  return (
    <p className="colleagues-inline">
      {names.join(', ')}
      <SyntheticBadge synthetic={persons.some((p) => p.synthetic)} />
    </p>
  );
}

function networkColleagues(n: StaffInNetwork, myId: string | null) {
  return n.colleagues.map((c) => ({ ...c.person, role: c.role, me: c.person.id === myId }));
}

/** Where several of us take part or meet: highlighted, with the hint to coordinate. */
export function Duplicates({ data, myId }: { data: MyAuthority; myId: string | null }) {
  const { t } = useI18n();
  const networks = duplicateNetworks(data.networks);
  const events = data.duplicateParticipation.atEvents;
  return (
    <section className="card" aria-labelledby="duplicates-heading" data-testid="duplicates">
      <h2 id="duplicates-heading">{t('myDuplicates')}</h2>
      {networks.length + events.length === 0 ? (
        <p>{t('noDuplicates')}</p>
      ) : (
        <>
          <p className="notice">{t('myDuplicatesHint')}</p>
          <ul className="duplicate-list">
            {networks.map((n) => (
              <li key={n.network.id} className="duplicate">
                <strong>
                  <NodeButton id={n.network.id} label={n.network.name} />
                </strong>
                <SyntheticBadge synthetic={n.network.synthetic} />{' '}
                <span className="note-inline">{t('myDuplicateInNetwork', { count: formatPersonCount(n.count, t) })}</span>
                {!data.countsOnly && <ColleaguesInline persons={networkColleagues(n, myId)} hidden={n.hiddenCount} />}
              </li>
            ))}
            {events.map((e) => (
              <li key={e.event.id} className="duplicate">
                <strong>
                  <NodeButton id={e.event.id} label={e.event.name} />
                </strong>
                {e.event.date && <span className="note-inline"> ({e.event.date})</span>}
                <SyntheticBadge synthetic={e.event.synthetic} />{' '}
                <span className="note-inline">{t('myDuplicateAtEvent', { count: formatPersonCount(e.count, t) })}</span>
                {!data.countsOnly && (
                  <ColleaguesInline persons={e.colleagues.map((c) => ({ ...c, me: c.id === myId }))} hidden={e.hiddenCount} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Every network where some of us take part now, with who (as far as I may see) and how many. */
export function StaffNetworks({ data, myId }: { data: MyAuthority; myId: string | null }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="staff-networks-heading" data-testid="staff-networks">
      <h2 id="staff-networks-heading">{t('myStaffNetworks')}</h2>
      {data.networks.length === 0 ? (
        <p>{t('myStaffNetworksNone')}</p>
      ) : (
        <ul className="staff-networks">
          {data.networks.map((n) => (
            <li key={n.network.id} className={n.duplicate ? 'duplicate' : undefined} data-network={n.network.id}>
              <div className="staff-network-head">
                <strong>
                  <NodeButton id={n.network.id} label={n.network.name} />
                </strong>
                <SyntheticBadge synthetic={n.network.synthetic} />
                {n.duplicate && <span className="tag">{t('tagDuplicate')}</span>}
                {n.includesMe && <span className="tag tag-me">{t('tagMine')}</span>}
                <span className="staff-count">
                  {t('persons')}: <Count count={n.count} />
                </span>
              </div>
              {!data.countsOnly && <Colleagues persons={networkColleagues(n, myId)} hidden={n.hiddenCount} role />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Networks on our topics where none of us takes part and we are no member, with "Ich nehme teil". */
export function AbsentNetworks({ data, onDeclare }: { data: MyAuthority; onDeclare: (n: NetworkChoice) => void }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="absent-heading">
      <h2 id="absent-heading">{t('myAbsentNetworks')}</h2>
      <p className="note">{t('myAbsentNetworksIntro')}</p>
      {data.absentNetworks.length === 0 ? (
        <p>{t('noRecommendations')}</p>
      ) : (
        <ul className="absent-networks">
          {data.absentNetworks.map((a) => (
            <li key={a.network.id}>
              <NodeButton id={a.network.id} label={a.network.name} />
              <SyntheticBadge synthetic={a.network.synthetic} />{' '}
              <span className="note-inline">{t('recommendedTopics', { count: a.sharedTopics })}</span>{' '}
              <button
                type="button"
                aria-label={t('declareInLabel', { network: a.network.name })}
                onClick={() => onDeclare({ id: a.network.id, name: a.network.name })}
              >
                {t('declareShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
