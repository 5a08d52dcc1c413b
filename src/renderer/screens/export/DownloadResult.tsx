/**
 * Where a finished file went: the saved path (desktop) or a download link that starts by itself
 * once (browser), with a link to fetch it again.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../shared/contract';
import { api } from '../../api/client';

export function DownloadResult({ result, testId }: { result: ExportResult; testId: string }) {
  const { t } = useTranslation();
  const link = useRef<HTMLAnchorElement>(null);
  const url = result.downloadId ? api.downloadUrl(result.downloadId) : null;

  useEffect(() => {
    if (url) link.current?.click();
  }, [url]);

  return (
    <>
      {result.path && <p className="mono small">{t('download.savedAt', { path: result.path })}</p>}
      {url && (
        <p>
          <a ref={link} className="link" href={url} download={result.fileName} data-testid={testId}>
            {t('download.again')}
          </a>
        </p>
      )}
    </>
  );
}
