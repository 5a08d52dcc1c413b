/**
 * A text input with a list of suggestions below it (ARIA combobox): arrows move through the
 * list, Enter picks, Escape closes; Backspace in an empty input can remove the last chip.
 */
import { useId, useState, type KeyboardEvent } from 'react';

export interface Suggestion {
  key: string;
  label: string;
  detail?: string;
  strong?: boolean;
}

export function SuggestInput({
  id,
  labelledBy,
  describedBy,
  text,
  onText,
  suggestions,
  onPick,
  onEnter,
  onBackspaceEmpty,
  placeholder,
  status,
  invalid,
  disabled,
}: {
  id: string;
  labelledBy?: string;
  describedBy?: string;
  text: string;
  onText: (text: string) => void;
  suggestions: readonly Suggestion[];
  onPick: (key: string) => void;
  /** Enter without a highlighted suggestion (e.g. add typed text) */
  onEnter?: (text: string) => void;
  onBackspaceEmpty?: () => void;
  placeholder?: string;
  /** shown in the list when there are no suggestions (loading, nothing found) */
  status?: string;
  invalid?: boolean;
  disabled?: boolean;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && (suggestions.length > 0 || (status !== undefined && text.trim() !== ''));
  const activeKey = active >= 0 ? suggestions[active]?.key : undefined;

  function pick(key: string) {
    onPick(key);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(suggestions.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(-1, i - 1));
    } else if (e.key === 'Enter') {
      if (shown && activeKey !== undefined) {
        e.preventDefault();
        pick(activeKey);
      } else if (onEnter && text.trim() !== '') {
        e.preventDefault();
        onEnter(text);
      }
    } else if (e.key === 'Escape') {
      if (shown) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        setActive(-1);
      }
    } else if (e.key === 'Backspace' && text === '' && onBackspaceEmpty) {
      onBackspaceEmpty();
    }
  }

  return (
    <div className="suggest">
      <input
        id={id}
        className="input suggest-input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-activedescendant={activeKey !== undefined ? `${listId}-${active}` : undefined}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(e) => {
          onText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="suggest-list" hidden={!shown}>
        {suggestions.map((s, i) => (
          <li
            key={s.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={s.strong ? 'suggest-option is-strong' : 'suggest-option'}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(s.key);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="suggest-label">{s.label}</span>
            {s.detail && <span className="suggest-detail">{s.detail}</span>}
          </li>
        ))}
        {suggestions.length === 0 && status && (
          <li className="suggest-status" role="presentation">
            {status}
          </li>
        )}
      </ul>
    </div>
  );
}
