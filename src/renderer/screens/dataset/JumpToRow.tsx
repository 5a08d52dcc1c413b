/** "Lompat ke baris": find a row by the number the spreadsheet shows. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { Icon } from '../../components/Icon';

type Message = { tone: 'error' | 'info'; key: string; values: Record<string, number> };

export function JumpToRow({
  datasetId,
  onJump,
  onError,
}: {
  datasetId: string;
  onJump: (line: number) => void;
  onError: (error: AppErrorData) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const messageId = useId();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 1) {
      setMessage({ tone: 'error', key: 'jump.invalid', values: {} });
      return;
    }
    setBusy(true);
    const result = await api.invoke('datasets:rows', { id: datasetId, from: n, limit: 1 });
    setBusy(false);
    if (!result.ok) {
      onError(result.error);
      return;
    }
    const found = result.value.rows[0];
    if (!found) {
      setMessage({ tone: 'error', key: 'jump.notFound', values: { n } });
      return;
    }
    setMessage(
      found.line === n
        ? null
        : { tone: 'info', key: 'jump.moved', values: { n, line: found.line } },
    );
    onJump(found.line);
  }

  return (
    <form className="jump-form" onSubmit={(e) => void submit(e)} data-testid="jump-form">
      <label htmlFor={inputId}>{t('jump.label')}</label>
      <input
        id={inputId}
        className="input input-narrow"
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        value={value}
        placeholder={t('jump.placeholder')}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={message ? messageId : undefined}
      />
      <button type="submit" className="button button-secondary" disabled={busy || value === ''}>
        <Icon name="arrow-right" size={16} />
        {t('jump.go')}
      </button>
      {message && (
        <span
          id={messageId}
          className={message.tone === 'error' ? 'inline-message is-error' : 'inline-message'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {t(message.key, message.values)}
        </span>
      )}
    </form>
  );
}
