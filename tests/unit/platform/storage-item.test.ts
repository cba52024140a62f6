import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, isObject } from '../../../lib/platform';

interface Note {
  text: string;
  size: number;
  colour: string;
}

const FALLBACK: Note = { text: '', size: 1, colour: 'none' };

/** Field by field, as every store repairs: a bad field takes its default, the rest stay. */
function repairNote(v: unknown): Note {
  const o = isObject(v) ? v : {};
  return {
    text: typeof o.text === 'string' ? o.text : FALLBACK.text,
    size: typeof o.size === 'number' ? o.size : FALLBACK.size,
    colour: typeof o.colour === 'string' ? o.colour : FALLBACK.colour,
  };
}

const noteItem = () => defineItem<Note>('local:note', FALLBACK, repairNote);

describe('defineItem', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('gives the fallback while nothing is stored', async () => {
    expect(await noteItem().getValue()).toEqual({ text: '', size: 1, colour: 'none' });
  });

  it('stores the value under its key, with its shape version beside it in the same write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await noteItem().setValue({ text: 'hei', size: 3, colour: 'blue' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      note: { text: 'hei', size: 3, colour: 'blue' },
      note$: { v: 1 },
    });
    expect(await noteItem().getValue()).toEqual({ text: 'hei', size: 3, colour: 'blue' });
  });

  it('tells the repair which shape version the value was stored under (1 without a marker)', async () => {
    const seen: number[] = [];
    const item = defineItem<Note>(
      'local:note',
      FALLBACK,
      (v, storedVersion) => {
        seen.push(storedVersion);
        return repairNote(v);
      },
      2,
    );
    await fakeBrowser.storage.local.set({ note: { text: 'gammel' } });
    await item.getValue();
    await fakeBrowser.storage.local.set({ note$: { v: 5 } });
    await item.getValue();
    await fakeBrowser.storage.local.set({ note$: { v: 'x' } });
    await item.getValue();
    await item.setValue({ text: 'ny', size: 2, colour: 'red' });
    await item.getValue();
    expect(seen).toEqual([1, 5, 1, 2]);
    await item.removeValue();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('repairs a bad field and keeps the good ones, and leaves what is stored as it was', async () => {
    const stored = { text: 'behold', size: 'x', colour: 'red', shape: 'from a newer Spes' };
    await fakeBrowser.storage.local.set({ note: stored });
    expect(await noteItem().getValue()).toEqual({ text: 'behold', size: 1, colour: 'red' });
    expect(await fakeBrowser.storage.local.get('note')).toEqual({ note: stored });
  });

  it('repairs a value that is no object at all to the fallback', async () => {
    await fakeBrowser.storage.local.set({ note: 'gammel' });
    expect(await noteItem().getValue()).toEqual(FALLBACK);
  });

  it('falls back when storage itself fails', async () => {
    const broken = defineItem<number>('local:count', 5, Number);
    const get = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('storage is gone'));
    try {
      expect(await broken.getValue()).toBe(5);
    } finally {
      fakeBrowser.storage.local.get = get;
    }
  });

  it('updates from the current value', async () => {
    const item = noteItem();
    await item.setValue({ text: 'a', size: 1, colour: 'red' });
    await item.update((now) => ({ ...now, size: now.size + 1 }));
    expect(await item.getValue()).toEqual({ text: 'a', size: 2, colour: 'red' });
  });

  it('removes the value', async () => {
    const item = noteItem();
    await item.setValue({ text: 'a', size: 1, colour: 'red' });
    await item.removeValue();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await item.getValue()).toEqual(item.fallback);
  });

  it('tells watchers of changes to its own key only, repaired, with the fallback for a removed value', async () => {
    const item = noteItem();
    const seen = vi.fn();
    const stop = item.watch(seen);
    await item.setValue({ text: 'a', size: 1, colour: 'red' });
    await fakeBrowser.storage.sync.set({ note: 'same name, other area' });
    await fakeBrowser.storage.local.set({ other: 1 });
    await item.removeValue();
    await fakeBrowser.storage.local.set({ note: { text: 'c', size: 'huge' } });
    expect(seen.mock.calls).toEqual([
      [{ text: 'a', size: 1, colour: 'red' }],
      [item.fallback],
      [{ text: 'c', size: 1, colour: 'none' }],
    ]);
    stop();
    await item.setValue({ text: 'b', size: 1, colour: 'red' });
    expect(seen).toHaveBeenCalledTimes(3);
  });

  it('never writes on a read, whatever it repairs: every write to storage.sync spends quota', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await fakeBrowser.storage.sync.set({ note: { text: 'a', size: 'x' } });
    set.mockClear();
    const item = defineItem<Note>('sync:note', FALLBACK, repairNote);
    for (let i = 0; i < 5; i++) expect(await item.getValue()).toEqual({ text: 'a', size: 1, colour: 'none' });
    expect(set).not.toHaveBeenCalled();
  });

  describe('when the browser refuses a write (quota spent, storage off)', () => {
    const refuse = (area: 'local' | 'sync') =>
      vi
        .spyOn(fakeBrowser.storage[area], 'set')
        .mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));

    it('resolves to false instead of throwing, and shows the value to this page until storage changes', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const item = noteItem();
      const seen = vi.fn();
      item.watch(seen);
      const set = refuse('local');
      expect(await item.setValue({ text: 'valgt', size: 1, colour: 'red' })).toBe(false);
      expect(seen).toHaveBeenLastCalledWith({ text: 'valgt', size: 1, colour: 'red' });
      expect(await item.getValue()).toEqual({ text: 'valgt', size: 1, colour: 'red' });
      expect(await item.update((now) => ({ ...now, size: 2 }))).toBe(false);
      expect(await item.getValue()).toEqual({ text: 'valgt', size: 2, colour: 'red' });

      // Another page's write that the browser took is the truth again.
      set.mockRestore();
      await fakeBrowser.storage.local.set({ note: { text: 'annen side', size: 1, colour: 'red' } });
      expect(await item.getValue()).toEqual({ text: 'annen side', size: 1, colour: 'red' });
      expect(await item.setValue({ text: 'lagret', size: 1, colour: 'red' })).toBe(true);
    });
  });
});
