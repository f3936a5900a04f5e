// Signed in, but no person record: a new colleague whose verified address belongs to an authority
// may link themselves to it (joinAuthority); anyone else sees what everyone sees (counts).

import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../core/i18n';
import { useJoinAuthority, type useMe } from '../../core/myAuthority';
import type { ViewState } from '../../core/urlState';
import { PrivacyLink } from './parts';
import { PublicCounts } from './SignedOut';

type Me = NonNullable<ReturnType<typeof useMe>['data']>;

export function NoPerson({ me, state }: { me: Me; state: ViewState }) {
  const { t } = useI18n();
  const join = useJoinAuthority();
  return (
    <div className="my-authority">
      <section className="card" aria-labelledby="my-authority-heading">
        <h2 id="my-authority-heading">{t('viewMyAuthority')}</h2>
        <p>{t('noPerson')}</p>
        {me.linkableAuthorities.length > 0 ? (
          <>
            <p>{t('joinIntro')}</p>
            <div className="actions">
              {me.linkableAuthorities.map((a) => (
                <button key={a.id} type="button" disabled={join.isPending} onClick={() => join.mutate(a.id)}>
                  {t('joinAuthority', { authority: a.name })}
                </button>
              ))}
            </div>
          </>
        ) : (
          <p className="note">{t('joinNone')}</p>
        )}
        {join.error && <ErrorMessage error={join.error} />}
        <PrivacyLink />
      </section>
      <PublicCounts state={state} />
    </div>
  );
}
