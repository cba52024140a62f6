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
 * id not every favourite. A repaired value is written back, so the damage is mended once.
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
  setValue(value: T): Promise<void>;
  /** Reads, changes and writes back; the change sees the current valid value. */
  update(change: (now: T) => T): Promise<void>;
  removeValue(): Promise<void>;
  /** Migrates (and repairs) a stored value now rather than on the next read. */
  migrate(): Promise<void>;
}

const versionOf = (meta: unknown): number => {
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
};

/** Runs the steps from `from` up to `to`; a step with no function keeps the value as it is. */
function upgrade(value: unknown, from: number, to: number, migrations: Record<number, Migration>) {
  let upgraded = value;
  for (let next = from + 1; next <= to; next++) upgraded = migrations[next]?.(upgraded) ?? upgraded;
  return upgraded;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

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
      if (from < version || !same(repaired, value)) await store().set(withVersion(repaired));
      return repaired;
    }

    const getValue = () => read().catch(() => fallback);

    return {
      fallback,
      getValue,
      setValue: (value) => store().set(withVersion(value)),
      update: async (change) => store().set(withVersion(change(await getValue()))),
      removeValue: () => store().remove([name, metaName]),
      migrate: async () => void (await getValue()),
      watch(onChange) {
        const listener: ChangeListener = (changes, where) => {
          const change = where === area ? changes[name] : undefined;
          if (change) onChange(change.newValue == null ? fallback : safeRepair(change.newValue));
        };
        api().onChanged.addListener(listener);
        return () => api().onChanged.removeListener(listener);
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
