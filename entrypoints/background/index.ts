import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerContextMenu } from './context-menu';
import { registerBadge } from './link-badge';
import { registerLinkCheck } from './link-check';
import { registerOmnibox } from './omnibox';
import { registerRecent } from './recent';

export default defineBackground(() => {
  // Listeners are registered synchronously so the browser can wake the worker for them.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    // The welcome page in a new tab, or in a window of its own when no window is open: `npm start`
    // starts the browser with none (scripts/launch-browser.ts), so that no empty tab stands beside it.
    const url = browser.runtime.getURL('/welcome.html');
    void browser.tabs.create({ url }).catch(() => browser.windows.create({ url }));
  });
  registerOmnibox();
  registerContextMenu();
  registerLinkCheck();
  registerBadge();
  registerRecent();
});
