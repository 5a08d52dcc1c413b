/**
 * "Tambah langkah": choose an operation, fill its form (generated from the op's schema), see
 * the preview on the first rows, then apply it as a new version.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepCatalogEntry, StepPreviewResult } from '../../../shared/api/clean';
import type { AppErrorData } from '../../../shared/errors';
import type { Column } from '../../../shared/model/dataset';
import type { Step, StepOp } from '../../../shared/model/step';
import { ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { StepPreview } from '../../components/quality/StepPreview';
import { currentLang } from '../../i18n';
import { buildStep, FORM_OPS, formFor, initialValues, type FormValues } from './step-form';
import { StepFields } from './StepFields';
import type { StepsState } from './use-steps';

export function AddStepDialog({
  ops,
  columns,
  steps,
  initialColumn,
  onClose,
}: {
  ops: readonly StepCatalogEntry[];
  columns: readonly Column[];
  steps: StepsState;
  initialColumn?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const opId = useId();
  const offered = useMemo(
    () =>
      FORM_OPS.map((op) => ops.find((o) => o.op === op)).filter(
        (o): o is StepCatalogEntry => o !== undefined && o.available,
      ),
    [ops],
  );
  const [op, setOp] = useState<StepOp>(offered[0]?.op ?? 'trim');
  const entry = offered.find((o) => o.op === op);
  const form = useMemo(() => (entry ? formFor(entry) : null), [entry]);
  const [values, setValues] = useState<FormValues>(() =>
    form ? initialValues(form, initialColumn) : {},
  );
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [missing, setMissing] = useState<string[]>([]);
  const [previewed, setPreviewed] = useState<{ step: Step; result: StepPreviewResult } | null>(
    null,
  );
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  function changeOp(next: StepOp) {
    setOp(next);
    const e = offered.find((o) => o.op === next);
    setValues(e ? initialValues(formFor(e), initialColumn) : {});
    setChosen(undefined);
    setMissing([]);
    setPreviewed(null);
    setError(null);
  }

  function edited(update: () => void) {
    update();
    setPreviewed(null);
    setMissing([]);
  }

  async function preview() {
    if (!form) return;
    const built = buildStep(form, values, chosen);
    if (!built.ok) {
      setMissing(built.missing);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await steps.preview(built.step);
    setBusy(false);
    if (result.ok) setPreviewed({ step: built.step, result: result.value });
    else setError(result.error);
  }

  async function apply() {
    if (!previewed) return;
    setBusy(true);
    const done = await steps.apply([previewed.step]);
    setBusy(false);
    if (done) onClose();
  }

  const fieldLabel = (name: string) => {
    const specific = `quality.stepForm.fieldFor.${op}.${name}`;
    const text = t(specific);
    return text === specific ? t(`quality.stepForm.field.${name}`) : text;
  };

  return (
    <Dialog
      title={t('quality.steps.addTitle')}
      onClose={onClose}
      busy={busy}
      wide
      testId="add-step-dialog"
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
            className="button button-secondary"
            onClick={() => void preview()}
            disabled={busy || !form}
          >
            <Icon name="eye" size={18} />
            {t('quality.steps.preview')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void apply()}
            disabled={busy || !previewed || previewed.result.status === 'skipped'}
          >
            <Icon name="check" size={18} />
            {t('quality.steps.applyStep')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={opId}>{t('quality.steps.op')}</label>
        <select
          id={opId}
          className="select"
          value={op}
          onChange={(e) => changeOp(e.target.value as StepOp)}
        >
          {offered.map((o) => (
            <option key={o.op} value={o.op}>
              {o.title[lang]}
            </option>
          ))}
        </select>
        <p className="hint">{t(`quality.stepForm.about.${op}`)}</p>
      </div>
      {form && (
        <StepFields
          form={form}
          values={values}
          chosen={chosen}
          columns={columns}
          onChange={(name, v) => edited(() => setValues((prev) => ({ ...prev, [name]: v })))}
          onChoose={(name) => edited(() => setChosen(name))}
        />
      )}
      {missing.length > 0 && (
        <p className="inline-message is-error" role="alert">
          {t('quality.stepForm.missing', { fields: missing.map(fieldLabel).join(', ') })}
        </p>
      )}
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {steps.error && <ErrorAlert error={steps.error} onDismiss={steps.clearError} />}
      {previewed ? (
        <StepPreview preview={previewed.result} columns={columns} />
      ) : (
        <p className="hint preview-placeholder">{t('quality.steps.previewFirst')}</p>
      )}
    </Dialog>
  );
}
