import { useEffect, useState } from 'preact/hooks';
import { sectionHeading } from '../../lib/i18n';
import { linkHealthItem } from '../../lib/links';
import type { ListView } from '../../lib/list';
import { clearRecent } from '../../lib/pinned';
import { useLive } from '../page/useLive';
import { useMessages } from '../page/useMessages';
import { EntryLink } from './EntryLink';
import { whenIdle } from '../page/later';

interface Props {
  view: ListView;
  selected: number;
  newTab: boolean;
  favourites: readonly string[];
  /** Puts focus back in the search box when its element leaves the list ("Tøm", a favourite's star). */
  refocus: () => void;
}

const itemDomId = (index: number) => `item-${index}`;

// More than a screenful, so the first paint of each list is full; the rest follows in idle time.
// An organisation may add up to 500 links, and rendering them all before the first paint made the
// popup take several times longer to show its list, and a key's hits longer to show as well.
const FIRST_PAINT_ITEMS = 40;

/** The list: one heading per section, items numbered in Up/Down order. */
export function SectionList({ view, selected, newTab, favourites, refocus }: Props) {
  const health = useLive(linkHealthItem)?.links ?? {};
  const m = useMessages();
  const [painted, setPainted] = useState<ListView>();
  useEffect(() => whenIdle(() => setPainted(view)), [view]);
  // Focus stays in the search box, so the list scrolls to the selection itself.
  useEffect(
    () => document.getElementById(itemDomId(selected))?.scrollIntoView({ block: 'nearest' }),
    [selected],
  );
  const shown = painted === view ? Infinity : Math.max(FIRST_PAINT_ITEMS, selected + 1);
  let index = 0;
  return (
    <div class="sections">
      {view.sections.map((section) => {
        if (index >= shown) return null;
        // The search's own hits need no visible heading right under the box that asked for them;
        // screen reader users keep it for heading navigation. Other roles' hits show theirs.
        const heading = (
          <h2 class={section.kind === 'hits' ? 'visually-hidden' : undefined}>
            {sectionHeading(section, m)}
          </h2>
        );
        return (
          <section key={`${section.kind}:${section.title ?? ''}`} class="group" data-section={section.kind}>
            {section.kind === 'recent' ? (
              <div class="section-head">
                {heading}
                <button
                  type="button"
                  class="link-button"
                  aria-label={m.clearRecentLabel}
                  onClick={() => void clearRecent().then(refocus)}
                >
                  {m.clearRecent}
                </button>
              </div>
            ) : (
              heading
            )}
            <ul>
              {section.items.slice(0, shown - index).map((item) => {
                const i = index++;
                return (
                  <EntryLink
                    key={item.entry.id}
                    id={itemDomId(i)}
                    item={item}
                    selected={i === selected}
                    health={health[item.entry.url]}
                    newTab={newTab}
                    favourite={favourites.includes(item.entry.id)}
                    onStarToggled={section.kind === 'favourites' ? refocus : undefined}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
