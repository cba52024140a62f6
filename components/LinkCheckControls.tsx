import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CHECK_LINKS_NOW, type CheckLinksNowMessage } from '../lib/link-messages';
import type { LinkCheckInterval } from '../lib/link-schedule';
import type { LastRun } from '../lib/link-state';
import { formatCheckedAt } from '../lib/link-view';
import { linkCheckSettingsItem, readLinkCheckSettings } from '../lib/storage';

const INTERVAL_LABELS: Record<LinkCheckInterval, string> = {
  daily: 'Hver dag',
  weekly: 'Hver uke',
  off: 'Aldri (av)',
};

const VERDICT_TEXT: Record<LastRun['verdict'], string> = {
  trusted: 'fullført',
  offline: 'nettleseren var frakoblet, så ingenting ble endret',
  'all-failed-alike': 'alle lenkene feilet likt (frakoblet eller innloggingsside), så ingenting ble endret',
};

/** How often to check, when it last ran, and "Sjekk lenkene nå". */
export function LinkCheckControls({ lastRun }: { lastRun: LastRun | null }) {
  const [interval, setIntervalChoice] = useState<LinkCheckInterval>();
  const [checking, setChecking] = useState(false);
  useEffect(() => void readLinkCheckSettings().then((s) => setIntervalChoice(s.interval)), []);

  const choose = (value: LinkCheckInterval) => {
    setIntervalChoice(value);
    void linkCheckSettingsItem.setValue({ interval: value });
  };
  const checkNow = () => {
    setChecking(true);
    const message: CheckLinksNowMessage = { type: CHECK_LINKS_NOW };
    void browser.runtime.sendMessage(message).finally(() => setChecking(false));
  };

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">Sjekk av lenker</h2>
      <label>
        Sjekk lenkene automatisk:{' '}
        <select value={interval} onChange={(e) => choose(e.currentTarget.value as LinkCheckInterval)}>
          {Object.entries(INTERVAL_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <p>
        <button type="button" class="primary" onClick={checkNow} disabled={checking}>
          {checking ? 'Sjekker …' : 'Sjekk lenkene nå'}
        </button>
      </p>
      <p class="hint" role="status" data-testid="last-run">
        {lastRun
          ? `Siste sjekk ${formatCheckedAt(lastRun.finishedAt)}: ${lastRun.checked} lenker, ${VERDICT_TEXT[lastRun.verdict]}.`
          : 'Lenkene er ikke sjekket ennå.'}
      </p>
    </section>
  );
}
