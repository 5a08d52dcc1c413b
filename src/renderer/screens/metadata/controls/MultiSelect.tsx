/**
 * Several values from a vocabulary: a few choices as checkboxes, a long list (urusan
 * pemerintahan) as chips with a search box that suggests as you type.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterOptions, type ChoiceOption } from '../vocab-options';
import { Chips } from './Chips';
import { SuggestInput } from './SuggestInput';

/** Up to this many choices are shown as checkboxes. */
export const CHECKBOX_LIMIT = 8;

export function MultiSelect({
  id,
  labelledBy,
  describedBy,
  options,
  value,
  onChange,
  invalid,
}: {
  id: string;
  labelledBy: string;
  describedBy?: string;
  options: readonly ChoiceOption[];
  value: unknown;
  onChange: (value: string[]) => void;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const chosen = Array.isArray(value) ? value.map(String) : [];
  const toggle = (v: string, on: boolean) =>
    onChange(on ? [...chosen, v] : chosen.filter((c) => c !== v));

  if (options.length <= CHECKBOX_LIMIT) {
    return (
      <div
        className="check-list"
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
      >
        {options.map((o, i) => (
          <label key={o.value} className="check-option" htmlFor={`${id}-${i}`}>
            <input
              id={`${id}-${i}`}
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    );
  }

  const byValue = new Map(options.map((o) => [o.value, o]));
  const offered = filterOptions(
    options.filter((o) => !chosen.includes(o.value)),
    query,
  );
  return (
    <div className="multi-select">
      <Chips
        items={chosen.map((v) => {
          const o = byValue.get(v);
          // the chip names the code only (the list shows the parent too)
          return { key: v, label: o?.label ?? v, ...(/[0-9]/.test(v) ? { detail: v } : {}) };
        })}
        onRemove={(v) => toggle(v, false)}
      />
      <SuggestInput
        id={id}
        labelledBy={labelledBy}
        {...(describedBy ? { describedBy } : {})}
        text={query}
        onText={setQuery}
        suggestions={offered.map((o) => ({
          key: o.value,
          label: o.label,
          ...(o.detail ? { detail: o.detail } : {}),
          ...(o.root ? { strong: true } : {}),
        }))}
        onPick={(v) => {
          toggle(v, true);
          setQuery('');
        }}
        placeholder={t('metadata.searchChoices')}
        status={t('metadata.noChoiceFound')}
        {...(invalid ? { invalid } : {})}
      />
    </div>
  );
}
