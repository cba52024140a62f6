/**
 * Page objects for the extension's pages and its service worker: each selector and each user step
 * ("pick a role", "open the options page") is written here once, for every spec.
 */
import { createRequire } from 'node:module';
import { expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { catalogue, entriesOfRole } from '../../lib/catalogue';

const pageUrl = (extensionId: string, path: string) => `chrome-extension://${extensionId}/${path}`;

/** The entry ids of the listed results under `scope`, in order. */
export function entryIds(scope: Page | Locator): Promise<string[]> {
  return scope
    .locator('li.entry')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-entry-id') ?? ''));
}

/** What the popup and the search page share: a search box, a role bar and a list of entries. */
class ListPage {
  constructor(readonly page: Page) {}

  get searchBox(): Locator {
    return this.page.locator('#search-input');
  }
  get entries(): Locator {
    return this.page.locator('li.entry');
  }
  /** Each entry's own link (an entry may also have "Nyere:" links under it). */
  get entryLinks(): Locator {
    return this.page.locator('li.entry .entry-row > a');
  }
  get groupHeadings(): Locator {
    return this.page.locator('.group > h2');
  }
  get roleName(): Locator {
    return this.page.getByTestId('role-name');
  }
  entry(id: string): Locator {
    return this.page.locator(`li.entry[data-entry-id="${id}"]`).first();
  }
  listedIds(): Promise<string[]> {
    return entryIds(this.page);
  }
  /** The `href` of each of `links`. */
  static hrefs(links: Locator): Promise<(string | null)[]> {
    return links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  }

  /** Picks `role` in the role picker on screen; the search box takes the focus. */
  async pickRole(role: string): Promise<void> {
    await this.page.locator(`[data-role="${role}"]`).click();
    await expect(this.searchBox).toBeFocused();
  }

  /** Replaces the query and waits until the list shows its results. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await expect(this.page.locator('#results')).toHaveAttribute('data-query', query);
  }
}

export class PopupPage extends ListPage {
  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(pageUrl(extensionId, 'popup.html'));
    const popup = new PopupPage(page);
    await popup.live();
    return popup;
  }

  /** Loads the popup again, as a user's next open does. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.live();
  }

  /** Waits for the app's first render. */
  private async live(): Promise<void> {
    await this.page.locator('#app > main').waitFor();
  }

  /** Opens the popup and picks `role`. */
  static async as(context: BrowserContext, extensionId: string, role: string): Promise<PopupPage> {
    const popup = await PopupPage.open(context, extensionId);
    await popup.pickRole(role);
    return popup;
  }

  /**
   * Waits until this page has copied the organisation's settings for the next open, which is then
   * an ordinary one, drawn in the task its modules run in. (Chromium
   * answers a fresh profile's first storage.managed read after 2-3 s; until a page has the copy,
   * an open waits up to 300 ms for the policy and loads the extension API first,
   * components/page/useUserView.ts.)
   */
  async mirrored(): Promise<void> {
    // 15 s: the first managed read, measured at 2-3 s, on a machine that may be several times slower.
    await this.page.waitForFunction(() => localStorage.getItem('spes.mirror.managed') !== null, undefined, {
      timeout: 15_000,
    });
  }

  section(kind: 'favourites' | 'recent' | 'org'): Locator {
    return this.page.locator(`[data-section="${kind}"]`);
  }
  sectionIds(kind: 'favourites' | 'recent'): Promise<string[]> {
    return entryIds(this.section(kind));
  }

  /** Clicks the link of entry `id` with `button` and closes the tab it opened. */
  async openEntry(id: string, button: 'left' | 'middle' = 'left'): Promise<void> {
    const opened = this.page.context().waitForEvent('page');
    await this.entry(id).locator('a').first().click({ button });
    await (await opened).close();
  }

  /** Enter in the popup: it opens the selected link and closes itself, maybe mid key press. */
  async pressEnterToOpen(): Promise<Page> {
    const opened = this.page.context().waitForEvent('page');
    await this.page.keyboard.press('Enter').catch(() => undefined);
    const tab = await opened;
    await expect.poll(() => this.page.isClosed()).toBe(true);
    return tab;
  }
}

export class SearchPage extends ListPage {
  static url(extensionId: string): string {
    return pageUrl(extensionId, 'search.html');
  }
  /** Opens the search page with `query` (the part after `?`, if any). */
  static async open(context: BrowserContext, extensionId: string, query = ''): Promise<SearchPage> {
    const page = await context.newPage();
    await page.goto(`${SearchPage.url(extensionId)}${query ? `?${query}` : ''}`);
    return new SearchPage(page);
  }
}

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(pageUrl(extensionId, 'options.html'));
    await expect(page.getByTestId('language-setting')).toBeVisible();
    return new OptionsPage(page);
  }

  get language(): Locator {
    return this.page.getByTestId('language-setting');
  }
  get role(): Locator {
    return this.page.getByTestId('role-setting');
  }
  get interval(): Locator {
    return this.page.getByTestId('interval');
  }
  get lastRun(): Locator {
    return this.page.getByTestId('last-run');
  }
  /** The link report's row for entry `id`. */
  row(id: string): Locator {
    return this.page.locator(`tr[data-entry-id="${id}"]`);
  }
}

