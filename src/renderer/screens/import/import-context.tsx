/**
 * Starting an import from anywhere: the "Impor berkas" buttons, the hidden file input
 * (browser mode), the native dialog (desktop) and files dropped on the window.
 */
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../shared/model/dataset';
import { api } from '../../api/client';
import { useWorkbench } from '../../app/workbench-context';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { ImportDialog, type ImportRequest } from './ImportDialog';
import { useFileDrop } from './use-file-drop';

export const IMPORT_ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportControls {
  /** open the file chooser (native dialog on desktop, file input in the browser) */
  chooseFile(): void;
  importFile(file: File): void;
}

const ImportContext = createContext<ImportControls | null>(null);

export function useImport(): ImportControls {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImport outside ImportProvider');
  return value;
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { reloadDatasets, navigate, showNotice } = useWorkbench();
  const [request, setRequest] = useState<ImportRequest | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const importFile = useCallback(
    (file: File) => {
      showNotice(null);
      setRequest({ kind: 'file', file });
    },
    [showNotice],
  );

  const chooseFile = useCallback(() => {
    if (api.mode === 'browser') {
      input.current?.click();
      return;
    }
    void (async () => {
      const source = await api.pickImportFile();
      if (source) {
        showNotice(null);
        setRequest({ kind: 'source', source });
      }
    })();
  }, [showNotice]);

  const dragging = useFileDrop(importFile, request === null);

  async function imported(dataset: DatasetSummary) {
    setRequest(null);
    await reloadDatasets();
    navigate('dataset', dataset.id);
    showNotice({
      tone: 'success',
      key: 'import.done',
      values: { name: dataset.name, rows: formatNumber(dataset.rows, currentLang()) },
    });
  }

  const controls = useMemo(() => ({ chooseFile, importFile }), [chooseFile, importFile]);

  return (
    <ImportContext.Provider value={controls}>
      {children}
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('import.fileInput')}
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) importFile(file);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <Icon name="upload" size={40} />
            <p className="drop-overlay-title">{t('import.dropTitle')}</p>
            <p className="drop-overlay-hint">{t('import.dropHint')}</p>
          </div>
        </div>
      )}
      {request && (
        <ImportDialog
          request={request}
          onClose={() => setRequest(null)}
          onImported={(d) => void imported(d)}
          onChooseAnother={chooseFile}
        />
      )}
    </ImportContext.Provider>
  );
}
