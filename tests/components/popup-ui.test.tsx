/**
 * Keys and states of the role picker (components/role/RolePicker.tsx) and the words of the list
 * (components/list/EntryLink.tsx, the share menu). Their layout is checked in Chromium
 * (tests/e2e/popup-ui.spec.ts).
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { EntryLink } from '../../components/list/EntryLink';
import { SearchPanel } from '../../components/list/SearchPanel';
import { RolePicker } from '../../components/role/RolePicker';
import { catalogue } from '../../lib/catalogue';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { nn } from '../../lib/i18n/nn';

const choices = () => [...document.querySelectorAll<HTMLButtonElement>('.role-choice')];

describe('the role picker', () => {
  it('moves focus between the cards with Up, Down, Home and End, and stops at the ends', () => {
    render(<RolePicker catalogue={catalogue} current={null} onPick={() => undefined} />);
    const cards = choices();
    const press = (key: string) => fireEvent.keyDown(document.activeElement as Element, { key });
    // From the heading, where a first choice starts, Down goes to the first card.
    press('ArrowDown');
    expect(document.activeElement).toBe(cards[0]);
    press('ArrowDown');
    expect(document.activeElement).toBe(cards[1]);
    press('End');
    expect(document.activeElement).toBe(cards.at(-1));
    press('ArrowDown');
    expect(document.activeElement).toBe(cards.at(-1));
    press('ArrowUp');
    expect(document.activeElement).toBe(cards.at(-2));
    press('Home');
    expect(document.activeElement).toBe(cards[0]);
    press('ArrowUp');
    expect(document.activeElement).toBe(cards[0]);
  });

  it('marks the role in use in words, not by its border alone, and no other', () => {
    render(
      <RolePicker catalogue={catalogue} current="lis" onPick={() => undefined} onCancel={() => undefined} />,
    );
    const marked = choices().filter((b) => b.textContent?.includes(nb.pickerCurrent));
    expect(marked.map((b) => b.dataset.role)).toEqual(['lis']);
    expect(marked[0]?.textContent).toContain('✓');
  });
});

describe('the words of the list', () => {
  it('explains the "Annen rolle" badge in a tooltip', () => {
    const entry = catalogue.entries[0];
    if (!entry) throw new Error('the catalogue has entries');
    render(
      <ul>
        <EntryLink item={{ entry, otherRole: true }} id="item-0" selected={false} newTab favourite={false} />
      </ul>,
    );
    expect(screen.getByText(nb.otherRoleBadge).getAttribute('title')).toBe(nb.otherRoleTitle);
  });

  it('offers "Lag utdelingsark", a word people use, and says "handout" in every language', async () => {
    expect([nb.shareHandout, nn.shareHandout, en.shareHandout]).toEqual([
      'Lag utdelingsark (skriv ut)',
      'Lag utdelingsark (skriv ut)',
      'Make a handout (print)',
    ]);
    render(
      <SearchPanel
        view={{ catalogue, specialty: null, locked: false, provisional: false }}
        role="lis"
        query=""
        onQueryChange={() => undefined}
        onOpen={() => undefined}
        onChangeRole={() => undefined}
        onOpenOptions={() => undefined}
      />,
    );
    // The share menu is a chunk loaded after the panel's first render (components/page/later.tsx).
    fireEvent.click(await screen.findByRole('button', { name: nb.shareToggleLabel }));
    expect(screen.getByRole('link', { name: 'Lag utdelingsark (skriv ut)' })).toBeTruthy();
  });
});
