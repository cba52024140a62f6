/** The worker's side of "a link was opened" (entrypoints/background/recent.ts), over WXT's fake browser. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRecent } from '../../../entrypoints/background/recent';
import { recentItem } from '../../../lib/pinned';

const opened = (entryId: string) => fakeBrowser.runtime.sendMessage({ type: 'spes:entry-opened', entryId });

describe('recording opened links in the worker', () => {
  beforeAll(() => registerRecent());
  beforeEach(() => fakeBrowser.storage.resetState());

  it('keeps an id the catalogue has, and both of two sent at once', async () => {
    expect(await Promise.all([opened('spesialistforskriften'), opened('kompetanseportalen')])).toEqual([
      true,
      true,
    ]);
    expect((await recentItem.getValue()).ids.toSorted()).toEqual([
      'kompetanseportalen',
      'spesialistforskriften',
    ]);
  });

  it('keeps no id the catalogue lacks, however long', async () => {
    await opened('x'.repeat(2_000_000));
    await opened('no-such-entry');
    expect(await recentItem.getValue()).toEqual({ ids: [] });
  });
});
