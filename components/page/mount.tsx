import { render, type ComponentChildren, type VNode } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { useLive } from './useLive';
import { openingTexts, pageTexts, TextsContext, type Texts } from './useMessages';
import './theme.css';

/** Gives the page its texts, kept live, and says their language to the browser and screen readers. */
function WithTexts({ opening, children }: { opening: Texts; children: ComponentChildren }) {
  const texts = useLive(pageTexts, { initial: opening }) ?? opening;
  // Before the frame is painted, so the page is never shown under another language's tag.
  useLayoutEffect(() => void (document.documentElement.lang = texts.language), [texts.language]);
  return <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
}

/**
 * Renders a page's root. In bokmål that happens in the task its modules run in, from the mirrored
 * settings (lib/platform/mirror.ts), so the first frame holds the page, its list and its focused
 * search box; another language first loads its texts (one small chunk, lib/i18n).
 */
export function mount(app: () => VNode): void {
  const show = (opening: Texts) => {
    // Built off the document and put in whole: node by node into the live page, the popup's first
    // render took most of its time (docs/performance.md). Effects that need the page in the
    // document wait for it (useInDocumentEffect).
    const root = document.getElementById('app') as HTMLElement;
    const [parent, next] = [root.parentNode as Node, root.nextSibling];
    root.remove();
    render(<WithTexts opening={opening}>{app()}</WithTexts>, root);
    parent.insertBefore(root, next);
  };
  const opening = openingTexts();
  if (opening instanceof Promise) void opening.then(show);
  else show(opening);
}
