// "Meine Behörde": which colleagues of my authority take part where (names where they consented,
// counts otherwise), where several of us meet without knowing, networks on our topics where we
// are absent, the innovations we adopted; my own participations with who may see them, "Ich nehme
// teil", and my data (download, erase). Signed out: the counts the API gives everyone, and the
// way to sign in. The innovation office sees its authority as counts per network only.

import { useRef, useState } from 'react';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useI18n } from '../../core/i18n';
import { type MyAuthority, useMe, useMyAuthority } from '../../core/myAuthority';
import { useSession } from '../../core/session';
import type { ViewState } from '../../core/urlState';
import { Adoptions } from './Adoptions';
import { DeclareForm, type NetworkChoice } from './DeclareForm';
import { MyData } from './MyData';
import { MyParticipations } from './MyParticipations';
import { NoPerson } from './NoPerson';
import { AbsentNetworks, Duplicates, StaffNetworks } from './Overview';
import { PrivacyLink, SyntheticBadge } from './parts';
import { SignedOut } from './SignedOut';

export function MyAuthorityView({ state }: { state: ViewState }) {
  const session = useSession();
  const signedIn = session.data?.signedIn === true;
  const me = useMe(signedIn);
  if (session.isPending) return <Loading />;
  if (!signedIn) return <SignedOut state={state} />;
  if (me.isPending) return <Loading />;
  if (me.error) return <ErrorMessage error={me.error} onRetry={() => me.refetch()} />;
  // Signed in, but the session ended meanwhile (e.g. erased in another tab): as signed out.
  if (!me.data) return <SignedOut state={state} />;
  if (!me.data.person) return <NoPerson me={me.data} state={state} />;
  return <SignedInView me={me.data} staff={me.data.roles.includes('STAFF')} />;
}

type Me = NonNullable<ReturnType<typeof useMe>['data']>;

function SignedInView({ me, staff }: { me: Me; staff: boolean }) {
  const { t } = useI18n();
  const overview = useMyAuthority(staff);
  const [choice, setChoice] = useState<NetworkChoice | null>(null);
  const formRef = useRef<HTMLElement>(null);
  // "Ich nehme teil" beside a suggested network: the form gets that network and the focus.
  const declareIn = (network: NetworkChoice) => {
    setChoice(network);
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.focus();
  };
  const data: MyAuthority | undefined = overview.data;
  return (
    <div className="my-authority">
      <section className="card" aria-labelledby="my-authority-heading">
        <h2 id="my-authority-heading">
          {t('viewMyAuthority')}
          {me.authority && (
            <>
              : {me.authority.name}
              <SyntheticBadge synthetic={me.authority.synthetic} />
            </>
          )}
        </h2>
        <p className="note">{t('myAuthorityIntro')}</p>
        {data?.countsOnly && (
          <p className="notice" data-testid="counts-only">
            {t('myAuthorityCountsOnly')}
          </p>
        )}
        {!staff && <p className="note">{t('myAuthorityNoAuthority')}</p>}
        <PrivacyLink />
      </section>
      {staff && overview.isPending && <Loading />}
      {overview.error && <ErrorMessage error={overview.error} onRetry={() => overview.refetch()} />}
      {data && <Duplicates data={data} myId={me.person?.id ?? null} />}
      {data && <StaffNetworks data={data} myId={me.person?.id ?? null} />}
      <MyParticipations me={me} />
      <DeclareForm ref={formRef} choice={choice} onChoice={setChoice} />
      {data && <AbsentNetworks data={data} onDeclare={declareIn} />}
      {data && <Adoptions data={data} />}
      <MyData me={me} />
    </div>
  );
}
