import type { Browser, Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, groupsForRole } from '../../lib/catalogue';
import { nb } from '../../lib/i18n/nb';
import { GECKO_ID } from '../../lib/build/manifest-keys';
import { policySkipReason, writeTemporaryPolicy } from '../fixtures/policy-file';
import { extensionPage, launchFirefoxWithSpes, openInside, texts } from './firefox-helpers';

// Each test starts a Firefox of its own: two of the three need a policy file, which Firefox reads
// only when it starts, and the third is the only one left to share one with.
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('Spes in Firefox', () => {
  it('installs, opens the welcome page, takes a role and finds guidance', async () => {
    browser = await launchFirefoxWithSpes();
    const page = await extensionPage(browser, 'welcome.html');
    await page.waitForSelector('.role-choice');
    expect(await page.$$eval('.role-choice', (bs) => bs.map((b) => b.getAttribute('data-role')))).toEqual([
      ...catalogue.roles.map((r) => r.id),
      'alle',
    ]);
    await page.click('[data-role="lis"]');
    await page.waitForSelector('.done');

    await openInside(page, '/popup.html');
    await page.waitForSelector('[data-testid="role-name"]');
    expect(await texts(page, '[data-testid="role-name"]')).toEqual(['Lege i spesialisering (LIS)']);
    // Spes's own groups, past the seed's, carry their mark in the heading.
    expect(await texts(page, '.group > h2')).toEqual(
      groupsForRole(catalogue, 'lis').map((g) => (g.own ? `${g.title} (${nb.sectionTitles.own})` : g.title)),
    );

    await page.type('#search-input', 'kompetansevurdering');
    await page.waitForFunction(() => document.querySelector('.group > h2')?.textContent === 'Treff');
    const ids = await page.$$eval('li.entry', (lis) => lis.map((li) => li.getAttribute('data-entry-id')));
    expect(ids).toContain('kompetansevurdering');
  });

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
