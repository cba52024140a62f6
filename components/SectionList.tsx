import type { PopupView } from '../lib/popup-view';
import { EntryLink } from './EntryLink';
import { useLinkHealth } from './useLinkHealth';

interface Props {
  view: PopupView;
  selected: number;
  newTab?: boolean;
}

export const itemDomId = (index: number) => `item-${index}`;

/** The popup's list: one heading per section, items numbered in Up/Down order. */
export function SectionList({ view, selected, newTab }: Props) {
  const health = useLinkHealth();
  let index = 0;
  return (
    <div class="sections">
      {view.sections.map((section) => (
        <section key={section.title} class="group">
          <h2>{section.title}</h2>
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
                />
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
