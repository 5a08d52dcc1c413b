/**
 * The export formats in three groups — spreadsheet (formulas neutralised), machine (values
 * unchanged), portal metadata — each with the note from EXPORT_FORMATS. Rendered as three
 * fieldsets straight into the form card's grid.
 */
import { useTranslation } from 'react-i18next';
import {
  EXPORT_FORMATS,
  type ExportFormatCode,
  type ExportFormatKind,
} from '../../../shared/model/export';
import { currentLang } from '../../i18n';

const KINDS: readonly ExportFormatKind[] = ['spreadsheet', 'machine', 'metadata'];

export function FormatPicker({
  name,
  value,
  disabled,
  onChange,
}: {
  name: string;
  value: ExportFormatCode;
  disabled: boolean;
  onChange: (code: ExportFormatCode) => void;
}) {
  const { t } = useTranslation();
  const en = currentLang() === 'en';
  return (
    <>
      {KINDS.map((kind) => (
        <fieldset
          key={kind}
          className="field choice-group"
          disabled={disabled}
          data-testid={`format-group-${kind}`}
        >
          <legend>{t(`exportFormats.kind.${kind}`)}</legend>
          <p className="hint">{t(`exportFormats.kindHint.${kind}`)}</p>
          {EXPORT_FORMATS.filter((f) => f.kind === kind).map((f) => (
            <label key={f.code} className="choice">
              <input
                type="radio"
                name={name}
                value={f.code}
                checked={value === f.code}
                onChange={() => onChange(f.code)}
              />
              <span className="choice-text">
                <span className="choice-title">{en ? f.labelEn : f.label}</span>
                <span className="hint">{en ? f.noteEn : f.note}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </>
  );
}
