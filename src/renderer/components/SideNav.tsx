/** Left navigation built from the screen list. */
import { useTranslation } from 'react-i18next';
import { SCREENS } from '../app/screens';
import { useWorkbench } from '../app/workbench-context';
import { Icon } from './Icon';

export function SideNav() {
  const { t } = useTranslation();
  const { screen, navigate, datasets, datasetId, info } = useWorkbench();
  const openName = datasets?.find((d) => d.id === datasetId)?.name;
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul className="side-nav-list">
        {SCREENS.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="side-nav-item"
              aria-current={screen === entry.id ? 'page' : undefined}
              onClick={() => navigate(entry.id)}
            >
              <Icon name={entry.icon} />
              <span className="side-nav-text">
                <span>{t(entry.labelKey)}</span>
                {entry.id === 'dataset' && openName && (
                  <span className="side-nav-sub" title={openName}>
                    {openName}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {info && <p className="side-nav-version">{t('nav.version', { version: info.version })}</p>}
    </nav>
  );
}
