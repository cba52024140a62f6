import type { ComponentChildren } from 'preact';

export interface SelectOption {
  value: string;
  label: string;
  /** The option's own language, when it is written in one other than the page's. */
  lang?: string;
}

interface Props {
  id: string;
  heading: string;
  /** A line under the heading that says what the setting does. */
  intro?: string;
  label: string;
  /** Undefined while the stored value is still loading. */
  value: string | undefined;
  options: SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
  /** Shown after the choice: hints, buttons. */
  children?: ComponentChildren;
}

/** One setting of the options page: a headed section with a labelled choice. */
export function SelectSetting(props: Props) {
  const { id, heading, intro, label, value, options, onChange, disabled, children } = props;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {intro && <p class="hint">{intro}</p>}
      <label>
        {label}{' '}
        <select
          data-testid={id}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {children}
    </section>
  );
}
