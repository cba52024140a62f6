/**
 * The popup's first paint is the app's own render, from the mirrored settings
 * (lib/platform/mirror.ts), in the task its modules run in (components/page/mount.tsx). In the
 * browser because what is checked is the order of a real page load: the modules run before
 * DOMContentLoaded, so the list and the focused search box are there before that event, and the
 * popup never shows an empty frame, another role's list or another language.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { nn } from '../../lib/i18n/nn';
import { expect, test } from './fixtures';
import { listLength, PopupPage } from './pages';

/** As a user's first open: picks `role`, and the page copies the organisation's settings. */
async function openOnce(context: BrowserContext, extensionId: string, role: string): Promise<Page> {
  const popup = await PopupPage.as(context, extensionId, role);
  await popup.mirrored();
  return popup.page;
}

// Runs before any of the page's own script: what the page holds when its first content appears.
const RECORD_FIRST_CONTENT = `{
  const observer = new MutationObserver(() => {
    if (!document.querySelector('#app > main')) return;
    observer.disconnect();
    window.__spesFirst = {
      lang: document.documentElement.lang,
      busy: document.querySelector('#app > main').getAttribute('aria-busy'),
      roleName: document.querySelector('[data-testid="role-name"]')?.textContent ?? null,
      searchLabel: document.querySelector('label[for="search-input"]')?.textContent ?? null,
      entries: document.querySelectorAll('li.entry').length,
    };
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    window.__spesAtContentLoaded = {
      entries: document.querySelectorAll('li.entry').length,
      focused: document.activeElement?.id ?? null,
    };
  });
}`;

async function openRecorded(page: Page, extensionId: string) {
  await page.addInitScript({ content: RECORD_FIRST_CONTENT });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // The load event can come before the first content: a language other than bokmål renders once
  // its chunk has loaded. What the page held then is recorded whenever it comes.
  await page.waitForFunction(() => '__spesFirst' in window);
  return page.evaluate(() => {
    const w = window as unknown as { __spesFirst: unknown; __spesAtContentLoaded: unknown };
    return { first: w.__spesFirst, atContentLoaded: w.__spesAtContentLoaded };
  });
}

test('the list and the focused search box are there before DOMContentLoaded, and the first keys land in the box', async ({
  context,
  extensionId,
}) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
  await (await openOnce(context, extensionId, 'lis')).close();

  const popup = await context.newPage();
  const { first, atContentLoaded } = await openRecorded(popup, extensionId);
  // The first content the page ever shows is the role's whole list, not a busy placeholder.
  expect(first).toMatchObject({ lang: 'nb', busy: null, entries: listLength('lis') });
  expect(atContentLoaded).toEqual({ entries: listLength('lis'), focused: 'search-input' });

  await popup.keyboard.type('alis');
  await expect(popup.locator('#search-input')).toHaveValue('alis');
  await expect(popup.locator('#results')).toHaveAttribute('data-query', 'alis');
  expect(await popup.locator('li.entry').count()).toBeGreaterThan(0);
});

test('a user who chose nynorsk sees nynorsk and their role in the first content, never bokmål first', async ({
  context,
  extensionId,
}) => {
  const popup = await openOnce(context, extensionId, 'lis');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('language-setting').selectOption('nn');
  // The popup, still open, sees the change and mirrors it for the next open.
  await expect(popup.locator('html')).toHaveAttribute('lang', 'nn');
  await popup.close();
  await options.close();

  const { first } = await openRecorded(await context.newPage(), extensionId);
  expect(first).toMatchObject({
    lang: 'nn',
    busy: null,
    roleName: nn.roleNames.lis.name,
    searchLabel: nn.searchLabel,
    entries: listLength('lis'),
  });
});
