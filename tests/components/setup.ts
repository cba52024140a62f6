/**
 * Every component test: a page whose browser speaks Norwegian (as tests/e2e/fixtures.ts gives the
 * Chromium pages), empty extension storage (WXT's fakeBrowser, set up by vitest.config.ts), the
 * bokmål texts a component reads without components/page/mount.tsx (components/page/useMessages.ts),
 * and nothing left mounted afterwards.
 */
import { cleanup, configure } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Spes follows the browser's languages (lib/platform/storage.ts); happy-dom's are English only.
// Set before the texts' module is first imported below: it picks its first language on loading.
Object.defineProperty(navigator, 'languages', { value: ['nb-NO', 'nb', 'no'], configurable: true });

// What a test waits for (findBy…, waitFor) may include loading and indexing the search
// (components/list/useListView.ts) or a later chunk (components/page/later.tsx) the first time:
// well over the default second at a load average of 25 on two cores, and more in npm test beside
// six busy processes. A wait ends as soon as its condition holds.
configure({ asyncUtilTimeout: 30_000 });

// happy-dom has no idle callbacks, which Chromium and Firefox give every extension page
// (components/page/later.tsx): a short timer stands in, late enough to come after the first render.
globalThis.requestIdleCallback ??= (run) => setTimeout(run, 50) as unknown as number;
globalThis.cancelIdleCallback ??= (handle) => clearTimeout(handle);

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
});

afterEach(cleanup);
