import { useState } from 'preact/hooks';
import {
  formatCheckedAt,
  INTERVALS,
  linkCheckSettingsItem,
  type LastRun,
  type LinkCheckInterval,
} from '../../lib/links';
import { sendToWorker } from '../../lib/platform';
import { useLive } from '../page/useLive';
import { useMessages } from '../page/useMessages';
import { SelectSetting } from './SelectSetting';

/** How often to check, when it last ran, and "Sjekk lenkene nå". */
export function LinkCheckControls({ lastRun }: { lastRun: LastRun | null }) {
  const m = useMessages();
  // Live, so "Tilbakestill alt" shows the default at once.
  const interval = useLive(linkCheckSettingsItem)?.interval;
  const [checking, setChecking] = useState(false);

  const choose = (value: LinkCheckInterval) => void linkCheckSettingsItem.setValue({ interval: value });
  const checkNow = () => {
    setChecking(true);
    void sendToWorker({ type: 'spes:check-links-now' }).finally(() => setChecking(false));
  };

  return (
    <SelectSetting
      id="interval"
      heading={m.linkCheckHeading}
      intro={m.linkCheckIntro}
      label={m.intervalLabel}
      value={interval}
      options={INTERVALS.map((value) => ({ value, label: m.intervalLabels[value] }))}
      onChange={(value) => choose(value as LinkCheckInterval)}
    >
      <p>
        <button type="button" class="primary" onClick={checkNow} disabled={checking}>
          {checking ? m.checking : m.checkNow}
        </button>
      </p>
      <p class="hint" role="status" data-testid="last-run">
        {lastRun
          ? m.lastRun(formatCheckedAt(lastRun.finishedAt, m), lastRun.checked, m.verdicts[lastRun.verdict])
          : m.notCheckedYet}
      </p>
    </SelectSetting>
  );
}
