/**
 * What new users tripped over in Chromium: text sizes, narrow windows, the options table's
 * headers, highlights cut by an ellipsis. Computed sizes and line boxes need a browser's layout;
 * the way back from the role picker and "Alle roller" are component tests (tests/components/).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { listLength, OptionsPage, PopupPage } from './pages';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

const fontSize = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));

test('the title is the largest text of every link, at least 14 px', async ({ context, extensionId }) => {
  const { page: popup } = await PopupPage.as(context, extensionId, 'lis');
  const sizes = await popup.locator('li.entry a').evaluateAll((links) =>
    links.map((a) => {
      const size = (selector: string) =>
        parseFloat(getComputedStyle(a.querySelector(selector) as Element).fontSize);
      return {
        title: size('.entry-title'),
        meta: size('.entry-meta'),
        description: size('.entry-description'),
      };
    }),
  );
  expect(sizes).toHaveLength(listLength('lis'));
  for (const s of sizes) {
    expect(s.title).toBeGreaterThanOrEqual(14);
    expect(s.title).toBeGreaterThanOrEqual(s.meta);
    expect(s.title).toBeGreaterThanOrEqual(s.description);
  }
});

test('role names outsize their summaries, and the welcome intro its hints', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.locator('.role-name')).toHaveCount(5);
  const names = await fontSize(page, '.role-name');
  const summaries = await fontSize(page, '.role-summary');
  expect(names).toHaveLength(5);
  names.forEach((name, i) => expect(name).toBeGreaterThan(summaries[i] as number));
  const [intro] = await fontSize(page, 'main > p');
  expect(intro).toBeGreaterThanOrEqual(14);
  for (const hint of await fontSize(page, '.hint')) expect(intro).toBeGreaterThanOrEqual(hint);
});

for (const width of [320, 360, 400]) {
  test(`fits a ${width} px window with no sideways scroll, role button and stars in view`, async ({
    context,
    extensionId,
  }) => {
    const { page: popup } = await PopupPage.as(context, extensionId, 'sykehus-leder');
    await popup.setViewportSize({ width, height: 600 });
    const fits = () => popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    const right = (selector: string) =>
      popup.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    for (const edge of [...(await right('.role-bar button')), ...(await right('.star'))]) {
      expect(edge).toBeLessThanOrEqual(width);
    }
    await popup.locator('#search-input').fill('veiledning for leger i spesialisering');
    expect(await fits()).toBe(true);
    await popup.getByRole('button', { name: 'Bytt rolle' }).click();
    expect(await fits()).toBe(true);
  });
}

test('a highlighted word is shown whole or not at all, never cut by the ellipsis', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.as(context, extensionId, 'alle');
  for (const query of [
    'veiledning',
    'utdanningsvirksomhet',
    'læringsmål',
    'kompetanseportalen',
    'spesialisering',
  ]) {
    await popup.search(query);
    const cut = await popup.page.locator('.entry-description').evaluateAll((descriptions) =>
      descriptions.flatMap((d) => {
        const box = d.getBoundingClientRect();
        return [...d.querySelectorAll('mark')].flatMap((mark) =>
          [...mark.getClientRects()]
            .filter((r) => r.width > 0)
            .filter((r) => {
              const inside =
                r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5;
              const outside = r.top >= box.bottom - 0.5 || r.left >= box.right - 0.5;
              return !inside && !outside;
            })
            .map(() => mark.textContent),
        );
      }),
    );
    expect(cut, query).toEqual([]);
  }
});

test('the options table breaks its column headers only between words', async ({ context, extensionId }) => {
  const { page } = await OptionsPage.open(context, extensionId);
  await page.setViewportSize({ width: 360, height: 700 });
  await expect(page.locator('.health-table th')).toHaveCount(5);
  const split = await page.locator('.health-table th').evaluateAll((headers) =>
    headers.flatMap((th) => {
      const text = th.firstChild as Text;
      const words = [...(text.textContent ?? '').matchAll(/\S+/g)];
      return words
        .filter((w) => {
          const range = document.createRange();
          range.setStart(text, w.index ?? 0);
          range.setEnd(text, (w.index ?? 0) + w[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return tops.size > 1;
        })
        .map((w) => w[0]);
    }),
  );
  expect(split).toEqual([]);
});
