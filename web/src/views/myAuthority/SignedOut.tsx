// "Meine Behörde" without sign-in: what the API gives everyone about an authority's staff, which
// is counts (several persons of one authority in one network or at one event; "weniger als 3"
// where a number could single out), and the way to sign in and back to this page.

import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { SearchBox } from '../../components/SearchBox';
import { useI18n } from '../../core/i18n';
import { useErased } from '../../core/myAuthority';
import { useAuthorityDuplicates } from '../../core/overlap';
import { useAuthorityName, useRememberAuthorityName } from '../../core/path';
import { signInUrl } from '../../core/session';
import { setViewState, type ViewState } from '../../core/urlState';
import type { SearchableType } from '../../gql/graphql';
import { Count, NodeButton, PrivacyLink, SyntheticBadge } from './parts';

const AUTHORITIES: SearchableType[] = ['Authority'];

export function SignedOut({ state }: { state: ViewState }) {
  const { t } = useI18n();
  const erased = useErased();
  return (
    <div className="my-authority">
      <section className="card" aria-labelledby="my-authority-heading">
        <h2 id="my-authority-heading">{t('viewMyAuthority')}</h2>
        {erased && (
          <p className="notice" role="status">
            {t('erasedDone')}
          </p>
        )}
        <p>{t('myAuthoritySignedOut')}</p>
        <p>
          <a className="button-link" href={signInUrl(window.location)}>
            {t('myAuthoritySignIn')}
          </a>
        </p>
        <PrivacyLink />
      </section>
      <PublicCounts state={state} />
    </div>
  );
}

/** An authority chosen by search, and its staff as counts per network and event. */
export function PublicCounts({ state }: { state: ViewState }) {
  const { t } = useI18n();
  const name = useAuthorityName(state.authority);
  const remember = useRememberAuthorityName();
  return (
    <section className="card" aria-labelledby="public-counts-heading" data-testid="public-counts">
      <h2 id="public-counts-heading">{t('publicCountsHeading')}</h2>
      <p className="note">{t('publicCountsIntro')}</p>
      <div className="authority-picker">
        <SearchBox
          key={name}
          label={t('authorityLabel')}
          kinds={AUTHORITIES}
          placeholder={t('searchAuthorityPlaceholder')}
          initial={name}
          onPick={(pick) => {
            remember(pick.id, pick.name);
            setViewState({ authority: pick.id }, { push: true });
          }}
        />
      </div>
      {state.authority && <AuthorityCounts authority={state.authority} name={name} />}
    </section>
  );
}

function AuthorityCounts({ authority, name }: { authority: string; name: string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useAuthorityDuplicates(authority);
  if (isPending) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => refetch()} />;
  const networks = data.inNetworks.edges.map((e) => e.node);
  const events = data.atEvents.edges.map((e) => e.node);
  if (networks.length + events.length === 0) return <p>{t('publicCountsNone', { authority: name })}</p>;
  // Invented persons are counted here too: said once, and each invented network or meeting marked.
  const invented = [...networks.flatMap((n) => [n.network, ...n.persons]), ...events.flatMap((e) => [e.event, ...e.persons])].some(
    (x) => x.synthetic,
  );
  return (
    <>
      <h3>{t('publicCountsOf', { authority: name })}</h3>
      {invented && <p className="note">{t('syntheticNote')}</p>}
      <ul className="staff-networks">
        {networks.map((n) => (
          <li key={n.network.id} className="duplicate">
            <NodeButton id={n.network.id} label={n.network.name} />
            <SyntheticBadge synthetic={n.network.synthetic} />{' '}
            <span className="staff-count">
              {t('persons')}: <Count count={n.personCount} />
            </span>
          </li>
        ))}
        {events.map((e) => (
          <li key={e.event.id} className="duplicate">
            <NodeButton id={e.event.id} label={e.event.name} />
            {e.event.date && <span className="note-inline"> ({e.event.date})</span>}
            <SyntheticBadge synthetic={e.event.synthetic} />{' '}
            <span className="staff-count">
              {t('persons')}: <Count count={e.personCount} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
