/**
 * WCAG 2.2 AA in nynorsk and English: axe-core finds nothing on each page Spes shows (the popup's
 * role picker, the options page, the welcome page and the handout; the popup's list and the
 * search page with hits in tests/e2e/answers.spec.ts), in light and dark. Other words mean other
 * lengths and wraps, and each language is a chunk of its own, so the built extension is looked at
 * in Chromium, as tests/e2e/a11y.spec.ts does in bokmål.
 */
import type { Page } from '@playwright/test';
import type { Messages } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { nn } from '../../lib/i18n/nn';
import { expect, test } from './fixtures';
import { ExtensionWorker, expectNoAxeViolations } from './pages';

// axe-core reads the whole page twice a test (light and dark): up to 35 s on a busy two-core
// machine (tests/e2e/a11y.spec.ts).
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

interface Visit {
  name: string;
  /** The page's address inside the extension. */
  path: string;
  /** Whether a role is stored first (without one the popup shows its role picker). */
  role: boolean;
  /** Waits until the page shows what axe should read. */
  ready(page: Page, messages: Messages): Promise<void>;
}

const VISITS: Visit[] = [
  {
    name: 'popup: role picker',
    path: 'popup.html',
    role: false,
    ready: (page, m) => expect(page.getByRole('heading', { name: m.pickerHeading })).toBeVisible(),
  },
  {
    name: 'options page',
    path: 'options.html',
    role: true,
    ready: (page) => expect(page.getByTestId('language-setting')).toBeVisible(),
  },
  {
    name: 'welcome page',
    path: 'welcome.html',
    role: true,
    ready: (page, m) => expect(page.getByRole('heading', { name: m.welcomeTitle })).toBeVisible(),
  },
  {
    name: 'handout',
    path: 'handout.html?role=lis',
    role: true,
    ready: (page) => expect(page.locator('.handout-link').first()).toBeVisible(),
  },
];

for (const [language, messages] of [
  ['nn', nn],
  ['en', en],
] as const) {
  for (const visit of VISITS) {
    test(`${language}: ${visit.name}`, async ({ context, extensionId, serviceWorker }) => {
      const worker = new ExtensionWorker(serviceWorker);
      await worker.setSync({
        preferences: { role: visit.role ? 'lis' : null, language },
        preferences$: { v: 3 },
      });
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${visit.path}`);
      await visit.ready(page, messages);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page);
    });
  }
}
