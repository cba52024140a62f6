/** The `spes` keyword, reached through the service worker's own omnibox events. */
import { DOMParser } from '@xmldom/xmldom';
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { entryIds, ExtensionWorker, SearchPage } from './pages';
import { tabOpenedAt, type Suggestion, type Sw } from './search-helpers';

// Catalogue links never reach the network: they are answered locally.
test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

const ALIS_PAGES = [
  'https://www.ks.no/contentassets/68bff3278f744281a8eb9fedd32666b7/ALIS-FOR-DUMMIES-kommuneversjon.pdf',
  'https://www.ks.no/fagomrader/helse-og-omsorg/legetjenester/aliskontorene/',
];

test('the built manifest declares the keyword spes and the menu permission, and no tabs permission', async ({
  serviceWorker,
}) => {
  const manifest = await serviceWorker.evaluate(() =>
    (globalThis as unknown as Sw).chrome.runtime.getManifest(),
  );
  expect(manifest.omnibox).toEqual({ keyword: 'spes' });
  expect(manifest.permissions).toContain('contextMenus');
  expect(manifest.permissions).not.toContain('tabs');
});

test('"spes alis" lists the ALIS pages, as XML that Chrome itself accepts', async ({ serviceWorker }) => {
  await new ExtensionWorker(serviceWorker).storeRole('kommune-leder');
  const suggestions = await serviceWorker.evaluate(
    () =>
      new Promise<Suggestion[]>((resolve) =>
        (globalThis as unknown as Sw).chrome.omnibox.onInputChanged.dispatch('alis', resolve),
      ),
  );
  expect(suggestions.length).toBeLessThanOrEqual(5);
  expect(suggestions.map((s) => s.content)).toEqual(expect.arrayContaining(ALIS_PAGES));
  const dummies = suggestions.find((s) => s.content === ALIS_PAGES[0]);
  expect(dummies?.description).toContain('<match>ALIS</match> for dummies <dim>– KS</dim>');
  // Chrome parses descriptions in the browser; setDefaultSuggestion rejects what it cannot parse.
  const verdicts = await serviceWorker.evaluate(
    (all) =>
      Promise.all(
        all.map((s) =>
          (globalThis as unknown as Sw).chrome.omnibox
            .setDefaultSuggestion({ description: s.description })
            .then(
              () => 'ok',
              (e: Error) => e.message,
            ),
        ),
      ),
    suggestions,
  );
  expect(verdicts).toEqual(suggestions.map(() => 'ok'));
});

test('hostile input gives suggestions Chrome accepts and never breaks the keyword', async ({
  serviceWorker,
}) => {
  const hostile = [
    `${'<b>alis</b> & "veileder" \'x\' '.repeat(4000)}`,
    'al\u0000is\u0007\r\nveileder 😀 \u202Elæringsmål\u200F',
    '\uD800 alis',
  ];
  for (const text of hostile) {
    const result = await serviceWorker.evaluate(async (t) => {
      const suggestions = await new Promise<Suggestion[]>((resolve) =>
        (globalThis as unknown as Sw).chrome.omnibox.onInputChanged.dispatch(t, resolve),
      );
      const errors: string[] = [];
      for (const s of suggestions) {
        await (globalThis as unknown as Sw).chrome.omnibox
          .setDefaultSuggestion({ description: s.description })
          .catch((e: Error) => {
            errors.push(e.message);
          });
      }
      return { count: suggestions.length, errors, descriptions: suggestions.map((s) => s.description) };
    }, text);
    expect(result.errors).toEqual([]);
    expect(result.count).toBeLessThanOrEqual(5);
    for (const d of result.descriptions) {
      expect(() =>
        new DOMParser({
          onError: (l, m) => {
            throw new Error(`${l}: ${m}`);
          },
        }).parseFromString(`<r>${d}</r>`, 'text/xml'),
      ).not.toThrow();
    }
  }
});

test('Enter on a suggestion opens its page in a new tab', async ({ context, serviceWorker }) => {
  const url = ALIS_PAGES[1] ?? '';
  await serviceWorker.evaluate(
    (u) => (globalThis as unknown as Sw).chrome.omnibox.onInputEntered.dispatch(u, 'newForegroundTab'),
    url,
  );
  await tabOpenedAt(context, url);
});

test('Enter on free text opens the search page with that query in the current tab', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await new ExtensionWorker(serviceWorker).storeRole('lis');
  const { page } = await SearchPage.open(context, extensionId);
  await page.bringToFront();
  const pagesBefore = context.pages().length;
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as Sw).chrome.omnibox.onInputEntered.dispatch('kompetansevurdering', 'currentTab'),
  );
  await expect(page).toHaveURL(`${SearchPage.url(extensionId)}?q=kompetansevurdering`);
  expect(context.pages().length).toBe(pagesBefore);
  await expect(page.locator('#search-input')).toHaveValue('kompetansevurdering');
  expect((await entryIds(page))[0]).toBe('kompetansevurdering');
});

/** Whether the extension's own tabs at `prefix` are active (their addresses are ours to read). */
function activeStates(serviceWorker: Worker, prefix: string): Promise<boolean[]> {
  return serviceWorker.evaluate(
    async (p) =>
      (await (globalThis as unknown as Sw).chrome.tabs.query({}))
        .filter((t) => t.url?.startsWith(p))
        .map((t) => t.active),
    prefix,
  );
}

for (const [disposition, active] of [
  ['newBackgroundTab', false],
  ['newForegroundTab', true],
] as const) {
  test(`Enter on nothing opens the search page in a ${disposition}`, async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    // A background tab opens beside the blank tab the shared browser keeps (tests/e2e/fixtures.ts).
    await serviceWorker.evaluate(
      (d) => (globalThis as unknown as Sw).chrome.omnibox.onInputEntered.dispatch('', d),
      disposition,
    );
    const page = await tabOpenedAt(context, SearchPage.url(extensionId));
    expect(page.url()).toBe(SearchPage.url(extensionId));
    expect(await activeStates(serviceWorker, SearchPage.url(extensionId))).toEqual([active]);
  });
}
