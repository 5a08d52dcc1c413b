/** Top bar: product name, the open workspace, the language switch. */
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../app/workbench-context';
import { Icon } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

export function AppHeader() {
  const { t } = useTranslation();
  const { info } = useWorkbench();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="database" size={20} />
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      {info && (
        <div className="workspace-info" data-testid="workspace-info">
          <span className="workspace-info-label">{t('header.workspace')}</span>
          <span className="workspace-info-value" title={info.workspacePath}>
            {baseName(info.workspacePath)}
          </span>
          {info.host === 'browser' && <span className="badge">{t('header.browserMode')}</span>}
          {info.user && (
            <span className="workspace-info-user">{t('header.user', { user: info.user })}</span>
          )}
        </div>
      )}
      <LanguageSwitch />
    </header>
  );
}
