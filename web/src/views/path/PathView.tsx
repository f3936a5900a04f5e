// How two authorities are connected through networks (Query.connection): who could introduce whom.

import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { SearchBox } from '../../components/SearchBox';
import { translateValue, useI18n } from '../../core/i18n';
import { useAuthorityName, useConnection, useRememberAuthorityName } from '../../core/path';
import type { SearchPick } from '../../core/search';
import { setViewState, type ViewState } from '../../core/urlState';
import type { SearchableType } from '../../gql/graphql';

const AUTHORITIES: SearchableType[] = ['Authority'];

export function PathView({ state }: { state: ViewState }) {
  const { t, lang } = useI18n();
  const { from, to } = state;
  const fromName = useAuthorityName(from);
  const toName = useAuthorityName(to);
  const rememberName = useRememberAuthorityName();
  // A picked authority's name is known: its box keeps it instead of waiting for the lookup.
  const choose = (end: 'from' | 'to', pick: SearchPick) => {
    rememberName(pick.id, pick.name);
    setViewState({ [end]: pick.id }, { push: true });
  };
  // One authority at both ends is no question (the API would refuse it); say so here.
  const same = Boolean(from && from === to);
  const { data, error, isFetching, refetch } = useConnection(from, to, Boolean(from && to) && !same);
  return (
    <section className="path-view" aria-labelledby="path-heading">
      <h2 id="path-heading">{t('viewPath')}</h2>
      <div className="path-pickers">
        {(
          [
            ['from', fromName, t('pathFrom')],
            ['to', toName, t('pathTo')],
          ] as const
        ).map(([end, name, label]) => (
          <div key={end}>
            <SearchBox
              key={name}
              label={label}
              kinds={AUTHORITIES}
              placeholder={t('searchAuthorityPlaceholder')}
              initial={name}
              onPick={(p) => choose(end, p)}
            />
          </div>
        ))}
      </div>
      {!(from && to) && <p className="note">{t('pathIntro')}</p>}
      {same && <p className="note">{t('pathSame')}</p>}
      {isFetching && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => refetch()} />}
      {from && to && !same && !isFetching && !error && data === null && <p>{t('pathNone')}</p>}
      {data && (
        <>
          <p>{t('pathHops', { hops: data.hops })}</p>
          <ol className="path-steps">
            {data.steps.map((step) => {
              const n = step.node;
              const name = ('name' in n && n.name) || ('personName' in n && n.personName) || n.id;
              return (
                <li key={n.id}>
                  <span className="hit-kind">{t(`kind${n.__typename}`)}</span>{' '}
                  {n.__typename === 'Person' ? (
                    name
                  ) : (
                    <button type="button" className="link" onClick={() => setViewState({ node: n.id }, { push: true })}>
                      {name}
                    </button>
                  )}
                  {step.via && <span className="note-inline"> → {translateValue(lang, 'relation', step.via)}</span>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
