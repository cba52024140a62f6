/**
 * One typed, versioned value in extension storage. Small on purpose: the popup and the background
 * worker load it on every start, and they need only get, set, remove and watch.
 *
 * Layout: the value under its own key; from version 2 on, `{ v: N }` under `key$`. No `key$`
 * means version 1, so data written by an older build (which used this layout too) reads as is.
 * An old value is migrated on read, one version step at a time, and written back with its new
 * version; there is no start-up pass to wait for, and two pages migrating at once write the same.
 */
type Area = 'local' | 'sync';

/** The part of `browser.storage` an item uses; lib/storage.ts passes the real one in. */
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
  /** `migrations[n]` turns a version n-1 value into version n. */
  migrations?: Record<number, Migration>;
}

export interface StorageItem<T> {
  readonly fallback: T;
  /** The stored value, migrated to this version; the fallback when there is none. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Migrates a stored old value now rather than on the next read. */
  migrate(): Promise<void>;
  /** Calls back on every change, from any page; returns a function that stops it. */
  watch(onChange: (now: T, before: T) => void): () => void;
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

/**
 * Returns `defineItem` over `api`, which is looked up on each call, not at definition: unit tests
 * swap the browser's storage out between tests.
 */
export const itemDefiner =
  (api: () => StorageApi) =>
  <T>(key: `${Area}:${string}`, options: ItemOptions<T>): StorageItem<T> => {
    const [area, name] = key.split(':') as [Area, string];
    const metaName = `${name}$`;
    const { fallback, version, migrations = {} } = options;
    const store = () => api()[area];
    const withVersion = (value: unknown) =>
      version > 1 ? { [name]: value, [metaName]: { v: version } } : { [name]: value };

    async function getValue(): Promise<T> {
      const stored = await store().get([name, metaName]);
      const value: unknown = stored[name];
      if (value === undefined || value === null) return fallback;
      const from = versionOf(stored[metaName]);
      // A newer version's value (after a downgrade) is returned as is: the caller's check decides.
      if (from >= version) return value as T;
      const upgraded = upgrade(value, from, version, migrations);
      await store().set(withVersion(upgraded));
      return upgraded as T;
    }

    return {
      fallback,
      getValue,
      setValue: (value) => store().set(withVersion(value)),
      removeValue: () => store().remove([name, metaName]),
      migrate: async () => void (await getValue()),
      watch(onChange) {
        const listener: ChangeListener = (changes, where) => {
          const change = where === area ? changes[name] : undefined;
          if (change) onChange((change.newValue ?? fallback) as T, (change.oldValue ?? fallback) as T);
        };
        api().onChanged.addListener(listener);
        return () => api().onChanged.removeListener(listener);
      },
    };
  };
