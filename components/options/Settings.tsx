import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { roleChoices } from '../../lib/catalogue';
import {
  formatCheckedAt,
  LANGUAGE_CHOICES,
  roleName,
  type LanguageChoice,
  type Messages,
} from '../../lib/i18n';
import { INTERVALS, linkCheckSettingsItem, type LastRun, type LinkCheckInterval } from '../../lib/links';
import { sendToWorker } from '../../lib/platform';
import type { UserView } from '../../lib/policy';
import { saveLanguage, saveRole } from '../../lib/prefs';
import { useLive } from '../page/useLive';
import { useMessages } from '../page/useMessages';

interface SelectProps {
  id: string;
  heading: string;
  /** A line under the heading that says what the setting does. */
  intro?: string;
  label: string;
  /** Undefined while the stored value is still loading. */
  value: string | undefined;
  /** `lang`: the option's own language, when it is written in one other than the page's. */
  options: { value: string; label: string; lang?: string }[];
  onChange: (value: string) => void;
  disabled?: boolean;
  /** Shown after the choice: hints, buttons. */
  children?: ComponentChildren;
}

/** One setting of the options page: a headed section with a labelled choice. */
function SelectSetting(props: SelectProps) {
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

/** The same choices as the popup's role picker; read-only when the organisation locks the role. */
export function RoleSetting({ view }: { view: UserView }) {
  const m = useMessages();
  const { role, locked, catalogue, provisional } = view;
  const options = [
    ...(role === null ? [{ value: '', label: m.roleNotChosen }] : []),
    ...roleChoices(catalogue).map((id) => ({ value: id, label: roleName(catalogue, id, m) })),
  ];
  return (
    <SelectSetting
      id="role-setting"
      heading={m.roleSettingHeading}
      label={m.roleSettingLabel}
      value={role ?? ''}
      options={options}
      disabled={locked || provisional}
      onChange={(value) => void saveRole(value)}
    >
      {locked && !provisional && <p class="hint">{m.roleLockedNote}</p>}
    </SelectSetting>
  );
}

/** Follow the browser, or a fixed language; every open Spes page switches at once. */
export function LanguageSetting({ choice }: { choice: LanguageChoice }) {
  const m = useMessages();
  return (
    <SelectSetting
      id="language-setting"
      heading={m.languageHeading}
      label={m.languageLabel}
      value={choice}
      // Each language in its own words, so a user who cannot read the current one finds theirs.
      options={LANGUAGE_CHOICES.map((value) => ({
        value,
        label: m.languageNames[value],
        lang: value === 'auto' ? undefined : value,
      }))}
      onChange={(value) => void saveLanguage(value as LanguageChoice)}
    />
  );
}

/**
 * How often to check, when it last ran, and "Sjekk lenkene nå". When the organisation has
 * switched checks off (policy `checkLinks: false`), both show as off and say who set it; the
 * worker refuses a check anyway (entrypoints/background/link-check.ts).
 */
export function LinkCheckControls({ view, lastRun }: { view: UserView; lastRun: LastRun | null }) {
  const m = useMessages();
  // Live, so "Tilbakestill alt" shows the default at once.
  const interval = useLive(linkCheckSettingsItem)?.interval;
  const offByOrg = view.policy.checkLinks === false;
  const [checking, setChecking] = useState(false);
  const checkNow = () => {
    setChecking(true);
    // A worker the browser stops mid-run closes the request without an answer. Asking once more
    // starts it again, and on start it finishes the run it saved (entrypoints/background/link-check.ts).
    const ask = () => sendToWorker({ type: 'spes:check-links-now' });
    void ask()
      .catch(ask)
      .catch(() => undefined)
      .finally(() => setChecking(false));
  };
  return (
    <SelectSetting
      id="interval"
      heading={m.linkCheckHeading}
      intro={m.linkCheckIntro}
      label={m.intervalLabel}
      value={offByOrg ? 'off' : interval}
      options={INTERVALS.map((value) => ({ value, label: m.intervalLabels[value] }))}
      onChange={(value) => void linkCheckSettingsItem.setValue({ interval: value as LinkCheckInterval })}
      disabled={offByOrg}
    >
      {offByOrg && (
        <p class="hint" data-testid="checks-off-by-org">
          {m.checksOffByOrg}
        </p>
      )}
      <p>
        <button type="button" class="primary" onClick={checkNow} disabled={checking || offByOrg}>
          {checking ? m.checking : m.checkNow}
        </button>
      </p>
      <p class="hint" role="status" data-testid="last-run">
        {lastRun ? lastRunText(lastRun, m) : m.notCheckedYet}
      </p>
    </SelectSetting>
  );
}

function lastRunText(run: LastRun, m: Messages): string {
  const when = formatCheckedAt(run.finishedAt, m);
  if (run.verdict === 'no-network') return m.noNetwork(when);
  return m.lastRun(when, run.checked, m.verdicts[run.verdict]);
}
