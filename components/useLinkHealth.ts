import { useEffect, useState } from 'preact/hooks';
import type { LinkHealthMap, LinkHealthRecord } from '../lib/links/state';
import { linkHealthItem, readLinkHealth } from '../lib/platform/storage';

/** The stored link health, kept live: empty while loading, then updated after every run. */
export function useLinkHealth(): LinkHealthMap {
  return useLinkHealthRecord().links;
}

export function useLinkHealthRecord(): LinkHealthRecord {
  const [record, setRecord] = useState<LinkHealthRecord>(linkHealthItem.fallback);
  useEffect(() => {
    const load = () => void readLinkHealth().then(setRecord, () => undefined);
    load();
    return linkHealthItem.watch(load);
  }, []);
  return record;
}
