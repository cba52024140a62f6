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

// v1 stored a bare string, v2 { text }, v3 adds size and colour.
const noteItem = () =>
  defineItem<Note>('local:note', {
    fallback: FALLBACK,
    version: 3,
    migrations: {
      2: (old) => ({ text: String(old) }),
      3: (old) => ({ ...(old as { text: string }), size: 2, colour: 'yellow' }),
    },
    repair: repairNote,
  });

describe('defineItem', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('gives the fallback while nothing is stored', async () => {
    expect(await noteItem().getValue()).toEqual({ text: '', size: 1, colour: 'none' });
  });

  it('stores the value under its key and its version under key$', async () => {
    await noteItem().setValue({ text: 'hei', size: 3, colour: 'blue' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      note: { text: 'hei', size: 3, colour: 'blue' },
      note$: { v: 3 },
    });
    expect(await noteItem().getValue()).toEqual({ text: 'hei', size: 3, colour: 'blue' });
  });

  it('writes no version for version 1, which is what a missing version means', async () => {
    const item = defineItem<string[]>('sync:list', {
      fallback: [],
      version: 1,
      repair: (v) => (Array.isArray(v) ? v.map(String) : []),
    });
    await item.setValue(['a']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ list: ['a'] });
  });

  it('migrates a v1 value step by step on read and writes the result back', async () => {
    await fakeBrowser.storage.local.set({ note: 'gammel' });
    expect(await noteItem().getValue()).toEqual({ text: 'gammel', size: 2, colour: 'yellow' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      note: { text: 'gammel', size: 2, colour: 'yellow' },
      note$: { v: 3 },
    });
  });

  it('starts from the stored version, so a step is never run twice', async () => {
    await fakeBrowser.storage.local.set({ note: { text: 'ny', size: 9 }, note$: { v: 2 } });
    await noteItem().migrate();
    expect(await fakeBrowser.storage.local.get('note')).toEqual({
      note: { text: 'ny', size: 2, colour: 'yellow' },
    });
  });

  it.each([
    ['a string', 'x'],
    ['zero', 0],
    ['a fraction', 1.5],
    ['an array', [3]],
  ])('reads a version marker that is %s as version 1', async (_name, v) => {
    await fakeBrowser.storage.local.set({ note: 'tekst', note$: { v } });
    expect((await noteItem().getValue()).text).toBe('tekst');
  });

  it('repairs a value from a newer version for this build, and leaves it stored as it was', async () => {
    const newer = { text: 'fra v4', size: 'stor', shape: 'round' };
    await fakeBrowser.storage.local.set({ note: newer, note$: { v: 4 } });
    expect(await noteItem().getValue()).toEqual({ text: 'fra v4', size: 1, colour: 'none' });
    expect(await fakeBrowser.storage.local.get('note')).toEqual({ note: newer });
  });

  it('repairs a bad field and keeps the good ones, and writes the repair back', async () => {
    await fakeBrowser.storage.local.set({
      note: { text: 'behold', size: 'x', colour: 'red' },
      note$: { v: 3 },
    });
    expect(await noteItem().getValue()).toEqual({ text: 'behold', size: 1, colour: 'red' });
    expect(await fakeBrowser.storage.local.get('note')).toEqual({
      note: { text: 'behold', size: 1, colour: 'red' },
    });
  });

  it('falls back when a migration throws, and never rejects', async () => {
    const item = defineItem<number>('local:count', {
      fallback: 0,
      version: 2,
      migrations: {
        2: () => {
          throw new Error('cannot read this');
        },
      },
      repair: (v) => (typeof v === 'number' ? v : 0),
    });
    await fakeBrowser.storage.local.set({ count: 'garbage' });
    expect(await item.getValue()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ count: 0, count$: { v: 2 } });
  });

  it('falls back when storage itself fails', async () => {
    const broken = defineItem<number>('local:count', { fallback: 5, version: 1, repair: Number });
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

  it('removes the value and its version marker', async () => {
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

  describe('as Chromium stores it: keys come back sorted, and every write spends sync quota', () => {
    /** Reads give each stored object's keys in sorted order, as Chromium's storage does. */
    function sortKeysOnRead(area: 'local' | 'sync') {
      const sorted = (v: unknown): unknown =>
        isObject(v)
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted(v[k])]),
            )
          : v;
      const get = fakeBrowser.storage[area].get.bind(fakeBrowser.storage[area]);
      vi.spyOn(fakeBrowser.storage[area], 'get').mockImplementation(
        async (keys) => sorted(await get(keys)) as never,
      );
      return vi.spyOn(fakeBrowser.storage[area], 'set');
    }

    it('never writes on a read of a value that is already valid', async () => {
      const set = sortKeysOnRead('local');
      // Written in the item's own field order (text, size, colour): read back as colour, size, text.
      await noteItem().setValue({ text: 'a', size: 1, colour: 'red' });
      const writesBefore = set.mock.calls.length;
      for (let i = 0; i < 5; i++) await noteItem().getValue();
      expect(set.mock.calls.length - writesBefore).toBe(0);
    });

    it('still writes back a value that a repair really changed', async () => {
      const set = sortKeysOnRead('local');
      await fakeBrowser.storage.local.set({ note: { text: 'a', size: 'x', colour: 'red' }, note$: { v: 3 } });
      set.mockClear();
      await noteItem().getValue();
      await noteItem().getValue();
      expect(set).toHaveBeenCalledTimes(1);
    });

    it('counts a field the repair leaves undefined as absent, as storage does', async () => {
      const item = defineItem<{ a: number; b?: string }>('local:optional', {
        fallback: { a: 0 },
        version: 1,
        repair: (v) => ({ a: isObject(v) && typeof v.a === 'number' ? v.a : 0, b: undefined }),
      });
      const set = sortKeysOnRead('local');
      await fakeBrowser.storage.local.set({ optional: { a: 2 } });
      set.mockClear();
      expect(await item.getValue()).toEqual({ a: 2 });
      expect(set).not.toHaveBeenCalled();
    });
  });

  describe('when the browser refuses a write (quota spent, storage off)', () => {
    const refuse = (area: 'local' | 'sync') =>
      vi
        .spyOn(fakeBrowser.storage[area], 'set')
        .mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));

    it('keeps the value it read when mending it is refused', async () => {
      await fakeBrowser.storage.local.set({
        note: { text: 'behold', size: 'x', colour: 'red' },
        note$: { v: 3 },
      });
      refuse('local');
      expect(await noteItem().getValue()).toEqual({ text: 'behold', size: 1, colour: 'red' });
    });

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
      await fakeBrowser.storage.local.set({
        note: { text: 'annen side', size: 1, colour: 'red' },
        note$: { v: 3 },
      });
      expect(await item.getValue()).toEqual({ text: 'annen side', size: 1, colour: 'red' });
      expect(await item.setValue({ text: 'lagret', size: 1, colour: 'red' })).toBe(true);
    });
  });
});
