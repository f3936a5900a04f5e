// My own participations and attendances, each with who may see it (my consent, changeable at any
// time: setVisibility) and, for a running participation, "Beenden" (endParticipation).

import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { VISIBILITIES } from '../../core/api/enums';
import { translateValue, useI18n } from '../../core/i18n';
import { byRunningThenName, isoDate, isRunning, useEndParticipation, type useMe, useSetVisibility } from '../../core/myAuthority';
import type { Visibility } from '../../gql/graphql';
import { NodeButton, SyntheticBadge } from './parts';

type Me = NonNullable<ReturnType<typeof useMe>['data']>;

/** Who may see one participation or attendance: a choice and a button, so arrow keys alone change nothing. */
function VisibilityControl({
  current,
  label,
  target,
  onDone,
}: {
  current: Visibility;
  label: string;
  target: { network: string } | { event: string };
  onDone: (visibility: Visibility) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [value, setValue] = useState<Visibility>(current);
  const change = useSetVisibility();
  return (
    <div className="visibility-control">
      <label htmlFor={id}>{t('visibilityLabel')}</label>
      <select id={id} value={value} onChange={(e) => setValue(e.target.value as Visibility)} aria-describedby={`${id}-hint`}>
        {VISIBILITIES.map((v) => (
          <option key={v} value={v}>
            {translateValue(lang, 'visibilityShort', v)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">
        {label}
      </span>
      <button
        type="button"
        disabled={value === current || change.isPending}
        onClick={() => change.mutate({ ...target, visibility: value }, { onSuccess: () => onDone(value) })}
      >
        {t('save')}
      </button>
      {change.error && <ErrorMessage error={change.error} />}
    </div>
  );
}

export function MyParticipations({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState('');
  const end = useEndParticipation();
  const today = isoDate(new Date());
  const participations = byRunningThenName(me.participations, today);
  return (
    <section className="card" aria-labelledby="mine-heading" data-testid="my-participations">
      <h2 id="mine-heading">{t('myParticipations')}</h2>
      <p className="note">{t('myParticipationsIntro')}</p>
      <p role="status" className="status">
        {status}
      </p>
      {participations.length === 0 ? (
        <p>{t('myParticipationsNone')}</p>
      ) : (
        <ul className="my-participations">
          {participations.map((p) => {
            const running = isRunning(p, today);
            return (
              <li key={p.network.id} data-network={p.network.id}>
                <div>
                  <strong>
                    <NodeButton id={p.network.id} label={p.network.name} />
                  </strong>
                  <SyntheticBadge synthetic={p.synthetic || p.network.synthetic} />
                </div>
                <p className="note">
                  {p.role && `${translateValue(lang, 'role', p.role)} · `}
                  {p.since && t('sinceDate', { date: p.since })}
                  {p.until && ` · ${running ? t('untilDate', { date: p.until }) : t('endedOn', { date: p.until })}`}
                </p>
                <VisibilityControl
                  key={p.visibility}
                  current={p.visibility ?? 'PRIVATE'}
                  label={p.network.name}
                  target={{ network: p.network.id }}
                  onDone={(v) =>
                    setStatus(t('visibilitySaved', { name: p.network.name, visibility: translateValue(lang, 'visibilityShort', v) }))
                  }
                />
                {running && (
                  <button
                    type="button"
                    className="end"
                    aria-label={t('endParticipationLabel', { network: p.network.name })}
                    disabled={end.isPending}
                    onClick={() =>
                      end.mutate(p.network.id, { onSuccess: () => setStatus(t('participationEnded', { network: p.network.name })) })
                    }
                  >
                    {t('endParticipation')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {end.error && <ErrorMessage error={end.error} />}
      {me.attendances.length > 0 && (
        <>
          <h3>{t('myAttendances')}</h3>
          <ul className="my-participations">
            {me.attendances.map((a) => (
              <li key={a.event.id}>
                <div>
                  <NodeButton id={a.event.id} label={a.event.name} />
                  {a.event.date && <span className="note-inline"> ({a.event.date})</span>}
                  <SyntheticBadge synthetic={a.event.synthetic} />
                </div>
                <VisibilityControl
                  key={a.visibility}
                  current={a.visibility}
                  label={a.event.name}
                  target={{ event: a.event.id }}
                  onDone={(v) =>
                    setStatus(t('visibilitySaved', { name: a.event.name, visibility: translateValue(lang, 'visibilityShort', v) }))
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
