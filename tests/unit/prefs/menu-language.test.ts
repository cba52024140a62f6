/**
 * The right-click menu follows the UI language (entrypoints/background/context-menu.ts), over
 * WXT's fake browser, whose contextMenus is a stub: the test records what the worker creates.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerContextMenu } from '../../../entrypoints/background/context-menu';
import { extensionApi } from '../../../lib/platform';
import { saveLanguage, saveRole } from '../../../lib/prefs';

describe("the worker's context menu", () => {
  // Each making of the menu, as the titles it created: a removeAll starts one.
  const made: string[][] = [];
  const menus = fakeBrowser.contextMenus;
  const spies: { mockRestore(): void }[] = [];

  beforeAll(async () => {
    fakeBrowser.reset();
    spies.push(
      vi.spyOn(menus.onClicked, 'addListener').mockImplementation(() => undefined),
      vi.spyOn(menus, 'removeAll').mockImplementation(() => {
        made.push([]);
        return Promise.resolve();
      }),
      vi.spyOn(menus, 'create').mockImplementation((item) => {
        made.at(-1)?.push(String(item.title));
        return item.id ?? '';
      }),
    );
    registerContextMenu();
    // The menu watches the preferences once the extension API is in (lib/platform/storage.ts).
    await extensionApi();
  });
  afterAll(() => {
    fakeBrowser.reset(); // takes the worker's listeners off, before the stubs go
    spies.forEach((spy) => spy.mockRestore());
  });

  /** Waits for the `count`th making of the menu to be complete, and gives its titles. */
  async function menuMade(count: number): Promise<string[]> {
    await vi.waitFor(() => expect(made[count - 1]).toHaveLength(2));
    expect(made).toHaveLength(count);
    return made[count - 1] as string[];
  }

  it('is made anew on every change of preferences, in the language the user picks', async () => {
    await saveLanguage('en');
    expect(await menuMade(1)).toEqual(['Find related guidance for “%s”', 'Find related guidance']);
    await saveLanguage('nn');
    const nynorsk = ['Finn relatert rettleiing for «%s»', 'Finn relatert rettleiing'];
    expect(await menuMade(2)).toEqual(nynorsk);
    await saveRole('lis');
    expect(await menuMade(3)).toEqual(nynorsk);
  });
});
