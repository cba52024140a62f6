/**
 * One typed value in extension storage: the primitive every store in lib/ is built on (lib/prefs,
 * lib/pinned, lib/links). Small on purpose: the popup and the background worker load it on every
 * start, and they need only get, set, update, remove and watch.
 *
 * Versioned: each write stores the item's shape version beside the value, as `{ v: N }` under
 * `key$` in the same write (no marker means version 1), and `repair` receives the version the
 * value was written under. Today every repair reads each older shape by its structure (a bare
 * role id keeps its role); the version is there so that a future shape that cannot be told apart
 * by structure still can be.
 *
 * Every value read passes through the item's `repair`, which keeps each good field and resets
 * only the bad ones: one unknown language must not cost the user their role, one bad favourite
 * id not every favourite. A read never writes: the repair runs again on every read, every write to
 * storage.sync spends a quota of 120 a minute, and a value that another version of Spes wrote (a
 * second machine syncing, a downgrade) stays as that version wrote it until this one saves anew.
 *
 * A write the browser refuses (quota spent, storage switched off) never throws into the page:
 * the value is kept in this page's memory and shown to this page's watchers, so a choice the
 * user just made stays on screen, and `setValue` resolves to false.
 */
import { browser } from 'wxt/browser';

/** A value that can be read and watched: a storage item, or the organisation's policy. */
export interface Live<T> {
  readonly fallback: T;
  /** The current value, always valid; the fallback when there is none or it cannot be read. */
  getValue(): Promise<T>;
  /** Calls back with the new value on every change, from any page; returns a function that stops it. */
  watch(onChange: (now: T) => void): () => void;
}

export interface StorageItem<T> extends Live<T> {
  /** Resolves to false when the browser refused the write (the page still shows the value). */
  setValue(value: T): Promise<boolean>;
  /** Reads, changes and writes back; the change sees the current valid value. */
  update(change: (now: T) => T): Promise<boolean>;
  removeValue(): Promise<boolean>;
}

type Changes = Record<string, { newValue?: unknown }>;

/**
 * `repair` turns any stored value into a valid one, keeping what is good (`fallback` when nothing
 * is); it is told the shape version the value was stored under. `version` is this build's shape.
 */
export function defineItem<T>(
  key: `${'local' | 'sync'}:${string}`,
  fallback: T,
  repair: (value: unknown, storedVersion: number) => T,
  version = 1,
): StorageItem<T> {
  const [area, name] = key.split(':') as ['local' | 'sync', string];
  const marker = `${name}$`;
  const store = () => browser.storage[area];
  const versionIn = (stored: unknown): number => {
    const v = isObject(stored) ? stored.v : undefined;
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 1;
  };
  const valid = (value: unknown, storedVersion: number): T =>
    value === undefined || value === null ? fallback : repair(value, storedVersion);
  // What this page asked to store and the browser refused; cleared by the next stored change.
  let unsaved: { value: T } | undefined;
  const pageWatchers = new Set<(now: T) => void>();

  async function getValue(): Promise<T> {
    if (unsaved) return unsaved.value;
    try {
      const stored = await store().get([name, marker]);
      return valid(stored[name], versionIn(stored[marker]));
    } catch {
      return fallback;
    }
  }

  /** Stores `value`, or removes the item (which then reads as `value`, the fallback); false when refused. */
  async function write(value: T, remove = false): Promise<boolean> {
    try {
      await (remove
        ? store().remove([name, marker])
        : store().set({ [name]: value, [marker]: { v: version } }));
      unsaved = undefined;
      return true;
    } catch (error) {
      console.warn(`Spes could not save ${key}; it is kept for this page only.`, error);
      unsaved = { value };
      pageWatchers.forEach((onChange) => onChange(value));
      return false;
    }
  }

  // Updates in one page or worker run one after another: two at once would both read the old
  // value, and the second write would drop the first one's change.
  let lastUpdate: Promise<unknown> = Promise.resolve();
  function update(change: (now: T) => T): Promise<boolean> {
    const next = lastUpdate.then(async () => write(change(await getValue())));
    lastUpdate = next.catch(() => undefined);
    return next;
  }

  return {
    fallback,
    getValue,
    setValue: (value) => write(value),
    update,
    removeValue: () => write(fallback, true),
    watch(onChange) {
      const listener = (changes: Changes, where: string) => {
        const change = where === area ? changes[name] : undefined;
        if (!change) return;
        unsaved = undefined;
        // A change that comes without a marker was written by a build of this shape.
        const storedVersion = changes[marker] ? versionIn(changes[marker].newValue) : version;
        onChange(valid(change.newValue, storedVersion));
      };
      browser.storage.onChanged.addListener(listener);
      pageWatchers.add(onChange);
      return () => {
        browser.storage.onChanged.removeListener(listener);
        pageWatchers.delete(onChange);
      };
    },
  };
}

/** Helpers for `repair` functions: each keeps a field when it is good and resets it when not. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const oneOf =
  <V extends string>(values: readonly V[], fallback: V) =>
  (v: unknown): V =>
    values.includes(v as V) ? (v as V) : fallback;
