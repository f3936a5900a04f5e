// What a newcomer meets first: a notice that says plainly how much is invented (with the way to
// switch it off), and a short guide (what this is, three things to try, what is covered and from
// which sources). Both are shown until dismissed, which the browser remembers; the "Über" page
// opens the guide again. The numbers come from Query.coverage, never from the text; a store with
// nothing from the sources (a generated one) is said to hold only Beispieldaten, not counted in
// zeros.

import { useEffect, useRef, useState } from 'react';
import { type Coverage, countOf, onlySynthetic, useCoverage } from '../core/coverage';
import { useI18n } from '../core/i18n';
import { type DataScope, setViewState } from '../core/urlState';

const NOTICE_KEY = 'netzwerkatlas:notice-dismissed';
const GUIDE_KEY = 'netzwerkatlas:guide-seen';
const OPEN_GUIDE = 'netzwerkatlas:open-guide';

function remembered(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}
function remember(key: string) {
  try {
    window.localStorage.setItem(key, '1');
  } catch {
    // A browser that keeps nothing shows the notice again next time: no harm.
  }
}

/** Opens the guide again (the "Über" page's button). */
export function openGuide() {
  window.dispatchEvent(new Event(OPEN_GUIDE));
}

/** "111 von 114" for the invented part of a kind. */
function inventedShare(coverage: Coverage | undefined, kind: string, relation: boolean, fraction: (p: string, t: string) => string) {
  if (!coverage) return '…';
  const split = countOf(relation ? coverage.relations : coverage.nodes, kind);
  return fraction(String(split.synthetic), String(split.real + split.synthetic));
}

export function SyntheticNotice({ data }: { data: DataScope }) {
  const { t, num } = useI18n();
  const [dismissed, setDismissed] = useState(() => remembered(NOTICE_KEY));
  const coverage = useCoverage(!dismissed && data !== 'real');
  if (dismissed) return null;
  const fraction = (part: string, total: string) => t('fraction', { part: num(Number(part)), total: num(Number(total)) });
  const dismiss = () => {
    remember(NOTICE_KEY);
    setDismissed(true);
  };
  return (
    <section className="synthetic-notice" aria-labelledby="notice-title" data-testid="synthetic-notice">
      <span className="synthetic-swatch" aria-hidden="true" />
      <div>
        <h2 id="notice-title">{t('noticeTitle')}</h2>
        <p>
          {data === 'real'
            ? t('noticeRealOnly')
            : coverage.data && onlySynthetic(coverage.data)
              ? t('onlySynthetic')
              : t('noticeText', {
                  memberships: inventedShare(coverage.data, 'MEMBER_OF:Authority', true, fraction),
                  events: inventedShare(coverage.data, 'Event', false, fraction),
                })}
        </p>
        <p className="notice-actions">
          {data === 'real' ? (
            <button type="button" onClick={() => setViewState((s) => ({ filters: { ...s.filters, data: 'all' } }))}>
              {t('noticeSwitchOn')}
            </button>
          ) : (
            <button type="button" onClick={() => setViewState((s) => ({ filters: { ...s.filters, data: 'real' } }))}>
              {t('noticeSwitchOff')}
            </button>
          )}{' '}
          <button type="button" className="link" onClick={dismiss}>
            {t('noticeDismiss')}
          </button>
        </p>
      </div>
    </section>
  );
}

/**
 * The guide as a dialog beside the page, not in front of it: everything stays usable (a link
 * someone shared works at once); the button or Escape closes it.
 */
export function FirstVisitGuide() {
  const { t, num } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(() => !remembered(GUIDE_KEY));
  const coverage = useCoverage(open);

  useEffect(() => {
    const reopen = () => setOpen(true);
    window.addEventListener(OPEN_GUIDE, reopen);
    return () => window.removeEventListener(OPEN_GUIDE, reopen);
  }, []);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.show();
      d.querySelector<HTMLElement>('h2')?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => {
    remember(GUIDE_KEY);
    setOpen(false);
  };
  const c = coverage.data;
  const real = (kind: string) => (c ? num(countOf(c.nodes, kind).real) : '…');
  const organisations = c ? num(countOf(c.nodes, 'Authority').real + countOf(c.nodes, 'UmbrellaOrganisation').real) : '…';

  return (
    <dialog
      ref={dialog}
      className="guide"
      aria-labelledby="guide-title"
      data-testid="first-visit-guide"
      onClose={() => {
        remember(GUIDE_KEY);
        setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <h2 id="guide-title" tabIndex={-1}>
        {t('guideTitle')}
      </h2>
      <p>{t('guideWhat')}</p>
      <h3>{t('guideTryTitle')}</h3>
      <ol>
        <li>{t('guideTry1')}</li>
        <li>{t('guideTry2')}</li>
        <li>{t('guideTry3')}</li>
      </ol>
      <h3>{t('guideCoverageTitle')}</h3>
      <p data-testid="guide-coverage">
        {c && onlySynthetic(c)
          ? t('onlySynthetic')
          : t('guideCoverage', {
              networks: real('Network'),
              organisations,
              topics: real('Topic'),
              sources: c ? num(c.sources.length) : '…',
            })}
      </p>
      <p className="guide-actions">
        <button type="button" className="primary" onClick={close}>
          {t('guideStart')}
        </button>{' '}
        <button
          type="button"
          className="link"
          onClick={() => {
            close();
            setViewState({ view: 'about' }, { push: true });
          }}
        >
          {t('guideAbout')}
        </button>
      </p>
    </dialog>
  );
}
