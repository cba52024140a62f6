import { useEffect, useState } from 'preact/hooks';
import { linkHealthItem } from '../../lib/links';
import { sectionHeading } from '../../lib/i18n';
import type { ListView, Section } from '../../lib/list';
import { useLive } from '../page/useLive';
import { useMessages } from '../page/useMessages';
import { EntryLink } from './EntryLink';
import { whenIdle } from './whenIdle';

interface Props {
  view: ListView;
  selected: number;
  newTab?: boolean;
  /** Starred entry ids; without it no stars are shown. */
  favourites?: ReadonlySet<string>;
  onClearRecent?: () => void;
  /** After a star in "Favoritter" is switched off, its row (and focus) is gone: put focus back. */
  onFavouriteRemoved?: () => void;
}

export const itemDomId = (index: number) => `item-${index}`;

// More than a screenful, so the first paint is full; the rest follows in idle time. An
// organisation may add up to 500 links, and rendering them all before the first paint made the
// popup take several times longer to show its list.
const FIRST_PAINT_ITEMS = 40;

/** False until the page has been idle once after its first render. */
function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => whenIdle(() => setAfter(true)), []);
  return after;
}

/** The popup's list: one heading per section, items numbered in Up/Down order. */
export function SectionList({
  view,
  selected,
  newTab,
  favourites,
  onClearRecent,
  onFavouriteRemoved,
}: Props) {
  const health = useLive(linkHealthItem)?.links ?? {};
  const m = useMessages();
  // Focus stays in the search box, so the list scrolls to the selection itself.
  useEffect(
    () => document.getElementById(itemDomId(selected))?.scrollIntoView({ block: 'nearest' }),
    [selected],
  );
  // The search's own hits need no visible heading right under the box that asked for them; screen
  // reader users keep it for heading navigation. The sections after them (other roles) show theirs.
  const heading = (section: Section) => (
    <h2 class={section.kind === 'hits' ? 'visually-hidden' : undefined}>{sectionHeading(section, m)}</h2>
  );
  const shown = useAfterFirstPaint() ? Infinity : Math.max(FIRST_PAINT_ITEMS, selected + 1);
  let index = 0;
  return (
    <div class="sections">
      {view.sections.map((section) =>
        shown - index <= 0 ? null : (
          <section key={`${section.kind}:${section.title ?? ''}`} class="group" data-section={section.kind}>
            {section.kind === 'recent' && onClearRecent ? (
              <div class="section-head">
                {heading(section)}
                <button
                  type="button"
                  class="link-button"
                  aria-label={m.clearRecentLabel}
                  onClick={onClearRecent}
                >
                  {m.clearRecent}
                </button>
              </div>
            ) : (
              heading(section)
            )}
            <ul>
              {section.items.slice(0, Math.max(0, shown - index)).map((item) => {
                const i = index++;
                return (
                  <EntryLink
                    key={item.entry.id}
                    id={itemDomId(i)}
                    entry={item.entry}
                    selected={i === selected}
                    otherRole={item.otherRole}
                    highlights={item.highlights}
                    health={health[item.entry.url]}
                    newTab={newTab}
                    favourite={favourites?.has(item.entry.id)}
                    onStarToggled={section.kind === 'favourites' ? onFavouriteRemoved : undefined}
                  />
                );
              })}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
