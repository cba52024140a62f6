import { useRef, useState } from 'preact/hooks';
import type { Catalogue } from '../../lib/catalogue';
import { linkHealthItem } from '../../lib/links';
import { buildListView, type ListView } from '../../lib/list';
import { buildHandoutUrl } from '../../lib/pages';
import { linkCount, sharedList, shareHtml, sharePlainText } from '../../lib/share';
import { useLive } from '../page/useLive';
import { useMessages } from '../page/useMessages';
import { ListChoiceSelects, type ListChoice } from './ListChoice';
import './share.css';

interface Props {
  /** The user view's catalogue, so the organisation's own links are shared too. */
  catalogue: Catalogue;
  role: string;
  /** The specialty whose group the list on screen has; null for none. */
  specialty: string | null;
  /** The search box's text: with a query, the hits are shared instead of the role's groups. */
  query: string;
  /** The list the panel shows for the box's text (components/list/SearchPanel.tsx). */
  shownList: () => Promise<ListView>;
  /** Whether another role's list may be handed on: not when the organisation has set the role. */
  roleChoice: boolean;
}

/** The list's share control: a small disclosure with "Kopier lenkene" and the handout page. */
export function ShareMenu({ catalogue, role, specialty, query, shownList, roleChoice }: Props) {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  // Whose list to hand on: the one on screen, or another role's and specialty's (ListChoice.tsx).
  // With a query the hits are shared, as shown.
  const onScreen: ListChoice = { role, specialty };
  const [chosen, setChosen] = useState(onScreen);
  const ownList = query.trim() !== '' || (chosen.role === role && chosen.specialty === specialty);
  const shared = ownList ? onScreen : chosen;
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Kept live, so the copy writes at once: Firefox lets a page write the clipboard only shortly
  // after the click.
  const health = useLive(linkHealthItem)?.links;
  const openMenu = () => {
    setChosen(onScreen);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    setStatus('');
  };
  const copy = async () => {
    setStatus(''); // A second copy is announced again: the status goes from empty to its text.
    // Until the live copy is in, read it once; with nothing stored the list goes unmarked.
    const links = health ?? (await linkHealthItem.getValue()).links;
    // With the list on screen this resolves at once.
    const view = ownList
      ? await shownList()
      : buildListView(catalogue, shared.role, '', undefined, undefined, shared.specialty);
    const list = sharedList(view, { catalogue, role: shared.role, query }, m, links);
    const count = linkCount(list);
    if (count === 0) return setStatus(m.shareNothing);
    // Both flavours in one write, so each paste target takes the richest it understands: Outlook,
    // Teams and intranet editors the HTML, a plain-text field the text. The async Clipboard API
    // works on an extension page after a click without any permission (Chromium, and Firefox 127+
    // for ClipboardItem); tests/e2e/share.spec.ts proves it for this build.
    const blob = (type: string, text: string) => new Blob([text], { type });
    try {
      const html = blob('text/html', shareHtml(list, m));
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': html, 'text/plain': blob('text/plain', sharePlainText(list, m)) }),
      ]);
      setStatus(m.shareCopied(count));
    } catch {
      // The page lost focus (the popup closing) or the browser refused: say so, offer the handout.
      setStatus(m.shareCopyFailed);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    close();
    toggleRef.current?.focus();
  };
  // Tabbing or clicking away closes the menu, as it would any menu.
  const onFocusOut = (e: FocusEvent) => {
    if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) close();
  };

  return (
    <div class="share" onKeyDown={onKeyDown} onFocusOut={onFocusOut}>
      <button
        type="button"
        class="share-toggle"
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={open ? 'share-menu' : undefined}
        aria-label={m.shareToggleLabel}
        title={m.shareToggleLabel}
        onClick={() => (open ? close() : openMenu())}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1.5v9M4.5 5 8 1.5 11.5 5M3 8.5v5.5h10V8.5" />
        </svg>
        <span class="share-toggle-text">{m.shareToggle}</span>
      </button>
      {open && (
        <div id="share-menu" class="share-menu">
          <button type="button" class="share-item" onClick={() => void copy()}>
            {m.shareCopy}
          </button>
          <a
            class="share-item"
            href={buildHandoutUrl('handout.html', {
              role: shared.role,
              specialty: shared.specialty,
              ownSpecialty: specialty,
              q: query,
            })}
            target="_blank"
            rel="noopener"
          >
            {m.shareHandout}
          </a>
          {/* Last, so Tab from the toggle still reaches "Kopier lenkene" first. */}
          {query.trim() === '' && (
            <ListChoiceSelects
              catalogue={catalogue}
              choice={chosen}
              onChange={setChosen}
              roleChoice={roleChoice}
              class="share-role"
            />
          )}
          <p class="share-status" role="status" data-testid="share-status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
