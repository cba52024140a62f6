/**
 * One typed value in extension storage: the primitive every store in lib/ is built on. Small on
 * purpose: the popup and the worker load it on every start.
 *
 * Versioned: each write stores the item's shape version beside the value (`{ v: N }` under `key$`,
 * none meaning 1), and `repair` is told it, so that a future shape that cannot be told apart from
 * an older one by its structure still can be.
 *
 * A read never writes: `repair` runs on every read instead, every write to storage.sync spends a
 * quota of 120 a minute, and a value another version of Spes wrote (a second machine syncing, a
 * downgrade) stays as it wrote it until this one saves anew. A write the browser refuses (quota
 * spent, storage switched off) never throws into the page: the value is kept in this page's memory
 * and shown to its watchers, so a choice the user just made stays on screen.
 */
import { extensionApi, listenTo } from './storage';

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

/**
 * `repair` turns any stored value into a valid one, keeping each good field and resetting only the
 * bad ones (one unknown language must not cost the user their role); it is told the shape version
 * the value was stored under. `version` is this build's shape.
 */
export function defineItem<T>(
  key: `${'local' | 'sync'}:${string}`,
  fallback: T,
  repair: (value: unknown, storedVersion: number) => T,
  version = 1,
): StorageItem<T> {
  const [area, name] = key.split(':') as ['local' | 'sync', string];
  const marker = `${name}$`;
  const store = async () => (await extensionApi()).storage[area];
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
      const stored = await (await store()).get([name, marker]);
      return valid(stored[name], versionIn(stored[marker]));
    } catch {
      return fallback;
    }
  }

  /** Stores `value`, or removes the item (which then reads as `value`, the fallback); false when refused. */
  async function write(value: T, remove = false): Promise<boolean> {
    try {
      const stored = await store();
      await (remove
        ? stored.remove([name, marker])
        : stored.set({ [name]: value, [marker]: { v: version } }));
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
      const listener = (changes: Record<string, { newValue?: unknown }>, where: string) => {
        const change = where === area ? changes[name] : undefined;
        if (!change) return;
        unsaved = undefined;
        // A change that comes without a marker was written by a build of this shape.
        const storedVersion = changes[marker] ? versionIn(changes[marker].newValue) : version;
        onChange(valid(change.newValue, storedVersion));
      };
      const stop = listenTo((api) => api.storage.onChanged, listener);
      pageWatchers.add(onChange);
      return () => {
        stop();
        pageWatchers.delete(onChange);
      };
    },
  };
}

/**
 * The organisation's policy area (storage.managed, read-only: it belongs to the IT department),
 * read afresh on every call and turned into a value by `parse`. Browsers and tests without the
 * API, and Firefox, which rejects the read when no policy names Spes, read as `parse(undefined)`.
 */
export function managedValue<T>(parse: (raw: unknown) => T): Live<T> {
  const fallback = parse(undefined);
  async function getValue(): Promise<T> {
    try {
      return parse(await (await extensionApi()).storage.managed.get());
    } catch {
      return fallback;
    }
  }
  return {
    fallback,
    getValue,
    watch: (onChange) =>
      listenTo(
        (api) => api.storage.onChanged,
        (_changes: unknown, area: string) => {
          if (area === 'managed') void getValue().then(onChange);
        },
      ),
  };
}

/** Helpers for `repair` functions: each keeps a field when it is good and resets it when not. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const oneOf =
  <V extends string>(values: readonly V[], fallback: V) =>
  (v: unknown): V =>
    values.includes(v as V) ? (v as V) : fallback;
