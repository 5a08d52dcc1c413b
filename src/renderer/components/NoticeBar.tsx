/** The result of the last finished action (import, delete, export), until dismissed. */
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../app/workbench-context';
import { Alert } from './Alert';

export function NoticeBar() {
  const { t } = useTranslation();
  const { notice, showNotice } = useWorkbench();
  if (!notice) return null;
  return (
    <div className="notice-bar">
      <Alert tone={notice.tone} onDismiss={() => showNotice(null)}>
        <p>{t(notice.key, notice.values)}</p>
      </Alert>
    </div>
  );
}
