/** The inputs of one step form, generated from its parameter schema (see step-form.ts). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../shared/model/dataset';
import { Icon } from '../../components/Icon';
import type { FieldValue, FormField, FormValues, MappingRow, StepForm } from './step-form';

function label(t: (k: string) => string, op: string, name: string): string {
  const specific = `quality.stepForm.fieldFor.${op}.${name}`;
  const text = t(specific);
  return text === specific ? t(`quality.stepForm.field.${name}`) : text;
}

function hint(t: (k: string) => string, op: string, name: string): string | null {
  const key = `quality.stepForm.hint.${op}.${name}`;
  const text = t(key);
  return text === key ? null : text;
}

function FieldInput({
  op,
  field,
  value,
  columns,
  onChange,
}: {
  op: string;
  field: FormField;
  value: FieldValue | undefined;
  columns: readonly Column[];
  onChange: (v: FieldValue) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const text = label(t, op, field.name);
  const help = hint(t, op, field.name);
  const helpId = help ? `${id}-hint` : undefined;
  const optional = !field.required && field.kind !== 'flag' && (
    <span className="field-optional"> {t('quality.stepForm.optional')}</span>
  );

  switch (field.kind) {
    case 'flag':
      return (
        <div className="checkbox field-wide">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={helpId}
          />
          <label htmlFor={id}>{text}</label>
          {help && (
            <span id={helpId} className="hint">
              {help}
            </span>
          )}
        </div>
      );
    case 'columns': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className="field field-wide column-picker" aria-describedby={helpId}>
          <legend>
            {text}
            {optional}
          </legend>
          {help && (
            <p id={helpId} className="hint">
              {help}
            </p>
          )}
          <div className="column-picker-list">
            {columns.map((c) => (
              <label key={c.name} className="column-picker-item">
                <input
                  type="checkbox"
                  checked={chosen.includes(c.name)}
                  onChange={(e) =>
                    onChange(
                      e.target.checked
                        ? columns
                            .map((x) => x.name)
                            .filter((n) => n === c.name || chosen.includes(n))
                        : chosen.filter((n) => n !== c.name),
                    )
                  }
                />
                <span className="mono">{c.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'column':
      return (
        <div className="field">
          <label htmlFor={id}>
            {text}
            {optional}
          </label>
          <select
            id={id}
            className="select"
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={helpId}
          >
            <option value="">{t('quality.stepForm.pickColumn')}</option>
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
          {help && (
            <p id={helpId} className="hint">
              {help}
            </p>
          )}
        </div>
      );
    case 'choice':
      return (
        <div className="field">
          <label htmlFor={id}>
            {text}
            {optional}
          </label>
          <select
            id={id}
            className="select"
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={helpId}
          >
            {!field.required && <option value="">{t('quality.stepForm.default')}</option>}
            {(field.options ?? []).map((o) => {
              const key = `quality.stepForm.choice.${field.name}.${o}`;
              const shown = t(key);
              return (
                <option key={o} value={o}>
                  {shown === key ? o : shown}
                </option>
              );
            })}
          </select>
          {help && (
            <p id={helpId} className="hint">
              {help}
            </p>
          )}
        </div>
      );
    case 'mapping': {
      const rows = Array.isArray(value) ? (value as MappingRow[]) : [];
      const set = (i: number, patch: Partial<MappingRow>) =>
        onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
      return (
        <fieldset className="field field-wide mapping-editor">
          <legend>{text}</legend>
          {help && <p className="hint">{help}</p>}
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">{t('quality.stepForm.mapFrom')}</th>
                <th scope="col" aria-hidden="true" />
                <th scope="col">{t('quality.stepForm.mapTo')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('quality.stepForm.mapRemove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>
                    <input
                      className="input"
                      value={r.from}
                      aria-label={t('quality.stepForm.mapFromRow', { n: i + 1 })}
                      onChange={(e) => set(i, { from: e.target.value })}
                    />
                  </td>
                  <td aria-hidden="true" className="mapping-arrow">
                    <Icon name="arrow-right" size={16} />
                  </td>
                  <td>
                    <input
                      className="input"
                      value={r.to}
                      aria-label={t('quality.stepForm.mapToRow', { n: i + 1 })}
                      onChange={(e) => set(i, { to: e.target.value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('quality.stepForm.mapRemoveRow', { n: i + 1 })}
                      disabled={rows.length === 1}
                      onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    >
                      <Icon name="close" size={16} />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => onChange([...rows, { from: '', to: '' }])}
            >
              <Icon name="plus" size={16} />
              {t('quality.stepForm.mapAdd')}
            </button>
          </div>
        </fieldset>
      );
    }
    default:
      return (
        <div className="field">
          <label htmlFor={id}>
            {text}
            {optional}
          </label>
          <input
            id={id}
            className="input"
            type={field.kind === 'integer' ? 'number' : 'text'}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={helpId}
          />
          {help && (
            <p id={helpId} className="hint">
              {help}
            </p>
          )}
        </div>
      );
  }
}

export function StepFields({
  form,
  values,
  chosen,
  columns,
  onChange,
  onChoose,
}: {
  form: StepForm;
  values: FormValues;
  /** which parameter of the oneOf group is used */
  chosen: string | undefined;
  columns: readonly Column[];
  onChange: (name: string, value: FieldValue) => void;
  onChoose: (name: string) => void;
}) {
  const { t } = useTranslation();
  const groupName = useId();
  const pick = chosen ?? form.oneOf?.[0];
  return (
    <div className="form-grid step-fields">
      {form.oneOf && (
        <fieldset className="field field-wide">
          <legend>{t('quality.stepForm.oneOf')}</legend>
          <div className="segmented" role="group">
            {form.oneOf.map((name) => (
              <label key={name} className="segmented-radio">
                <input
                  type="radio"
                  name={groupName}
                  checked={pick === name}
                  onChange={() => onChoose(name)}
                />
                {label(t, form.op, name)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {form.fields
        .filter((f) => !form.oneOf?.includes(f.name) || f.name === pick)
        .map((f) => (
          <FieldInput
            key={f.name}
            op={form.op}
            field={f.required || !form.oneOf?.includes(f.name) ? f : { ...f, required: true }}
            value={values[f.name]}
            columns={columns}
            onChange={(v) => onChange(f.name, v)}
          />
        ))}
    </div>
  );
}
