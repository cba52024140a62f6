/**
 * The manifest's texts come from _locales (lib/manifest-locales.ts) and must resolve when Chromium
 * loads the build. Debian's Chromium here has only the en-US UI, so it picks the "en" folder; that
 * it loaded at all shows Chromium accepts the nb/nn/en folders and default_locale nb.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestTexts } from '../../lib/build/manifest-locales';
import { EXTENSION_DIR, expect, test, withFreshBrowser } from './fixtures';

/** What this test reads of the service worker's `chrome`. */
interface Sw {
  chrome: {
    i18n: { getUILanguage(): string; getMessage(key: string): string };
    runtime: { getManifest(): { name: string; commands?: Record<string, { description?: string }> } };
    action: { getTitle(details: object): Promise<string> };
  };
}

// A browser of its own, in its own language: the shared one gives pages, and at times its
// worker, nb-NO.
test('the localized manifest loads: name, description and toolbar title resolve', async () => {
  await withFreshBrowser(
    async ({ worker }) => {
      const loaded = await worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as Sw;
        return {
          ui: chrome.i18n.getUILanguage(),
          name: chrome.runtime.getManifest().name,
          description: chrome.i18n.getMessage('extDescription'),
          title: await chrome.action.getTitle({}),
          // chrome.commands.getAll() leaves _execute_action's description empty; the manifest has it.
          command: chrome.runtime.getManifest().commands?._execute_action?.description,
        };
      });
      expect(loaded.ui).toBe('en-US');
      expect(loaded).toMatchObject({
        name: manifestTexts('en').extName,
        description: manifestTexts('en').extDescription,
        title: manifestTexts('en').actionTitle,
        command: manifestTexts('en').commandOpen,
      });
    },
    { locale: null },
  );
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.default_locale).toBe('nb');
  expect(manifest.name).toBe('__MSG_extName__');
});
