import { useState } from 'preact/hooks';
import { linkCheckSettingsItem } from '../../lib/links';
import { favouritesItem, recentItem } from '../../lib/pinned';
import { preferencesItem } from '../../lib/prefs';
import { useMessages } from '../page/useMessages';

// The safe choice gets the focus as it appears, so Enter right after the first click does not
// reset. One function for every render, so a later render does not focus it again.
const focusOnMount = (button: HTMLButtonElement | null) => button?.focus();

/**
 * "Tilbakestill alt": everything the user chose or did, back as on install. Link health describes
 * the links, not the user, and the organisation's policy is not ours to clear; watchers see the
 * change at once. It asks first in the page itself: window.confirm is blocked in some extension
 * pages and cannot be styled, translated or tested.
 */
export function ResetSettings() {
  const m = useMessages();
  const [step, setStep] = useState<'idle' | 'confirming' | 'done'>('idle');
  const confirm = () => {
    const items = [preferencesItem, linkCheckSettingsItem, favouritesItem, recentItem];
    void Promise.all(items.map((item) => item.removeValue())).then(() => setStep('done'));
  };
  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">{m.resetHeading}</h2>
      <p class="hint">{m.resetIntro}</p>
      {step === 'confirming' ? (
        <div role="group" aria-labelledby="reset-question" class="confirm" data-testid="reset-confirm">
          <p id="reset-question">{m.resetConfirmQuestion}</p>
          <button type="button" class="primary" onClick={confirm}>
            {m.resetConfirm}
          </button>{' '}
          <button type="button" class="secondary" ref={focusOnMount} onClick={() => setStep('idle')}>
            {m.cancel}
          </button>
        </div>
      ) : (
        <p>
          <button type="button" class="secondary" onClick={() => setStep('confirming')}>
            {m.resetButton}
          </button>
        </p>
      )}
      <p role="status" class="hint" data-testid="reset-status">
        {step === 'done' ? m.resetDone : ''}
      </p>
    </section>
  );
}
