// The header's sign-in control: "Anmelden" when signed out, the name and "Abmelden" when signed in.

import { useI18n } from '../core/i18n';
import { signInUrl, signOut, useSession } from '../core/session';

export function SessionControl() {
  const { t } = useI18n();
  const session = useSession();
  if (!session.data) return null;
  return (
    <section className="session" aria-label={t('sessionLabel')}>
      {session.data.signedIn ? (
        <>
          <span className="session-name">{t('signedInAs', { name: session.data.name ?? session.data.email ?? '—' })}</span>
          <button type="button" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        </>
      ) : (
        <a className="session-signin" href={signInUrl(window.location)}>
          {t('signIn')}
        </a>
      )}
    </section>
  );
}
