/**
 * The right-click menu follows the UI language (entrypoints/background/context-menu.ts), over
 * WXT's fake browser, whose contextMenus is a stub: the test records what the worker creates.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerContextMenu } from '../../../entrypoints/background/context-menu';
import { extensionApi } from '../../../lib/platform';
import { saveLanguage, saveRole } from '../../../lib/prefs';

const titles: string[] = [];

describe("the worker's context menu", () => {
  const menus = fakeBrowser.contextMenus;
  const spies = [
    vi.spyOn(menus.onClicked, 'addListener').mockImplementation(() => undefined),
    vi.spyOn(menus, 'removeAll').mockImplementation(() => {
      titles.length = 0;
      return Promise.resolve();
    }),
    vi.spyOn(menus, 'create').mockImplementation((item) => {
      titles.push(String(item.title));
      return item.id ?? '';
    }),
  ];

  beforeAll(async () => {
    fakeBrowser.reset();
    registerContextMenu();
    // The menu watches the preferences once the extension API is in (lib/platform/storage.ts).
    await extensionApi();
  });
  afterAll(() => {
    fakeBrowser.reset(); // takes the worker's listeners off, before the stubs go
    spies.forEach((spy) => spy.mockRestore());
  });

  it('is made anew in the language the user picks, and stays in it when the role changes', async () => {
    await saveLanguage('en');
    await vi.waitFor(() =>
      expect(titles).toEqual(['Find related guidance for “%s”', 'Find related guidance']),
    );
    await saveLanguage('nn');
    await vi.waitFor(() => expect(titles).toContain('Finn relatert rettleiing'));
    await saveRole('lis');
    await vi.waitFor(() =>
      expect(titles).toEqual(['Finn relatert rettleiing for «%s»', 'Finn relatert rettleiing']),
    );
  });
});
