import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CHECK_LINKS_NOW, type CheckLinksNowMessage } from '../lib/platform/messages';
import { INTERVALS, type LinkCheckInterval } from '../lib/links/schedule';
import type { LastRun } from '../lib/links/state';
import { formatCheckedAt } from '../lib/links/view';
import { linkCheckSettingsItem, readLinkCheckSettings } from '../lib/platform/storage';
import { SelectSetting } from './SelectSetting';
import { useMessages } from './useMessages';

/** How often to check, when it last ran, and "Sjekk lenkene nå". */
export function LinkCheckControls({ lastRun }: { lastRun: LastRun | null }) {
  const m = useMessages();
  const [interval, setIntervalChoice] = useState<LinkCheckInterval>();
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    // Watched, so "Tilbakestill alt" shows the default at once.
    const load = () => void readLinkCheckSettings().then((s) => setIntervalChoice(s.interval));
    load();
    return linkCheckSettingsItem.watch(load);
  }, []);

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
