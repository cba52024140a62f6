/**
 * A synchronous copy, in the page's localStorage, of a value whose real home answers only
 * asynchronously (storage.sync, storage.managed). Pages paint from the copy before storage
 * answers, so the popup shows its list at once and no key typed on opening is lost; every read
 * of the real value refreshes the copy. localStorage is per extension origin and absent in the
 * service worker, where a mirror reads nothing and writes nothing.
 */
export function mirror<T>(key: string, repair: (value: unknown) => T) {
  return {
    /** The copy, repaired as the real value would be; undefined when there is none. */
    read(): T | undefined {
      try {
        const text = globalThis.localStorage?.getItem(key);
        return text ? repair(JSON.parse(text)) : undefined;
      } catch {
        return undefined; // Storage switched off, or a corrupt copy: wait for the real value.
      }
    },
    write(value: T): void {
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(value));
      } catch {
        // Storage switched off or full: the page just waits for the real value next time.
      }
    },
  };
}
