/**
 * Spes's own catalogue texts follow the UI language: in English and nynorsk the popup shows an
 * entry's description, a dated note and the seed's group headings in that language, not bokmål.
 * It needs the browser because the language comes from storage.sync, and the popup loads the
 * chosen language's texts as a chunk of its own in the built extension.
 */
import { catalogue } from '../../lib/catalogue';
import { en } from '../../lib/i18n/en';
import { nn } from '../../lib/i18n/nn';
import { expect, test } from './fixtures';

const regulation = catalogue.entries.find((e) => e.id === 'spesialistforskriften');
const goals = catalogue.entries.find((e) => e.id === 'felles-kompetansemal');
const HEADING = 'Avtaler og tilskudd';

/** What this test reads of the service worker's `chrome`. */
interface Sw {
  chrome: { storage: { sync: { set(items: object): Promise<void> } } };
}

const cases = [
  { language: 'en', messages: en, description: regulation?.descriptionEn, note: goals?.note?.textEn },
  { language: 'nn', messages: nn, description: regulation?.descriptionNn, note: goals?.note?.textNn },
] as const;

for (const { language, messages, description, note } of cases) {
  test(`the popup in ${language} shows descriptions, notes and headings in ${language}`, async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    if (!description || !note) throw new Error('the catalogue lost a translated text this test reads');
    await serviceWorker.evaluate(
      (language) =>
        (globalThis as unknown as Sw).chrome.storage.sync.set({
          preferences: { role: 'lis', language },
          preferences$: { v: 3 },
        }),
      language,
    );
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);

    const entry = popup.locator('li.entry[data-entry-id="spesialistforskriften"]');
    await expect(entry.locator('.entry-description')).toHaveText(description);
    await expect(entry.locator('.entry-title')).toHaveText('Spesialistforskriften');
    const noted = popup.locator('li.entry[data-entry-id="felles-kompetansemal"]');
    await expect(noted.getByTestId('entry-note')).toContainText(note);
    await expect(popup.getByRole('heading', { name: messages.groupTitles[HEADING] })).toBeVisible();
    await expect(popup.getByRole('heading', { name: HEADING, exact: true })).toHaveCount(0);
  });
}
