/** Chosen values shown as chips, each with a button to remove it. */
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';

export interface ChipItem {
  key: string;
  label: string;
  detail?: string;
}

export function Chips({
  items,
  onRemove,
  disabled,
}: {
  items: readonly ChipItem[];
  onRemove: (key: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item.key} className="chip">
          <span className="chip-label">{item.label}</span>
          {item.detail && <span className="chip-detail">{item.detail}</span>}
          {!disabled && (
            <button
              type="button"
              className="chip-remove"
              aria-label={t('metadata.removeValue', { value: item.label })}
              onClick={() => onRemove(item.key)}
            >
              <Icon name="close" size={14} />
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
