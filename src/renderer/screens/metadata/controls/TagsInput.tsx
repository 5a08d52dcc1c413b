/**
 * A short list typed as chips (kata kunci, tahun prioritas, penanda nilai hilang): Enter or a
 * comma adds what was typed, Backspace in the empty input removes the last chip. Values from the
 * profile's example can be added with one click (e.g. the empty marker "").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { Chips } from './Chips';

type Tag = string | number;

function shown(v: Tag, emptyLabel: string): string {
  return v === '' ? emptyLabel : String(v);
}

export function TagsInput({
  id,
  labelledBy,
  describedBy,
  value,
  onChange,
  numeric = false,
  quickAdd = [],
  invalid,
}: {
  id: string;
  labelledBy: string;
  describedBy?: string;
  value: unknown;
  onChange: (value: Tag[]) => void;
  numeric?: boolean;
  quickAdd?: readonly Tag[];
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [warning, setWarning] = useState<string | null>(null);
  const list: Tag[] = Array.isArray(value)
    ? value.filter((v): v is Tag => typeof v === 'string' || typeof v === 'number')
    : [];
  const emptyLabel = t('metadata.emptyMarker');

  function add(raw: string) {
    const parts = raw
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const next = [...list];
    for (const p of parts) {
      const v: Tag = numeric ? Number(p) : p;
      if (numeric && !Number.isInteger(v)) {
        setWarning(t('metadata.notWholeNumber', { value: p }));
        continue;
      }
      if (!next.includes(v)) next.push(v);
    }
    setText('');
    if (next.length !== list.length) onChange(next);
  }

  const offers = quickAdd.filter((q) => !list.includes(q));

  return (
    <div className="tags-input">
      <Chips
        items={list.map((v, i) => ({ key: String(i), label: shown(v, emptyLabel) }))}
        onRemove={(key) => onChange(list.filter((_, i) => String(i) !== key))}
      />
      <input
        id={id}
        className="input"
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={text}
        placeholder={numeric ? t('metadata.tagsNumberPlaceholder') : t('metadata.tagsPlaceholder')}
        onChange={(e) => {
          setWarning(null);
          const v = e.target.value;
          if (v.endsWith(',')) add(v);
          else setText(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim() !== '') {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && text === '' && list.length > 0) {
            onChange(list.slice(0, -1));
          }
        }}
        onBlur={() => {
          if (text.trim() !== '') add(text);
        }}
      />
      {offers.length > 0 && (
        <div className="quick-add">
          <span className="hint">{t('metadata.quickAdd')}</span>
          {offers.map((q) => (
            <button
              key={String(q)}
              type="button"
              className="button button-ghost button-small"
              onClick={() => onChange([...list, q])}
            >
              <Icon name="plus" size={14} />
              {shown(q, emptyLabel)}
            </button>
          ))}
        </div>
      )}
      {warning && (
        <p className="inline-message is-error" role="alert">
          {warning}
        </p>
      )}
    </div>
  );
}
