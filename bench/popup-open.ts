/**
 * Popup open time: from navigation start to the role's links on screen, in alternating runs
 * of the popup and of the static floor (bench/static-page.ts), each in a fresh tab. "On screen"
 * is the first frame after the last link is in the DOM: an animation frame, then a task, which
 * runs after that frame has painted. Both pages are timed by the same script.
 */
import { type Session, newTab } from './browser-session';
import { median } from './stats';

// Runs in the page before any of its own script. A string, not a function: tsx would wrap the
// function's inner helpers in its own __name(), which the page does not have.
const watchForLinks = (count: number) => `{
  const done = () => document.querySelectorAll('li.entry a').length >= ${count};
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__spesShownAt = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
}`;

async function timeOpen(session: Session, page: string, links: number): Promise<number> {
  const tab = await newTab(session);
  await tab.addInitScript({ content: watchForLinks(links) });
  await tab.goto(session.base + page);
  const shownAt = () => (window as Window & { __spesShownAt?: number }).__spesShownAt;
  const ms = (await (
    await tab.waitForFunction(shownAt, undefined, { timeout: 10_000 })
  ).jsonValue()) as number;
  await tab.close();
  return ms;
}

export interface OpenResult {
  runs: number;
  popupMs: number[];
  staticMs: number[];
  popupMedian: number;
  staticMedian: number;
  ratio: number;
}

export async function benchPopupOpen(session: Session, staticPage: string, links: number, runs = 25) {
  for (let i = 0; i < 3; i++) {
    await timeOpen(session, 'popup.html', links); // warm-up, not counted
    await timeOpen(session, staticPage, links);
  }
  const popupMs: number[] = [];
  const staticMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs right after the other.
    const order = i % 2 === 0 ? (['popup', 'static'] as const) : (['static', 'popup'] as const);
    for (const which of order) {
      if (which === 'popup') popupMs.push(await timeOpen(session, 'popup.html', links));
      else staticMs.push(await timeOpen(session, staticPage, links));
    }
  }
  const popupMedian = median(popupMs);
  const staticMedian = median(staticMs);
  const result: OpenResult = {
    runs,
    popupMs,
    staticMs,
    popupMedian,
    staticMedian,
    ratio: popupMedian / staticMedian,
  };
  return result;
}
