/** The plain controls: text (with suggestions), long text, numbers, yes/no, a select, a list. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import type { ChoiceOption } from '../vocab-options';

export interface InputProps {
  id: string;
  describedBy?: string;
  invalid?: boolean;
  readOnly?: boolean;
}

function aria(p: InputProps) {
  return {
    id: p.id,
    'aria-describedby': p.describedBy,
    'aria-invalid': p.invalid || undefined,
  };
}

export function TextInput({
  value,
  onChange,
  suggestions,
  placeholder,
  inputMode,
  ...p
}: InputProps & {
  value: unknown;
  onChange: (v: string) => void;
  /** offered while typing; free text stays allowed */
  suggestions?: readonly ChoiceOption[];
  placeholder?: string;
  inputMode?: 'numeric' | 'email' | 'tel';
}) {
  const listId = useId();
  const has = suggestions && suggestions.length > 0;
  return (
    <>
      <input
        {...aria(p)}
        className="input"
        type="text"
        value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
        onChange={(e) => onChange(e.target.value)}
        list={has ? listId : undefined}
        placeholder={placeholder}
        inputMode={inputMode}
        readOnly={p.readOnly}
      />
      {has && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label !== s.value ? s.label : undefined}
            </option>
          ))}
        </datalist>
      )}
    </>
  );
}

export function LongText({
  value,
  onChange,
  ...p
}: InputProps & { value: unknown; onChange: (v: string) => void }) {
  return (
    <textarea
      {...aria(p)}
      className="input textarea"
      rows={4}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      readOnly={p.readOnly}
    />
  );
}

export function DateInput({
  value,
  onChange,
  ...p
}: InputProps & { value: unknown; onChange: (v: string) => void }) {
  return (
    <input
      {...aria(p)}
      className="input input-date"
      type="date"
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** A number; an empty box clears the value, anything else is kept as the number typed. */
export function NumberInput({
  value,
  onChange,
  integer,
  ...p
}: InputProps & {
  value: unknown;
  onChange: (v: number | undefined) => void;
  integer: boolean;
}) {
  return (
    <input
      {...aria(p)}
      className="input input-number"
      type="number"
      inputMode={integer ? 'numeric' : 'decimal'}
      step={integer ? 1 : 'any'}
      value={typeof value === 'number' ? String(value) : ''}
      onChange={(e) => {
        const raw = e.target.value;
        onChange(raw === '' ? undefined : Number(raw));
      }}
    />
  );
}

export function YesNo({
  value,
  onChange,
  labelledBy,
  ...p
}: InputProps & {
  value: unknown;
  onChange: (v: boolean | undefined) => void;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const choices: { key: string; label: string; v: boolean | undefined }[] = [
    { key: 'yes', label: t('metadata.yes'), v: true },
    { key: 'no', label: t('metadata.no'), v: false },
    { key: 'unset', label: t('metadata.unset'), v: undefined },
  ];
  return (
    <div
      className="yes-no"
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={p.describedBy}
    >
      {choices.map((c) => (
        <label key={c.key} className="yes-no-option">
          <input
            type="radio"
            name={p.id}
            checked={value === c.v || (c.v === undefined && typeof value !== 'boolean')}
            onChange={() => onChange(c.v)}
          />
          <span>{c.label}</span>
        </label>
      ))}
    </div>
  );
}

export function SelectInput({
  value,
  onChange,
  options,
  ...p
}: InputProps & {
  value: unknown;
  onChange: (v: string) => void;
  options: readonly ChoiceOption[];
}) {
  const { t } = useTranslation();
  const current = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const known = current === '' || options.some((o) => o.value === current);
  return (
    <select
      {...aria(p)}
      className="select"
      value={current}
      onChange={(e) => onChange(e.target.value)}
      disabled={p.readOnly}
    >
      <option value="">{t('metadata.choose')}</option>
      {!known && <option value={current}>{t('metadata.unknownChoice', { value: current })}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.detail && /[0-9]/.test(o.value) ? `${o.value} — ${o.label}` : o.label}
        </option>
      ))}
    </select>
  );
}

/** A list of longer texts (rujukan): one input per item, add and remove. */
export function ListInput({
  value,
  onChange,
  labelledBy,
  ...p
}: InputProps & { value: unknown; onChange: (v: string[]) => void; labelledBy: string }) {
  const { t } = useTranslation();
  const list = Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : String(v)))
    : [];
  const rows = list.length === 0 ? [''] : list;
  return (
    <div className="list-input" role="group" aria-labelledby={labelledBy}>
      {rows.map((item, i) => (
        <div key={i} className="list-input-row">
          <input
            className="input"
            type="text"
            id={i === 0 ? p.id : undefined}
            aria-label={t('metadata.itemNumber', { n: i + 1 })}
            aria-describedby={p.describedBy}
            aria-invalid={p.invalid || undefined}
            value={item}
            onChange={(e) => onChange(rows.map((r, j) => (j === i ? e.target.value : r)))}
          />
          {list.length > 0 && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('metadata.removeItem', { n: i + 1 })}
              onClick={() => onChange(list.filter((_, j) => j !== i))}
            >
              <Icon name="trash" size={16} />
            </button>
          )}
        </div>
      ))}
      <div>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => onChange([...rows, ''])}
        >
          <Icon name="plus" size={14} />
          {t('metadata.addItem')}
        </button>
      </div>
    </div>
  );
}
