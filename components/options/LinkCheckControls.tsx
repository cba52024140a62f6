import { useState } from 'preact/hooks';
import { formatCheckedAt, type Messages } from '../../lib/i18n';
import { INTERVALS, linkCheckSettingsItem, type LastRun, type LinkCheckInterval } from '../../lib/links';
import { sendToWorker } from '../../lib/platform';
import { useLive } from '../page/useLive';
import { useMessages } from '../page/useMessages';
import { useUserView } from '../page/useUserView';
import { SelectSetting } from './SelectSetting';

/**
 * How often to check, when it last ran, and "Sjekk lenkene nå". When the organisation has
 * switched checks off (policy `checkLinks: false`), both show as off and say who set it; the
 * worker refuses a check anyway (entrypoints/background/link-run.ts).
 */
export function LinkCheckControls({ lastRun }: { lastRun: LastRun | null }) {
  const m = useMessages();
  // Live, so "Tilbakestill alt" shows the default at once.
  const interval = useLive(linkCheckSettingsItem)?.interval;
  const offByOrg = useUserView()?.policy.checkLinks === false;
  const [checking, setChecking] = useState(false);

  const checkNow = () => {
    setChecking(true);
    void askForCheck()
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

/**
 * A worker the browser stops mid-run closes the request without an answer. Asking once more
 * starts it again, and on start it finishes the run it saved (entrypoints/background/link-check.ts).
 */
function askForCheck(): Promise<unknown> {
  const ask = () => sendToWorker({ type: 'spes:check-links-now' });
  return ask().catch(ask);
}

function lastRunText(run: LastRun, m: Messages): string {
  const when = formatCheckedAt(run.finishedAt, m);
  if (run.verdict === 'no-network') return m.noNetwork(when);
  return m.lastRun(when, run.checked, m.verdicts[run.verdict]);
}