export class HandoutPage {
  constructor(readonly page: Page) {}

  /** Opens the handout with `query` (e.g. "role=lis") in `page`, once its list shows. */
  static async openIn(page: Page, extensionId: string, query: string): Promise<HandoutPage> {
    await page.goto(`${pageUrl(extensionId, 'handout.html')}?${query}`);
    const handout = new HandoutPage(page);
    await expect(handout.links.first()).toBeVisible();
    return handout;
  }

  get links(): Locator {
    return this.page.locator('.handout-link');
  }
  link(url: string): Locator {
    return this.page.locator(`.handout-link[data-url="${url}"]`);
  }
  listedUrls(): Promise<string[]> {
    return this.links.evaluateAll((items) => items.map((li) => li.getAttribute('data-url') ?? ''));
  }
}

/** The parts of `chrome` the tests use through the service worker or an extension page. */
interface Chrome {
  chrome: {
    storage: {
      local: {
        get(keys?: string | string[]): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
      };
      sync: {
        get(keys?: string | string[]): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
      };
      managed: { get(): Promise<Record<string, unknown>> };
    };
    action: { getBadgeText(details: object): Promise<string> };
    alarms: { get(name: string): Promise<unknown> };
  };
}

/** The extension's service worker: its stores and its badge, as the tests read and set them. */
export class ExtensionWorker {
  constructor(readonly worker: Worker) {}

  /** Stores a role the way lib/prefs does (value plus its version record, lib/platform/storage-item.ts). */
  storeRole(role: string, language = 'auto'): Promise<void> {
    return this.setSync({ preferences: { role, language }, preferences$: { v: 3 } });
  }
  setSync(items: object): Promise<void> {
    return this.worker.evaluate((i) => (globalThis as unknown as Chrome).chrome.storage.sync.set(i), items);
  }
  setLocal(items: object): Promise<void> {
    return this.worker.evaluate((i) => (globalThis as unknown as Chrome).chrome.storage.local.set(i), items);
  }
  /** The value stored under `key` in storage.local, or null. */
  local(key: string): Promise<unknown> {
    return this.worker.evaluate(
      async (k) => (await (globalThis as unknown as Chrome).chrome.storage.local.get(k))[k] ?? null,
      key,
    );
  }
  sync(keys: string[]): Promise<Record<string, unknown>> {
    return this.worker.evaluate((k) => (globalThis as unknown as Chrome).chrome.storage.sync.get(k), keys);
  }
  managed(): Promise<Record<string, unknown>> {
    return this.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.managed.get());
  }
  badge(): Promise<string> {
    return this.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}));
  }
  /** The link checker's alarm, or null (entrypoints/background/link-check.ts). */
  linkCheckAlarm(): Promise<unknown> {
    return this.worker.evaluate(
      async () => (await (globalThis as unknown as Chrome).chrome.alarms.get('spes-link-check')) ?? null,
    );
  }
}

/** Link health saying `url` is broken, as two runs hours apart leave it (lib/links/state.ts). */
export function brokenRecord(url: string, at = Date.now()) {
  const latest = { url, state: 'broken', reason: 'not-found', httpStatus: 404, checkedAt: at };
  return { state: 'broken', latest, brokenRuns: 2, lastBrokenAt: at };
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core itself, the copy @axe-core/playwright depends on. Its AxeBuilder injects axe into the
// page again for every analysis and finishes each in a new blank page: 6-9 s per analysis at load
// 11-15, against 0.6-1.5 s for axe.run in a page that already holds axe (measured 2026-12-04).
const axeRequire = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = (axeRequire('axe-core') as { source: string }).source;

interface WithAxe {
  axe: {
    run(context: Document, options: object): Promise<{ violations: AxeViolation[] }>;
  };
}
interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core (WCAG 2.2 AA) finds no violations on the page as it is, in the light theme and in the
 * dark. Each run reads the whole page: up to 5 s on a busy two-core machine, so callers that
 * run it give their test room (`test.slow()`).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(colorScheme === 'dark');
    // Only violations are collected in full: the passes' selectors are what cost the time.
    const { violations } = await page.evaluate(
      (tags) =>
        (globalThis as unknown as WithAxe).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
      WCAG_22_AA,
    );
    const found = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`);
    expect(found, `${colorScheme} theme`).toEqual([]);
  }
}

/** How many links a role's list shows with no specialty chosen and no organisation links. */
export const listLength = (role: string): number => entriesOfRole(catalogue, role).size;
