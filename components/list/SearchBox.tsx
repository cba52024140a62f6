import type { Ref } from 'preact';
import { useMessages } from '../page/useMessages';

interface Props {
  value: string;
  onChange: (query: string) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  inputRef: Ref<HTMLInputElement>;
}

/**
 * A labelled search box in a search landmark, not a combobox: the list below holds real links
 * with star buttons beside them, which combobox options cannot be. The hit count and the
 * Up/Down selection are announced by ResultStatus (#result-count, #selection-status).
 */
export function SearchBox({ value, onChange, onKeyDown, inputRef }: Props) {
  const m = useMessages();
  return (
    <div class="search" role="search">
      <label for="search-input" class="visually-hidden">
        {m.searchLabel}
      </label>
      <input
        id="search-input"
        type="search"
        aria-describedby="result-count"
        placeholder={m.searchPlaceholder}
        autocomplete="off"
        spellcheck={false}
        ref={inputRef}
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
