import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Catalogue } from '../lib/catalogue';
import { buildPinnedSections } from '../lib/pinned/lists';
import type { Section } from '../lib/list/view';
import { favouritesItem, readFavourites, readRecent, recentItem } from '../lib/platform/storage';
import { useMessages } from './useMessages';

export interface Pinned {
  favourites: string[];
  recent: string[];
}

const NONE: Pinned = { favourites: [], recent: [] };

async function readPinned(): Promise<Pinned> {
  const [favourites, recent] = await Promise.all([readFavourites(), readRecent()]);
  return { favourites: favourites.ids, recent: recent.ids };
}

/** Favourite and recently opened entry ids, kept live: a star or an open shows at once. */
export function usePinned(): Pinned {
  const [pinned, setPinned] = useState(NONE);
  useEffect(() => {
    const load = () => void readPinned().then(setPinned, () => setPinned(NONE));
    load();
    const stopFavourites = favouritesItem.watch(load);
    const stopRecent = recentItem.watch(load);
    return () => {
      stopFavourites();
      stopRecent();
    };
  }, []);
  return pinned;
}

/** The "Favoritter" and "Nylig åpnet" sections for a catalogue, and the starred ids. */
export function usePinnedSections(cat: Catalogue): { favourites: ReadonlySet<string>; sections: Section[] } {
  const { favourites, recent } = usePinned();
  const m = useMessages();
  return useMemo(
    () => ({ favourites: new Set(favourites), sections: buildPinnedSections(cat, favourites, recent, m) }),
    [cat, favourites, recent, m],
  );
}
