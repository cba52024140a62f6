/**
 * Spes in real Firefox under a policies.json "3rdparty" policy. Firefox reads that file only when
 * it starts, so each test starts a Firefox of its own.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { nb } from '../../lib/i18n/nb';
import { GECKO_ID } from '../../lib/build/manifest-keys';
import { policySkipReason, writeTemporaryPolicy } from '../fixtures/policy-file';
import { extensionPage, launchFirefoxWithSpes, openInside, texts } from './firefox-helpers';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('Spes in Firefox under a policy', () => {
  // Debian's firefox-esr reads this file; Firefox has no per-user or per-run policy path.
  const policyFile = '/etc/firefox/policies/policies.json';
  const skip = policySkipReason(policyFile);

  /** Starts Firefox under a "3rdparty" policy for Spes and hands `check` its welcome page. */
  async function underPolicy(settings: object, check: (welcome: Page) => Promise<void>): Promise<void> {
    const removePolicy = writeTemporaryPolicy(policyFile, {
      policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } },
    });
    try {
      browser = await launchFirefoxWithSpes();
      const page = await extensionPage(browser, 'welcome.html');
      await page.waitForSelector('.done');
      await check(page);
    } finally {
      removePolicy();
    }
  }

  it.skipIf(skip !== null)(
    `follows a policies.json "3rdparty" policy${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const link = { title: 'Utdanningsutvalget', url: 'https://intranett.sykehus.example/uu' };
      const settings = { defaultRole: 'sykehus-leder', lockRole: true, extraLinks: [link] };
      await underPolicy(settings, async (page) => {
        expect(await page.$('.role-choice')).toBeNull();

        await openInside(page, '/popup.html');
        await page.waitForSelector('[data-testid="role-locked"]');
        expect(await texts(page, '[data-testid="role-name"]')).toEqual(['Leder på sykehus']);
        expect((await texts(page, '.group > h2')).at(-1)).toBe(nb.sectionTitles.org);
        expect(await page.$$eval('li.entry a', (as) => as.at(-1)?.getAttribute('href'))).toBe(link.url);
      });
    },
  );

  // Registry and ADMX deployments hand Firefox true/false as text or as 1/0 (docs/it-admin.md).
  it.skipIf(skip !== null)(
    `reads a policy's true/false given as text or a number${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const settings = { defaultRole: 'sykehus-leder', lockRole: 'true', checkLinks: 0 };
      await underPolicy(settings, async (page) => {
        await openInside(page, '/popup.html');
        await page.waitForSelector('[data-testid="role-locked"]');
        expect(await texts(page, '[data-testid="role-name"]')).toEqual(['Leder på sykehus']);

        await openInside(page, '/options.html');
        await page.waitForSelector('[data-testid="checks-off-by-org"]');
        expect(await page.$eval('[data-testid="interval"]', (s) => (s as HTMLSelectElement).disabled)).toBe(
          true,
        );
      });
    },
  );
});
