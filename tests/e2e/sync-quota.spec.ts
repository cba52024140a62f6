/**
 * storage.sync allows 120 writes a minute, counted by Chromium per call, even when the value
 * written is the one already stored. Reads must spend none of it (lib/platform/storage-item.ts),
 * and a write the browser refuses must cost nothing on screen.
 *
 * Needs the browser: the count is Chromium's own quota, which no fake storage has, and Chromium
 * returns stored objects with their keys sorted, which is what once made every read write back.
 * It has a browser of its own: it spends the extension's quota, which would refuse the next
 * test's writes for up to a minute.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, test, withFreshBrowser } from './fixtures';
import { ExtensionWorker } from './pages';
import type { Sw } from './search-helpers';

interface QuotaSw {
  chrome: Sw['chrome'] & {
    storage: {
      sync: { set(items: object): Promise<void>; MAX_WRITE_OPERATIONS_PER_MINUTE: number };
      local: { set(items: object): Promise<void> };
    };
    action: { getBadgeText(details: object): Promise<string> };
  };
}

const LIS_URL = (
  JSON.parse(readFileSync('assets/catalogue.json', 'utf8')) as { entries: { id: string; url: string }[] }
).entries.find((e) => e.id === 'spesialistforskriften')?.url as string;

function brokenHealth(url: string, at: number) {
  const latest = { url, state: 'broken', reason: 'not-found', httpStatus: 404, checkedAt: at };
  return {
    links: { [url]: { state: 'broken', latest, brokenRuns: 2, lastBrokenAt: at } },
    lastRun: null,
  };
}

/** Writes to storage.sync until Chromium refuses; how many it took, and the worker's clock then. */
const spendRemainingQuota = (worker: Worker) =>
  worker.evaluate(async () => {
    const { sync } = (globalThis as unknown as QuotaSw).chrome.storage;
    let taken = 0;
    for (; taken <= sync.MAX_WRITE_OPERATIONS_PER_MINUTE; taken++) {
      try {
        await sync.set({ quotaProbe: taken });
      } catch {
        break;
      }
    }
    return { taken, at: performance.now(), limit: sync.MAX_WRITE_OPERATIONS_PER_MINUTE };
  });

const badge = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as QuotaSw).chrome.action.getBadgeText({}));

test('reads spend no sync quota, and a refused write costs nothing on screen', async () => {
  // Four page loads, six badge updates and 50 omnibox keystrokes must fit in Chromium's
  // one-minute window: 29 s with a load average of 19 on two cores (2026-12-04).
  test.setTimeout(120_000);
  await withFreshBrowser(async ({ context, worker, extensionId: id }) => {
    const errors: string[] = [];
    context.on('weberror', (e) => errors.push(e.error().message));
    const open = async (path: string): Promise<Page> => {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    };

    // The badge and the pages wait for Chromium's first storage.managed answer, which a fresh
    // profile gives only after seconds (over 15 s at load 19): before the minute starts, not in it.
    await new ExtensionWorker(worker).managed();
    // The one write of the test's own before counting starts; Chromium's minute starts with it.
    const started = await worker.evaluate(async () => {
      const { sync } = (globalThis as unknown as QuotaSw).chrome.storage;
      await sync.set({ preferences: { role: 'lis', language: 'en' }, preferences$: { v: 3 } });
      return performance.now();
    });

    for (const path of ['popup.html', 'options.html', 'search.html', 'popup.html']) {
      const page = await open(path);
      await expect(page.locator('main:not([aria-busy])').first()).toBeVisible();
      await page.close();
    }
    const local = (value: object) =>
      worker.evaluate(
        (v) => (globalThis as unknown as QuotaSw).chrome.storage.local.set({ linkHealth: v }),
        value,
      );
    for (let i = 0; i < 3; i++) {
      await local(brokenHealth(LIS_URL, Date.now()));
      await expect.poll(() => badge(worker), { intervals: [50] }).toBe('1');
      await local({ links: {}, lastRun: null });
      await expect.poll(() => badge(worker), { intervals: [50] }).toBe('');
    }
    const keystrokes = 'veileder supervisjon alis lis1 fkm rundskriv laer'.slice(0, 50);
    // All at once: what is counted is writes, not timing, and the minute is short on a busy machine.
    const suggested = await worker.evaluate(async (typed) => {
      const { omnibox } = (globalThis as unknown as QuotaSw).chrome;
      const prefixes = Array.from(typed, (_, i) => typed.slice(0, i + 1));
      const rows = await Promise.all(
        prefixes.map(
          (text) =>
            new Promise<number>((resolve) => omnibox.onInputChanged.dispatch(text, (s) => resolve(s.length))),
        ),
      );
      return rows.reduce((a, b) => a + b, 0);
    }, keystrokes);
    expect(suggested).toBeGreaterThan(0);

    const spent = await spendRemainingQuota(worker);
    expect(spent.at - started, 'the count must end inside the minute it started').toBeLessThan(60_000);
    // Everything left but the test's own first write: not one write came from the extension.
    expect(spent.taken).toBe(spent.limit - 1);

    // The quota is spent now: every write is refused. The stored role and language still show.
    const popup = await open('popup.html');
    await expect(popup.getByTestId('role-name')).toHaveText('Doctor in specialisation (LIS)');
    await popup.getByRole('button', { name: 'Change role' }).click();
    await popup.locator('[data-role="kommune-veileder"]').click();
    // Refused by Chromium, kept by the page: the pick shows, and nothing was thrown.
    await expect(popup.getByTestId('role-name')).toContainText('upervis');
    await expect(popup.locator('li.entry').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
