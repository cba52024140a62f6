/**
 * One typed, versioned value in extension storage: the primitive every store in lib/ is built on
 * (lib/prefs, lib/pinned, lib/links). Small on purpose: the popup and the background worker load
 * it on every start, and they need only get, set, update, remove and watch.
 *
 * Layout: the value under its own key; from version 2 on, `{ v: N }` under `key$`. No `key$`
 * means version 1, so data written by an older build (which used this layout too) reads as is.
 * An old value is migrated on read, one version step at a time, and written back with its new
 * version; there is no start-up pass to wait for, and two pages migrating at once write the same.
 *
 * Every value read passes through the item's `repair`, which keeps each good field and resets
 * only the bad ones: one unknown language must not cost the user their role, one bad favourite
 * id not every favourite. A repaired value is written back, so the damage is mended once; a value
 * that reads back equal (whatever its key order: Chromium returns keys sorted) is never written,
 * because every write to storage.sync spends a quota of 120 a minute.
 *
 * A write the browser refuses (quota spent, storage switched off) never throws into the page:
 * the value is kept in this page's memory and shown to this page's watchers, so a choice the
 * user just made stays on screen, and `setValue` resolves to false.
 */
type Area = 'local' | 'sync';

/** The part of `browser.storage` an item uses; lib/platform/storage.ts passes the real one in. */
export interface StorageApi {
  local: StorageArea;
  sync: StorageArea;
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}
interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
type ChangeListener = (
  changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
  area: string,
) => void;
type Migration = (old: unknown) => unknown;

export interface ItemOptions<T> {
  fallback: T;
  version: number;
  /** `migrations[n]` turns a version n-1 value into version n; it may meet any shape. */
  migrations?: Record<number, Migration>;
  /** Any stored value to a valid one, keeping what is good (the fallback when nothing is). */
  repair: (value: unknown) => T;
}

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
  /** Migrates (and repairs) a stored value now rather than on the next read. */
  migrate(): Promise<void>;
}

const versionOf = (meta: unknown): number => {
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
};

const ignore = () => undefined;

/** Runs the steps from `from` up to `to`; a step with no function keeps the value as it is. */
function upgrade(value: unknown, from: number, to: number, migrations: Record<number, Migration>) {
  let upgraded = value;
  for (let next = from + 1; next <= to; next++) upgraded = migrations[next]?.(upgraded) ?? upgraded;
  return upgraded;
}

/**
 * Equal as stored values: the same JSON data, whatever the order of object keys, and with a key
 * whose value is undefined counted as absent (storage drops it).
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const definedKeys = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const aEntries = definedKeys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aEntries.length === definedKeys(b).length && aEntries.every(([key, v]) => sameValue(v, bRecord[key]))
  );
}

/**
 * Returns `defineItem` over `api`, which is looked up on each call, not at definition: unit tests
 * swap the browser's storage out between tests.
 */
export const itemDefiner =
  (api: () => StorageApi) =>
  <T>(key: `${Area}:${string}`, options: ItemOptions<T>): StorageItem<T> => {
    const [area, name] = key.split(':') as [Area, string];
    const metaName = `${name}$`;
    const { fallback, version, migrations = {}, repair } = options;
    const store = () => api()[area];
    const withVersion = (value: unknown) =>
      version > 1 ? { [name]: value, [metaName]: { v: version } } : { [name]: value };
    const safeRepair = (value: unknown): T => {
      try {
        return repair(value);
      } catch {
        return fallback;
      }
    };

    async function read(): Promise<T> {
      const stored = await store().get([name, metaName]);
      const value: unknown = stored[name];
      if (value === undefined || value === null) return fallback;
      const from = versionOf(stored[metaName]);
      // A newer version's value (after a downgrade) is repaired for this build but not written:
      // the newer build that wrote it may come back.
      if (from > version) return safeRepair(value);
      let upgraded: unknown;
      try {
        upgraded = upgrade(value, from, version, migrations);
      } catch {
        upgraded = undefined; // An unreadable old shape: nothing of it can be kept.
      }
      const repaired = upgraded === undefined ? fallback : safeRepair(upgraded);
      // Mending is a courtesy: a refused write must not cost the value just read.
      if (from < version || !sameValue(repaired, value))
        await store().set(withVersion(repaired)).catch(ignore);
      return repaired;
    }

    // What this page asked to store and the browser refused; cleared by the next stored change.
    let unsaved: { value: T } | undefined;
    const pageWatchers = new Set<(now: T) => void>();

    const getValue = (): Promise<T> =>
      unsaved ? Promise.resolve(unsaved.value) : read().catch(() => fallback);

    /** Stores `value`, or removes the item (which then reads as `value`, the fallback); false when refused. */
    async function write(value: T, remove = false): Promise<boolean> {
      try {
        await (remove ? store().remove([name, metaName]) : store().set(withVersion(value)));
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
      lastUpdate = next.catch(ignore);
      return next;
    }

    return {
      fallback,
      getValue,
      setValue: write,
      update,
      removeValue: () => write(fallback, true),
      migrate: async () => void (await getValue()),
      watch(onChange) {
        const listener: ChangeListener = (changes, where) => {
          const change = where === area ? changes[name] : undefined;
          if (!change) return;
          unsaved = undefined;
          onChange(change.newValue == null ? fallback : safeRepair(change.newValue));
        };
        api().onChanged.addListener(listener);
        pageWatchers.add(onChange);
        return () => {
          api().onChanged.removeListener(listener);
          pageWatchers.delete(onChange);
        };
      },
    };
  };

/** Helpers for `repair` functions: each keeps a field when it is good and resets it when not. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const oneOf =
  <V extends string>(values: readonly V[], fallback: V) =>
  (v: unknown): V =>
    values.includes(v as V) ? (v as V) : fallback;
