/**
 * The answers above the list (components/answers): the role's current facts with no query, by
 * the clock the test sets, and the card a query names, in the UI language.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Answers } from '../../components/answers/Answers';
import { MessagesContext } from '../../components/page/useMessages';
import { en } from '../../lib/i18n/en';
import { nn } from '../../lib/i18n/nn';

/** Sets the day the page believes it is, at noon where the test runs; only Date is faked. */
const setToday = (day: string) => vi.useFakeTimers({ now: new Date(`${day}T12:00:00`), toFake: ['Date'] });
const shownFacts = () =>
  [...document.querySelectorAll<HTMLElement>('[data-fact]')].map((li) => li.dataset.fact);

afterEach(() => vi.useRealTimers());

describe('the facts line', () => {
  it('shows the old-scheme deadline on its last day and not the day after', () => {
    setToday('2026-12-31');
    const { unmount } = render(<Answers query="" role="kommune-leder" />);
    expect(shownFacts()).toContain('gammel-ordning-allmennmedisin');
    expect(screen.getByRole('list', { name: 'Aktuelt nå' })).toBeTruthy();
    unmount();
    setToday('2027-01-01');
    render(<Answers query="" role="kommune-leder" />);
    expect(shownFacts()).not.toContain('gammel-ordning-allmennmedisin');
  });

  it('shows at most three lines, each with the page that says so', () => {
    setToday('2026-12-04');
    render(<Answers query="" role="lis" newTab />);
    const lines = document.querySelectorAll('[data-fact]');
    expect(lines.length).toBe(3);
    for (const line of lines) {
      const source = line.querySelector('a');
      expect(source?.getAttribute('href')).toMatch(/^https:\/\//);
      expect(source?.getAttribute('target')).toBe('_blank');
    }
  });

  it('shows nothing for a role without current facts', () => {
    setToday('2030-01-01');
    const { container } = render(<Answers query="" role="lis" />);
    expect(container.innerHTML).toBe('');
  });
});

describe('a card', () => {
  it('shows for a query naming the term, with the authority page, in bokmål', async () => {
    render(<Answers query="hva er FIM" role="lis" />);
    const card = await screen.findByRole('region', { name: 'FIM' });
    expect(card.textContent).toContain('felles indremedisinske læringsmålene');
    const link = card.querySelector('a');
    expect(link?.getAttribute('href')).toMatch(/^https:\/\/spesialisthelsetjenesten\.no\//);
    expect(link?.textContent).toBe('Les mer hos spesialisthelsetjenesten.no');
  });

  it.each([
    ['nn', nn, 'Ein supervisør', 'Les meir hos'],
    ['en', en, 'A supervisor helps', 'Read more at'],
  ] as const)('speaks %s', async (language, messages, text, more) => {
    render(
      <MessagesContext.Provider value={messages}>
        <Answers query="what is a supervisor" role="lis" />
      </MessagesContext.Provider>,
    );
    const card = await screen.findByRole('region', { name: 'supervisør' });
    expect(card.textContent).toContain(text);
    expect(card.querySelector('a')?.textContent).toContain(more);
  });

  it('shows a fact the query describes, and no card for a query about pages', async () => {
    setToday('2026-12-04');
    const { rerender } = render(<Answers query="nye FKM" role="lis" />);
    await waitFor(() => expect(shownFacts()).toEqual(['nye-fkm']));
    rerender(<Answers query="veileder kurs" role="lis" />);
    await waitFor(() =>
      expect(document.querySelector<HTMLElement>('.answers')?.dataset.query).toBe('veileder kurs'),
    );
    expect(document.querySelector('.answer-card')).toBeNull();
  });
});
