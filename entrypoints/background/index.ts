import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerLinkCheck } from './link-check';

export default defineBackground(() => {
  // Listeners are registered synchronously so the browser can wake the worker for them.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  registerLinkCheck();
});
