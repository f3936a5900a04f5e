// My data (Art. 15–17 and 20 GDPR): correcting my name and job title, everything stored about me
// as a JSON file, and erasing me after a confirmation in a modal dialog (the browser's own: focus
// stays in it, Escape cancels).

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../core/i18n';
import { useCorrectMyData, useEraseMe, useExportMyData, type useMe } from '../../core/myAuthority';
import { PrivacyLink } from './parts';

type Me = NonNullable<ReturnType<typeof useMe>['data']>;

function Correction({ me }: { me: Me }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(me.person?.name ?? '');
  const [jobTitle, setJobTitle] = useState(me.person?.jobTitle ?? '');
  const correct = useCorrectMyData();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    correct.mutate({ name: name.trim() || null, jobTitle: jobTitle.trim() });
  };
  return (
    <form onSubmit={submit} className="correction">
      <h3>{t('correctMyData')}</h3>
      <div className="declare-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('name')}</label>
          <input id={`${id}-name`} type="text" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-job`}>{t('jobTitle')}</label>
          <input id={`${id}-job`} type="text" maxLength={200} value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />
        </div>
      </div>
      <button type="submit" disabled={correct.isPending}>
        {t('save')}
      </button>
      <p role="status" className="status">
        {correct.isSuccess ? t(correct.data.changed ? 'correctedDone' : 'correctedSame') : ''}
      </p>
      {correct.error && <ErrorMessage error={correct.error} />}
    </form>
  );
}

export function MyData({ me }: { me: Me }) {
  const { t } = useI18n();
  const id = useId();
  const download = useExportMyData();
  const erase = useEraseMe();
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (confirming && !d.open) {
      d.showModal();
      // The harmless choice has the focus first.
      cancel.current?.focus();
    }
    if (!confirming && d.open) d.close();
  }, [confirming]);

  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid="my-data">
      <h2 id={`${id}-heading`}>{t('myData')}</h2>
      <p className="note">{t('myDataIntro')}</p>
      <Correction me={me} />
      <h3>{t('myDataCopyAndErase')}</h3>
      <div className="actions">
        <button type="button" disabled={download.isPending} onClick={() => download.mutate()}>
          {t('exportMyData')}
        </button>
        <button type="button" className="danger" ref={opener} onClick={() => setConfirming(true)}>
          {t('eraseMe')}
        </button>
      </div>
      <p role="status" className="status">
        {download.isSuccess ? t('exportMyDataDone') : ''}
      </p>
      {download.error && <ErrorMessage error={download.error} />}
      <PrivacyLink />
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-erase-title`}
        aria-describedby={`${id}-erase-text`}
        onClose={() => {
          setConfirming(false);
          opener.current?.focus();
        }}
      >
        <h3 id={`${id}-erase-title`}>{t('eraseMeConfirmTitle')}</h3>
        <p id={`${id}-erase-text`}>{t('eraseMeConfirmText')}</p>
        {erase.error && <ErrorMessage error={erase.error} />}
        <div className="actions">
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
          <button type="button" className="danger" disabled={erase.isPending} onClick={() => erase.mutate()}>
            {t('eraseMeConfirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
