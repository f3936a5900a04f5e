// "Ich nehme teil": a network (found by search, or chosen beside a suggestion), my role, since
// when, and who may see it. The default is PRIVATE, counted only: many networks work under the
// Chatham House Rule, and consent is given per participation (docs/privacy.md).

import { type FormEvent, type Ref, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SearchBox } from '../../components/SearchBox';
import { DECLARABLE_ROLES, VISIBILITIES } from '../../core/api/enums';
import { translateValue, useI18n } from '../../core/i18n';
import { isoDate, useDeclareParticipation } from '../../core/myAuthority';
import type { DeclarableRole, SearchableType, Visibility } from '../../gql/graphql';

export interface NetworkChoice {
  id: string;
  name: string;
}

const NETWORKS: SearchableType[] = ['Network'];

export function DeclareForm({
  ref,
  choice,
  onChoice,
}: {
  ref?: Ref<HTMLElement>;
  choice: NetworkChoice | null;
  onChoice: (choice: NetworkChoice | null) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const today = isoDate(new Date());
  const [role, setRole] = useState<DeclarableRole>('MEMBER');
  const [since, setSince] = useState(today);
  const [visibility, setVisibility] = useState<Visibility>('PRIVATE');
  const [missing, setMissing] = useState(false);
  const [status, setStatus] = useState('');
  const declare = useDeclareParticipation();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) {
      setMissing(true);
      return;
    }
    const network = choice;
    declare.mutate(
      // Today is left to the server (its date, not this browser's: near midnight they differ).
      { network: network.id, role, since: since && since !== today ? since : null, visibility },
      {
        onSuccess: (result) => {
          setStatus(
            t(result.changed ? 'declared' : 'declaredAlready', {
              network: network.name,
              visibility: translateValue(lang, 'visibilityShort', result.participation.visibility ?? visibility),
            }),
          );
          onChoice(null);
          setVisibility('PRIVATE');
        },
      },
    );
  };

  return (
    <section className="card declare" aria-labelledby={`${id}-heading`} ref={ref} tabIndex={-1}>
      <h2 id={`${id}-heading`}>{t('declareHeading')}</h2>
      <p className="note">{t('declareIntro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="declare-network">
          <SearchBox
            key={choice?.id ?? 'none'}
            label={t('network')}
            kinds={NETWORKS}
            placeholder={t('searchNetworkPlaceholder')}
            initial={choice?.name ?? ''}
            onPick={(pick) => {
              setMissing(false);
              onChoice({ id: pick.id, name: pick.name });
            }}
          />
          <p className="note" aria-live="polite">
            {choice ? t('declareChosen', { network: choice.name }) : ''}
          </p>
          {missing && (
            <p className="error-inline" role="alert">
              {t('declareNetworkMissing')}
            </p>
          )}
        </div>
        <div className="declare-fields">
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('role')}</label>
            <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as DeclarableRole)}>
              {DECLARABLE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {translateValue(lang, 'role', r)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-since`}>{t('since')}</label>
            <input id={`${id}-since`} type="date" value={since} max={today} onChange={(e) => setSince(e.target.value)} />
          </div>
        </div>
        <fieldset className="visibility-choice">
          <legend>{t('visibilityLabel')}</legend>
          {VISIBILITIES.map((v) => (
            <div key={v} className="check">
              <input
                type="radio"
                id={`${id}-vis-${v}`}
                name={`${id}-visibility`}
                value={v}
                checked={visibility === v}
                onChange={() => setVisibility(v)}
                aria-describedby={`${id}-vis-${v}-hint`}
              />
              <label htmlFor={`${id}-vis-${v}`}>
                {translateValue(lang, 'visibilityShort', v)}
                <span id={`${id}-vis-${v}-hint`} className="note-inline">
                  {' '}
                  – {translateValue(lang, 'visibilityHint', v)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={declare.isPending}>
          {t('declareSubmit')}
        </button>
      </form>
      <p role="status" className="status">
        {status}
      </p>
      {declare.error && <ErrorMessage error={declare.error} />}
    </section>
  );
}
