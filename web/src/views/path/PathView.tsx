// How two authorities are connected through networks (Query.connection): who could introduce whom.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { SearchBox, type SearchPick } from '../../components/SearchBox';
import { request } from '../../core/api/client';
import { AuthorityNameQuery, ConnectionQuery } from '../../core/api/operations';
import { useI18n } from '../../core/i18n';
import { setViewState, type ViewState } from '../../core/urlState';
import type { SearchableType } from '../../gql/graphql';

const AUTHORITIES: SearchableType[] = ['Authority'];

const authorityNameKey = (id: string | null) => ['authorityName', id];

/** The name of an authority chosen by id (from the URL or the node panel), for its search box; the id while unknown. */
function useAuthorityName(id: string | null): string {
  const { data } = useQuery({
    queryKey: authorityNameKey(id),
    queryFn: () => request(AuthorityNameQuery, { id: id! }).then((d) => d.authority.name),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return id ? (data ?? id) : '';
}

export function PathView({ state }: { state: ViewState }) {
  const { t, lang } = useI18n();
  const { from, to } = state;
  const fromName = useAuthorityName(from);
  const toName = useAuthorityName(to);
  const queryClient = useQueryClient();
  // A picked authority's name is known: its box keeps it instead of waiting for the lookup.
  const choose = (end: 'from' | 'to', pick: SearchPick) => {
    queryClient.setQueryData(authorityNameKey(pick.id), pick.name);
    setViewState({ [end]: pick.id }, { push: true });
  };
  // One authority at both ends is no question (the API would refuse it); say so here.
  const same = Boolean(from && from === to);
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: ['connection', from, to],
    queryFn: () => request(ConnectionQuery, { from: from!, to: to! }).then((d) => d.connection),
    enabled: Boolean(from && to) && !same,
  });
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
                  {step.via && (
                    <span className="note-inline">
                      {' '}
                      → {t('via')} {lang === 'de' ? step.via.replace('MEMBER_OF', 'Mitgliedschaft') : step.via}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
