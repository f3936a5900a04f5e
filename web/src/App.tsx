// The page: header with search, view tabs, language switch and sign-in; the current view; the panel of
// the selected node. Everything shown follows the URL (useViewState).

import { useEffect, useMemo } from 'react';
import { DataSwitch } from './components/DataSwitch';
import { ErrorBoundary } from './components/ErrorBoundary';
import { FirstVisitGuide, SyntheticNotice } from './components/FirstVisit';
import { NodePanel } from './components/NodePanel';
import { SearchBox } from './components/SearchBox';
import { SessionControl } from './components/SessionControl';
import { I18nContext, i18nFor } from './core/i18n';
import type { MessageKey } from './core/i18n/types';
import { useRoleViews } from './core/import';
import { encodeViewState, setViewState, TAB_VIEWS, useViewState, type ViewName } from './core/urlState';
import { AboutView } from './views/about/AboutView';
import { ImportView } from './views/import/ImportView';
import { ReviewView } from './views/import/ReviewView';
import { InnovationsView } from './views/innovations/InnovationsView';
import { LandscapeView } from './views/landscape/LandscapeView';
import { MyAuthorityView } from './views/myAuthority/MyAuthorityView';
import { OverlapView } from './views/overlap/OverlapView';
import { PathView } from './views/path/PathView';
import { PrivacyView } from './views/privacy/PrivacyView';
import { TableView } from './views/table/TableView';

const VIEW_LABELS: Record<ViewName, MessageKey> = {
  landscape: 'viewLandscape',
  overlap: 'viewOverlap',
  ego: 'viewEgo',
  path: 'viewPath',
  innovations: 'viewInnovations',
  table: 'viewTable',
  about: 'viewAbout',
  myAuthority: 'viewMyAuthority',
  privacy: 'viewPrivacy',
  import: 'viewImport',
  review: 'viewReview',
};

export function App() {
  const [state] = useViewState();
  const i18n = useMemo(() => i18nFor(state.lang), [state.lang]);
  const { t } = i18n;
  // The tabs everyone sees, then those of the viewer's roles (import, review list).
  const tabs = [...TAB_VIEWS, ...useRoleViews()];

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${t('appTitle')} – ${t(VIEW_LABELS[state.view])}`;
  }, [state.lang, state.view, t]);

  const view = (() => {
    switch (state.view) {
      case 'overlap':
        return <OverlapView state={state} />;
      case 'path':
        return <PathView state={state} />;
      case 'innovations':
        return <InnovationsView state={state} />;
      case 'table':
        return <TableView state={state} />;
      case 'about':
        return <AboutView />;
      case 'myAuthority':
        return <MyAuthorityView state={state} />;
      case 'privacy':
        return <PrivacyView />;
      case 'import':
        return <ImportView />;
      case 'review':
        return <ReviewView />;
      default:
        return <LandscapeView state={state} />;
    }
  })();

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app">
        <a className="skip-link" href="#main">
          {state.lang === 'de' ? 'Zum Inhalt springen' : 'Skip to content'}
        </a>
        <header className="app-header">
          <div className="brand">
            <h1>{t('appTitle')}</h1>
            <p>{t('appSubtitle')}</p>
          </div>
          <SearchBox
            label={t('searchLabel')}
            onPick={(pick) =>
              setViewState((s) => ({ node: pick.id, view: s.view === 'path' || s.view === 'innovations' ? 'landscape' : s.view }), {
                push: true,
              })
            }
          />
          <DataSwitch value={state.filters.data} />
          <button
            type="button"
            className="lang-switch"
            lang={state.lang === 'de' ? 'en' : 'de'}
            aria-label={t('switchLanguageLabel')}
            onClick={() => setViewState({ lang: state.lang === 'de' ? 'en' : 'de' })}
          >
            {t('switchLanguage')}
          </button>
          <SessionControl />
        </header>
        <nav aria-label={t('navLabel')} className="tabs">
          <ul>
            {tabs.map((v) => (
              <li key={v}>
                <a
                  href={`?view=${v}`}
                  aria-current={state.view === v ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    setViewState({ view: v }, { push: true });
                  }}
                >
                  {t(VIEW_LABELS[v])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SyntheticNotice data={state.filters.data} />
        <FirstVisitGuide />
        <div className={state.node ? 'content with-panel' : 'content'}>
          <main id="main">
            <ErrorBoundary lang={state.lang}>{view}</ErrorBoundary>
          </main>
          {state.node && (
            <ErrorBoundary lang={state.lang}>
              <NodePanel id={state.node} expanded={state.expand} land={state.filters.land} data={state.filters.data} />
            </ErrorBoundary>
          )}
        </div>
        <footer className="app-footer">
          <a
            href={`?${encodeViewState({ ...state, view: 'privacy', node: null })}`}
            aria-current={state.view === 'privacy' ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              setViewState({ view: 'privacy', node: null }, { push: true });
            }}
          >
            {t('viewPrivacy')}
          </a>
        </footer>
      </div>
    </I18nContext.Provider>
  );
}
