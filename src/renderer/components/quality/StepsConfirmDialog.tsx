/**
 * Confirm one or more steps after seeing what they do: each step's preview on the first rows,
 * then "Terapkan" applies them together as one new version (undone as a whole).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepCatalogEntry, StepPreviewResult } from '../../../shared/api/clean';
import type { AppErrorData, Result } from '../../../shared/errors';
import type { ShapeColumn, Step } from '../../../shared/model/step';
import { ErrorAlert } from '../Alert';
import { Dialog } from '../Dialog';
import { Icon } from '../Icon';
import { currentLang } from '../../i18n';
import { mappingPairs, opTitle, stepColumns } from '../../screens/cleaning/step-label';
import { StepPreview } from './StepPreview';

type Loaded = { ok: true; value: StepPreviewResult } | { ok: false; error: AppErrorData };

export function StepsConfirmDialog({
  title,
  intro,
  steps,
  columns,
  ops,
  preview,
  apply,
  onClose,
  error,
  onDismissError,
  testId = 'steps-confirm',
}: {
  title: string;
  intro?: string;
  steps: Step[];
  columns: readonly ShapeColumn[];
  ops: readonly StepCatalogEntry[] | null;
  preview: (step: Step) => Promise<Result<StepPreviewResult>>;
  /** resolves true when applied (the dialog then closes) */
  apply: (steps: Step[]) => Promise<boolean>;
  onClose: () => void;
  /** a failure of the apply itself */
  error?: AppErrorData | null;
  onDismissError?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [previews, setPreviews] = useState<(Loaded | null)[]>(() => steps.map(() => null));
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        if (!step) continue;
        const result = await preview(step);
        if (!live) return;
        setPreviews((prev) => prev.map((p, j) => (j === i ? result : p)));
      }
    })();
    return () => {
      live = false;
    };
  }, [steps, preview]);

  const ready = previews.every((p) => p !== null);
  const anyApplies = previews.some((p) => p?.ok && p.value.status === 'applied');

  async function confirm() {
    setBusy(true);
    const done = await apply(steps);
    setBusy(false);
    if (done) onClose();
  }

  return (
    <Dialog
      title={title}
      onClose={onClose}
      busy={busy}
      wide
      testId={testId}
      footer={
        <>
          <button
            type="button"
            className="button button-secondary"
            onClick={onClose}
            disabled={busy}
          >
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void confirm()}
            disabled={busy || !ready || !anyApplies}
          >
            <Icon name="check" size={18} />
            {busy
              ? t('quality.confirm.applying')
              : t('quality.confirm.apply', { count: steps.length })}
          </button>
        </>
      }
    >
      {intro && <p>{intro}</p>}
      {error && (
        <ErrorAlert error={error} {...(onDismissError ? { onDismiss: onDismissError } : {})} />
      )}
      {steps.map((step, i) => {
        const p = previews[i];
        const pairs = mappingPairs(step);
        const cols = stepColumns(step);
        return (
          <section key={i} className="confirm-step">
            <h3 className="confirm-step-title">
              <span className="step-op">{opTitle(step.op, ops, lang)}</span>
              {cols.length > 0 && <span className="mono step-columns">{cols.join(', ')}</span>}
            </h3>
            {pairs.length > 0 && (
              <ul className="mapping-pairs" aria-label={t('quality.confirm.mapping')}>
                {pairs.map(([from, to]) => (
                  <li key={from}>
                    <span className="mono">{from === '' ? t('quality.preview.empty') : from}</span>
                    <Icon name="arrow-right" size={14} />
                    <span className="mono">{to === '' ? t('quality.preview.empty') : to}</span>
                  </li>
                ))}
              </ul>
            )}
            {p === null || p === undefined ? (
              <p className="muted" role="status">
                {t('quality.preview.loading')}
              </p>
            ) : p.ok ? (
              <StepPreview preview={p.value} columns={columns} />
            ) : (
              <ErrorAlert error={p.error} />
            )}
          </section>
        );
      })}
    </Dialog>
  );
}
