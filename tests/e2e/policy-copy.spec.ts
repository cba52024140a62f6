/**
 * After a browser restart, Chromium's storage.managed answers only after about 3 s, and pages
 * paint from their copy of the policy meanwhile (components/page/useUserView.ts). What IT has
 * removed since must not be offered in that time: not a link, not a lock.
 *
 * Needs the browser: the copy lives in the extension page's localStorage, and what counts is
 * what the real first paint puts on screen, recorded from before the page's own scripts run.
 */
import { expect, test } from './fixtures';

const REMOVED = 'https://intranett.example.no/fjernet-lenke';

test("a page's old copy of the policy offers no link IT removed and claims no lock IT lifted", async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // The copy an earlier open kept: a locked role and a link that the policy no longer has.
  const copy = {
    defaultRole: 'lis',
    lockRole: true,
    checkLinks: true,
    extraLinks: [{ title: 'Fjernet lenke', url: REMOVED, description: '', roles: null, group: null }],
  };
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(async (value) => {
    localStorage.setItem('spes.mirror.managed', JSON.stringify(value));
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { sync: { set(o: object): Promise<void> } } };
    };
    await chrome.storage.sync.set({ preferences: { role: 'lis', language: 'auto' }, preferences$: { v: 3 } });
  }, copy);
  await page.addInitScript((removed) => {
    const seen = { link: false, lock: false };
    (globalThis as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      seen.link ||= document.querySelector(`a[href="${removed}"]`) !== null;
      seen.lock ||= document.querySelector('[data-testid="role-locked"]') !== null;
    }).observe(document, { childList: true, subtree: true });
  }, REMOVED);

  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // The browser's answer (no policy here) lets the user change the role again.
  await expect(page.getByRole('button', { name: 'Bytt rolle' })).toBeVisible();
  await expect(page.getByTestId('role-name')).toHaveText('Lege i spesialisering (LIS)');
  expect(await page.evaluate(() => (globalThis as unknown as { seen: object }).seen)).toEqual({
    link: false,
    lock: false,
  });
});
