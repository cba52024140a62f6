/**
 * Link health in the real extension: a test build whose catalogue and host permissions
 * point at the local link server (wxt.config.ts, SPES_CATALOGUE), checked twice, hours
 * apart by the extension's clock, then the popup's marking and the badge are asserted.
 */
import type { BrowserContext } from '@playwright/test';
import { linkCatalogue } from '../fixtures/link-catalogue';
import { startLinkServer, type LinkServer } from '../fixtures/link-server';
import { buildWithCatalogue, freePort, type TestBuild } from '../fixtures/test-build';
import { expect, test, withFreshBrowser } from './fixtures';
import { ExtensionWorker, OptionsPage, PopupPage } from './pages';

const HOUR = 3_600_000;

interface WithHooks {
  spesTest: { checkLinksAt(time: number): Promise<unknown> };
}

let server: LinkServer;
let build: TestBuild;

test.beforeAll(async () => {
  test.setTimeout(180_000); // one build of the extension, on a busy machine
  const port = await freePort();
  build = buildWithCatalogue(linkCatalogue(port));
  server = await startLinkServer(port);
});

test.afterAll(async () => {
  await server?.close();
  build?.remove();
});

// A browser of its own: the test build, whose catalogue is on the local link server.
test('a link is marked broken after two runs hours apart, in the popup and the badge', async () => {
  await withFreshBrowser(
    ({ context, worker, extensionId }) =>
      checkTwiceAndLook(context, new ExtensionWorker(worker), extensionId),
    { extensionDir: build.dir },
  );
});

async function checkTwiceAndLook(context: BrowserContext, worker: ExtensionWorker, extensionId: string) {
  const badge = () => worker.badge();
  await worker.storeRole('lis');

  // First run, started the way a user does it: "Sjekk lenkene nå" on the options page.
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByRole('button', { name: 'Sjekk lenkene nå' }).click();
  await expect(options.lastRun).toContainText('6 lenker, fullført', { timeout: 30_000 });
  const row = (id: string) => options.row(id);
  await expect(row('virker')).toHaveAttribute('data-link-state', 'ok');
  await expect(row('flyttet')).toHaveAttribute('data-link-state', 'moved');
  await expect(row('flyttet')).toContainText('/new-home');
  await expect(row('sperret')).toContainText('403');
  // One broken finding is not enough to say so.
  await expect(row('mangler')).toContainText('mulig brudd');
  expect(await badge()).toBe('');
  expect(server.log.hits.get('/missing')).toBe(1);

  // Second run six hours later by the extension's clock.
  await worker.worker.evaluate(
    (t) => (globalThis as unknown as WithHooks).spesTest.checkLinksAt(t),
    Date.now() + 6 * HOUR,
  );
  await expect(row('mangler')).toHaveAttribute('data-link-state', 'broken');
  await expect(row('sperret')).toHaveAttribute('data-link-state', 'unknown');
  await expect.poll(badge).toBe('2');

  const { page: popup } = await PopupPage.open(context, extensionId);
  const item = (id: string) => popup.locator(`li[data-entry-id="${id}"]`);
  await expect(item('mangler')).toHaveAttribute('data-link-state', 'broken');
  const note = item('mangler').getByTestId('link-broken');
  await expect(note).toContainText('Lenken virket ikke da den ble sjekket');
  await expect(note.getByRole('link', { name: 'Åpne likevel' })).toHaveAttribute('href', /\/missing$/);
  await expect(note.getByRole('link', { name: 'Arkivert kopi' })).toHaveAttribute(
    'href',
    /^https:\/\/web\.archive\.org\/web\/\*\/http:\/\/127\.0\.0\.1:\d+\/missing$/,
  );
  await expect(item('flyttet').getByTestId('link-moved')).toContainText('Siden er flyttet til');
  await expect(item('virker').getByRole('note')).toHaveCount(0);
  await expect(item('sperret').getByRole('note')).toHaveCount(0);
  // The broken link keeps its place in the list.
  await expect(popup.locator('li.entry').nth(2)).toHaveAttribute('data-entry-id', 'mangler');

  // "Alle roller" counts the front-page redirect of the other role too.
  await worker.storeRole('alle');
  await expect.poll(badge).toBe('3');
}
