/**
 * Link health in the real extension: a test build whose catalogue and host permissions
 * point at the local link server (wxt.config.ts, SPES_CATALOGUE), checked twice, hours
 * apart by the extension's clock, then the popup's marking and the badge are asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { linkCatalogue } from '../fixtures/link-catalogue';
import { startLinkServer, type LinkServer } from '../fixtures/link-server';
import { expect, launchWithExtension, newProfileDir, serviceWorkerOf, test } from './fixtures';

const TEST_BUILD = resolve('.output/test-catalogue/chrome-mv3');
const HOUR = 3_600_000;

interface SpesWorker {
  chrome: {
    action: { getBadgeText(details: object): Promise<string> };
    storage: { sync: { set(items: object): Promise<void> } };
  };
  spesTest: { checkLinksAt(time: number): Promise<unknown> };
}

/** A port free right now, so the catalogue can name it before the server starts. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

let server: LinkServer;
let workDir: string;
let profileDir: string;
let context: BrowserContext;
let worker: Worker;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  workDir = mkdtempSync(join(tmpdir(), 'spes-link-e2e-'));
  const file = join(workDir, 'catalogue.json');
  writeFileSync(file, JSON.stringify(linkCatalogue(port)));
  execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, SPES_CATALOGUE: file }, stdio: 'pipe' });
  server = await startLinkServer(port);
  profileDir = newProfileDir();
  context = await launchWithExtension(profileDir, TEST_BUILD);
  worker = await serviceWorkerOf(context);
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [workDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const badge = () =>
  worker.evaluate(() => (globalThis as unknown as SpesWorker).chrome.action.getBadgeText({}));
const setRole = (role: string) =>
  worker.evaluate(
    (r) =>
      (globalThis as unknown as SpesWorker).chrome.storage.sync.set({
        preferences: { role: r, language: 'auto' },
        preferences$: { v: 3 },
      }),
    role,
  );

test('a link is marked broken after two runs hours apart, in the popup and the badge', async () => {
  const extensionId = new URL(worker.url()).host;
  await setRole('lis');

  // First run, started the way a user does it: "Sjekk lenkene nå" on the options page.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Sjekk lenkene nå' }).click();
  await expect(options.getByTestId('last-run')).toContainText('6 lenker, fullført', { timeout: 30_000 });
  const row = (id: string) => options.locator(`tr[data-entry-id="${id}"]`);
  await expect(row('virker')).toHaveAttribute('data-link-state', 'ok');
  await expect(row('flyttet')).toHaveAttribute('data-link-state', 'moved');
  await expect(row('flyttet')).toContainText('/new-home');
  await expect(row('sperret')).toContainText('403');
  // One broken finding is not enough to say so.
  await expect(row('mangler')).toContainText('mulig brudd');
  expect(await badge()).toBe('');
  expect(server.log.hits.get('/missing')).toBe(1);

  // Second run six hours later by the extension's clock.
  await worker.evaluate(
    (t) => (globalThis as unknown as SpesWorker).spesTest.checkLinksAt(t),
    Date.now() + 6 * HOUR,
  );
  await expect(row('mangler')).toHaveAttribute('data-link-state', 'broken');
  await expect(row('sperret')).toHaveAttribute('data-link-state', 'unknown');
  await expect.poll(badge).toBe('2');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
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
  await setRole('alle');
  await expect.poll(badge).toBe('3');
});
