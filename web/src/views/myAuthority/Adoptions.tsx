// The innovations my authority adopted (from a source, or reported through the app) and the form
// to report one: coordinators follow up on what came of their network (innovationTransfer counts
// reported adoptions, marked as reported by whom and when).

import { type FormEvent, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SearchBox } from '../../components/SearchBox';
import { useI18n } from '../../core/i18n';
import { type MyAuthority, useReportAdoption } from '../../core/myAuthority';
import type { SearchableType } from '../../gql/graphql';
import { NodeButton, SyntheticBadge } from './parts';

const INNOVATIONS: SearchableType[] = ['Innovation'];

export function Adoptions({ data }: { data: MyAuthority }) {
  const { t } = useI18n();
  const id = useId();
  const [innovation, setInnovation] = useState<{ id: string; name: string } | null>(null);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [missing, setMissing] = useState(false);
  const report = useReportAdoption();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!innovation) {
      setMissing(true);
      return;
    }
    const picked = innovation;
    report.mutate(
      { innovation: picked.id, note: note.trim() || null },
      {
        onSuccess: (r) => {
          setStatus(t(r.created ? 'adoptionReported' : 'adoptionKnown', { innovation: picked.name }));
          setInnovation(null);
          setNote('');
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid="adoptions">
      <h2 id={`${id}-heading`}>{t('myAdoptions')}</h2>
      {data.adoptions.length === 0 ? (
        <p>{t('myAdoptionsNone')}</p>
      ) : (
        <ul className="link-list">
          {data.adoptions.map(({ innovation: i, adoption: a }) => (
            <li key={i.id}>
              <NodeButton id={i.id} label={i.title} />
              <SyntheticBadge synthetic={i.synthetic || a.synthetic} />
              {i.emergedIn && <span className="note-inline"> · {t('emergedInNetwork', { network: i.emergedIn.name })}</span>}
              <span className="note-inline">
                {' · '}
                {a.reported
                  ? t('adoptionReportedBy', {
                      who: a.reportedBy?.name ?? t('adoptionReporterHidden'),
                      date: (a.reportedAt ?? '').slice(0, 10),
                    })
                  : a.sources.length
                    ? t('adoptionFromSource', { source: a.sources.map((s) => s.title).join('; ') })
                    : ''}
              </span>
              {a.note && <span className="note-inline"> · {a.note}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('reportAdoption')}</h3>
      <form onSubmit={submit} noValidate>
        <SearchBox
          key={innovation?.id ?? 'none'}
          label={t('innovation')}
          kinds={INNOVATIONS}
          placeholder={t('searchInnovationPlaceholder')}
          initial={innovation?.name ?? ''}
          onPick={(pick) => {
            setMissing(false);
            setInnovation({ id: pick.id, name: pick.name });
          }}
        />
        {missing && (
          <p className="error-inline" role="alert">
            {t('reportAdoptionMissing')}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('adoptionNote')}</label>
          <input id={`${id}-note`} type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" disabled={report.isPending}>
          {t('reportAdoptionSubmit')}
        </button>
      </form>
      <p role="status" className="status">
        {status}
      </p>
      {report.error && <ErrorMessage error={report.error} />}
    </section>
  );
}
