import { useEffect } from 'preact/hooks';
import type { PopupView, Section } from '../lib/list/view';
import { sectionTitle } from '../lib/list/section-title';
import { EntryLink } from './EntryLink';
import { useLinkHealth } from './useLinkHealth';
import { useMessages } from './useMessages';

interface Props {
  view: PopupView;
  selected: number;
  newTab?: boolean;
  /** Starred entry ids; without it no stars are shown. */
  favourites?: ReadonlySet<string>;
  onClearRecent?: () => void;
  /** After a star in "Favoritter" is switched off, its row (and focus) is gone: put focus back. */
  onFavouriteRemoved?: () => void;
}

export const itemDomId = (index: number) => `item-${index}`;

/** The popup's list: one heading per section, items numbered in Up/Down order. */
export function SectionList({
  view,
  selected,
  newTab,
  favourites,
  onClearRecent,
  onFavouriteRemoved,
}: Props) {
  const health = useLinkHealth();
  const m = useMessages();
  // Focus stays in the search box, so the list scrolls to the selection itself.
  useEffect(
    () => document.getElementById(itemDomId(selected))?.scrollIntoView({ block: 'nearest' }),
    [selected],
  );
  const heading = (section: Section) => <h2>{sectionTitle(section.title, m)}</h2>;
  let index = 0;
  return (
    <div class="sections">
      {view.sections.map((section) => (
        <section key={section.title} class="group" data-section={section.kind}>
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
            {section.items.map((item) => {
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
      ))}
    </div>
  );
}
