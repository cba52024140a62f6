import { render, type FunctionComponent } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { Messages } from '../../lib/i18n';
import { useLive } from './useLive';
import { MessagesContext, openingTexts, pageTexts } from './useMessages';
import { useUserView, type PageView } from './useUserView';
import './theme.css';

/** A page's content, drawn once the user's view is known. */
export type PageApp = FunctionComponent<{ view: PageView }>;

/**
 * A page: its texts, kept live, with their language said to the browser and screen readers; and
 * its main landmark, busy and empty until the user's view is known, then the app in it.
 */
export function Page({ app: App, opening = pageTexts.fallback }: { app: PageApp; opening?: Messages }) {
  const texts = useLive(pageTexts, { initial: opening }) ?? opening;
  // Before the frame is painted, so the page is never shown under another language's tag.
  useLayoutEffect(() => void (document.documentElement.lang = texts.language), [texts.language]);
  const view = useUserView();
  return (
    <MessagesContext.Provider value={texts}>
      <main aria-busy={view ? undefined : true}>{view && <App view={view} />}</main>
    </MessagesContext.Provider>
  );
}

/**
 * Renders a page. In bokmål that happens in the task its modules run in, from the mirrored
 * settings (lib/platform/mirror.ts), so the first frame holds the page, its list and its focused
 * search box; another language first loads its texts (one small chunk, lib/i18n).
 */
export function mount(app: PageApp): void {
  const show = (opening: Messages) => {
    // Built off the document and put in whole: node by node into the live page cost the popup's
    // main thread 5-8 ms more (docs/performance.md). Effects that need the page in the document
    // wait for it (useInDocumentEffect).
    const root = document.getElementById('app') as HTMLElement;
    const [parent, next] = [root.parentNode as Node, root.nextSibling];
    root.remove();
    render(<Page opening={opening} app={app} />, root);
    parent.insertBefore(root, next);
  };
  const opening = openingTexts();
  if (opening instanceof Promise) void opening.then(show);
  else show(opening);
}
