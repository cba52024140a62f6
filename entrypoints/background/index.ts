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
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  registerOmnibox();
  registerContextMenu();
  registerLinkCheck();
  registerBadge();
  registerRecent();
});
