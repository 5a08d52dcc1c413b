/** The shell: header, left navigation, the open screen, and the import flow above it all. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SCREENS } from './app/screens';
import { useWorkbench, WorkbenchProvider } from './app/workbench-context';
import { ErrorAlert } from './components/Alert';
import { AppHeader } from './components/AppHeader';
import { Dialog } from './components/Dialog';
import { Icon } from './components/Icon';
import { LanguageSwitch } from './components/LanguageSwitch';
import { NoticeBar } from './components/NoticeBar';
import { SideNav } from './components/SideNav';
import { ImportProvider } from './screens/import/import-context';
import { RecoveryGate } from './screens/recovery/RecoveryGate';

function ConnectionProblem() {
  const { t } = useTranslation();
  const { infoError, retryConnection } = useWorkbench();
  if (!infoError) return null;
  return (
    <div className="connection-problem">
      <div className="connection-problem-card">
        <div className="connection-problem-top">
          <span className="brand-name">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        <h1 className="page-title">{t('connection.title')}</h1>
        <ErrorAlert error={infoError} />
        <p>{t('connection.hint')}</p>
        <button type="button" className="button button-primary" onClick={retryConnection}>
          <Icon name="arrow-right" size={18} />
          {t('connection.retry')}
        </button>
      </div>
    </div>
  );
}

/** Asks before leaving a screen with unsaved work (e.g. a metadata draft). */
function LeaveConfirm() {
  const { t } = useTranslation();
  const { pendingLeave, confirmLeave, cancelLeave } = useWorkbench();
  if (!pendingLeave) return null;
  return (
    <Dialog
      title={t('leave.title')}
      onClose={cancelLeave}
      testId="leave-dialog"
      footer={
        <>
          <button type="button" className="button button-secondary" onClick={cancelLeave}>
            {t('leave.stay')}
          </button>
          <button type="button" className="button button-danger" onClick={confirmLeave}>
            {t('leave.discard')}
          </button>
        </>
      }
    >
      <p>{t('leave.body')}</p>
    </Dialog>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { screen, infoError } = useWorkbench();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const entry = SCREENS.find((s) => s.id === screen) ?? SCREENS[0];
  const title = entry ? t(entry.labelKey) : '';

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  // after the first screen, moving between screens puts focus on the new page title
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  if (infoError) return <ConnectionProblem />;
  const Screen = entry?.component;

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <div className="app-body">
        <SideNav />
        <main id="main" className="app-main" ref={main} tabIndex={-1}>
          <NoticeBar />
          {Screen && <Screen key={screen} />}
        </main>
      </div>
      <LeaveConfirm />
    </div>
  );
}

export function App() {
  return (
    // a damaged workspace file shows the recovery page before anything else
    <RecoveryGate>
      <WorkbenchProvider>
        <ImportProvider>
          <Shell />
        </ImportProvider>
      </WorkbenchProvider>
    </RecoveryGate>
  );
}
