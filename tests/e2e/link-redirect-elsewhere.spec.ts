/**
 * A link that redirects to a host outside the extension's permissions, checked by the extension
 * itself in Chromium, where the browser follows redirects and hides a refused one as a network
 * failure (entrypoints/background/link-check.ts, `hiddenRedirects`). The other host is asked at most
 * once a run, and the link is never counted as moved. Needs the browser: only Chromium's own
 * fetch in the service worker, under the permissions of a real manifest, hides the redirect.
 *
 * The test build's catalogue (wxt.config.ts, SPES_CATALOGUE) has links on 127.0.0.1 only, so
 * its host permissions are http://127.0.0.1/* alone; the link server answers as "localhost" too,
 * which is the host outside them.
 */
import type { Catalogue } from '../../lib/catalogue';
import { startLinkServer, type LinkServer } from '../fixtures/link-server';
import { buildWithCatalogue, freePort, type TestBuild } from '../fixtures/test-build';
import { expect, test, withFreshBrowser } from './fixtures';
import { ExtensionWorker } from './pages';

const HOUR = 3_600_000;

/** What the test reads in the worker: its manifest, and the test build's hook (link-check.ts). */
interface WithHooks {
  chrome: { runtime: { getManifest(): { host_permissions?: string[] } } };
  spesTest: { checkLinksAt(time: number): Promise<{ verdict: string; checked: number }> };
}
type StoredHealth = { links: Record<string, { state: string; latest: { reason: string } }> };

// On the link server (tests/fixtures/link-scenarios.ts): /cross/… answers 302 to
// http://localhost:<port>/slowish/…, /moved 301 to /new-home on the same host.
const PATHS = { elsewhere: '/cross/andre-steder', moved: '/moved', ok: '/ok', ok2: '/ok/to' } as const;
const OTHER_HOST_PATH = '/slowish/andre-steder';

function catalogueOn(port: number): Catalogue {
  const entries = Object.entries(PATHS).map(([id, path]) => ({
    id,
    title: `Testside ${id}`,
    url: `http://127.0.0.1:${port}${path}`,
    publisher: 'Testutgiver',
    kind: 'temaside',
    description: `En side på testtjeneren som svarer som «${id}».`,
    keywords: [id],
  }));
  const group = { title: 'Testlenker', entries: entries.map((e) => e.id) };
  return {
    version: 1,
    entries,
    roles: [{ id: 'lis', name: 'Lege i spesialisering (LIS)', summary: 'Testrollen.', groups: [group] }],
  };
}

let server: LinkServer;
let build: TestBuild;

test.beforeAll(async () => {
  test.setTimeout(180_000); // one build of the extension, on a busy machine
  const port = await freePort();
  build = buildWithCatalogue(catalogueOn(port));
  server = await startLinkServer(port);
});

test.afterAll(async () => {
  await server?.close();
  build?.remove();
});

test('a redirect to a host outside the permissions: one request to that host a run, never moved', async () => {
  test.setTimeout(90_000);
  const url = (path: string) => server.url(path);
  await withFreshBrowser(
    async ({ worker }) => {
      const manifest = await worker.evaluate(() =>
        (globalThis as unknown as WithHooks).chrome.runtime.getManifest(),
      );
      expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
      const asked = () => server.log.hits.get(OTHER_HOST_PATH) ?? 0;
      expect(asked()).toBe(0);

      // Two runs hours apart by the extension's clock, as a broken or moved finding needs.
      for (const [run, at] of [Date.now(), Date.now() + 6 * HOUR].entries()) {
        const done = await worker.evaluate(
          (time) => (globalThis as unknown as WithHooks).spesTest.checkLinksAt(time),
          at,
        );
        expect(done).toMatchObject({ verdict: 'trusted', checked: Object.keys(PATHS).length });
        expect(asked(), `requests to the other host after run ${run + 1}`).toBeLessThanOrEqual(run + 1);
      }

      const { links } = (await new ExtensionWorker(worker).local('linkHealth')) as StoredHealth;
      expect(links[url(PATHS.elsewhere)]).toMatchObject({
        state: 'unknown',
        latest: { reason: 'redirect-elsewhere' },
      });
      // The same run tells a redirect it may follow: the test can see a move when there is one.
      expect(links[url(PATHS.moved)]?.state).toBe('moved');
      expect(links[url(PATHS.ok)]?.state).toBe('ok');
    },
    { extensionDir: build.dir },
  );
});
