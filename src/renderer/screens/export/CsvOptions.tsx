/** CSV only: comma or semicolon, and the UTF-8 BOM for Excel, explained in plain words. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type CsvDelimiter = ',' | ';';

export function CsvOptions({
  delimiter,
  bom,
  disabled,
  onDelimiter,
  onBom,
}: {
  delimiter: CsvDelimiter;
  bom: boolean;
  disabled: boolean;
  onDelimiter: (d: CsvDelimiter) => void;
  onBom: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const ids = { bom: useId(), delimiter: useId() };
  const choices: { value: CsvDelimiter; title: string; hint: string }[] = [
    { value: ',', title: 'export.comma', hint: 'export.commaHint' },
    { value: ';', title: 'export.semicolon', hint: 'export.semicolonHint' },
  ];
  return (
    <>
      <fieldset className="field choice-group" disabled={disabled}>
        <legend>{t('export.delimiter')}</legend>
        {choices.map((c) => (
          <label key={c.value} className="choice">
            <input
              type="radio"
              name={ids.delimiter}
              value={c.value}
              checked={delimiter === c.value}
              onChange={() => onDelimiter(c.value)}
            />
            <span className="choice-text">
              <span className="choice-title">{t(c.title)}</span>
              <span className="hint">{t(c.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="choice" htmlFor={ids.bom}>
          <input
            id={ids.bom}
            type="checkbox"
            checked={bom}
            disabled={disabled}
            onChange={(e) => onBom(e.target.checked)}
          />
          <span className="choice-text">
            <span className="choice-title">{t('export.bom')}</span>
            <span className="hint">{t('export.bomHint')}</span>
          </span>
        </label>
      </div>
    </>
  );
}
