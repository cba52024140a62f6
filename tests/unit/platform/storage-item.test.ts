import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, readItem } from '../../../lib/platform/storage';

interface Note {
  text: string;
  size: number;
  colour: string;
}

// v1 stored a bare string, v2 { text }, v3 adds size and colour; there is no step to v2 of
// `colour`, so that step must leave the value alone.
const noteItem = () =>
  defineItem<Note>('local:note', {
    fallback: { text: '', size: 1, colour: 'none' },
    version: 3,
    migrations: {
      2: (old) => ({ text: String(old) }),
      3: (old) => ({ ...(old as { text: string }), size: 2, colour: 'yellow' }),
    },
  });

describe('defineItem', () => {
  beforeEach(() => fakeBrowser.reset());

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
    const item = defineItem<string[]>('sync:list', { fallback: [], version: 1 });
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

  it('returns a value from a newer version untouched, for the caller to check', async () => {
    await fakeBrowser.storage.local.set({ note: { text: 'fra v4' }, note$: { v: 4 } });
    expect(await noteItem().getValue()).toEqual({ text: 'fra v4' });
  });

  it('rejects when a migration throws, and readItem then resets to the fallback', async () => {
    const item = defineItem<number>('local:count', {
      fallback: 0,
      version: 2,
      migrations: {
        2: () => {
          throw new Error('cannot read this');
        },
      },
    });
    await fakeBrowser.storage.local.set({ count: 'garbage' });
    await expect(item.getValue()).rejects.toThrow('cannot read this');
    expect(await readItem(item, (v): v is number => typeof v === 'number')).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('removes the value and its version marker', async () => {
    const item = noteItem();
    await item.setValue({ text: 'a', size: 1, colour: 'red' });
    await item.removeValue();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await item.getValue()).toEqual(item.fallback);
  });

  it('tells watchers of changes to its own key only, with the fallback for a removed value', async () => {
    const item = noteItem();
    const seen = vi.fn();
    const stop = item.watch(seen);
    await item.setValue({ text: 'a', size: 1, colour: 'red' });
    await fakeBrowser.storage.sync.set({ note: 'same name, other area' });
    await fakeBrowser.storage.local.set({ other: 1 });
    await item.removeValue();
    expect(seen.mock.calls).toEqual([
      [{ text: 'a', size: 1, colour: 'red' }, item.fallback],
      [item.fallback, { text: 'a', size: 1, colour: 'red' }],
    ]);
    stop();
    await item.setValue({ text: 'b', size: 1, colour: 'red' });
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
