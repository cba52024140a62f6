/**
 * Popup open time: from navigation start to the role's links on screen, in alternating runs of the
 * popup and of two floors (bench/static-page.ts), each in a fresh tab. "On screen" is the first
 * frame after the last link is in the DOM: an animation frame, then a task of the highest
 * priority, which runs once the main thread has painted that frame. (A plain timer would wait
 * behind the tasks the page had queued before it, such as the popup's effects, which Preact runs
 * after that frame: no part of it; docs/performance.md.) Every page is timed by the same script,
 * and for the popup the bench also records what it had requested when its list was complete in
 * the DOM (tests/e2e/budgets.spec.ts holds those bytes).
 */
import type { Page } from '@playwright/test';
import { type Session, newTab } from './browser-session';
import { median } from './stats';

// Runs in the page before any of its own script. A string, not a function: tsx would wrap the
// function's inner helpers in its own __name(), which the page does not have.
export const watchForLinks = (count: number) => `{
  const done = () => document.querySelectorAll('li.entry a, li a[data-bare]').length >= ${count};
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    window.__spesListAt = performance.now();
    requestAnimationFrame(() => {
      const shown = () => {
        window.__spesShownAt = performance.now();
        performance.mark('spes-shown'); // for the trace in bench/where-time-goes.ts
      };
      scheduler.postTask(shown, { priority: 'user-blocking' });
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}`;

/**
 * Opens `url` in `tab` and resolves when its `links` links are on screen, with the paths it had
 * requested by then, the page itself included. Resource Timing leaves out chrome-extension://
 * files, so requests come from the DevTools protocol, compared by wall clock on both sides.
 */
export async function openAndTime(tab: Page, url: string, links: number) {
  const cdp = await tab.context().newCDPSession(tab);
  const sent: { path: string; wallMs: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) =>
    sent.push({ path: new URL(e.request.url).pathname, wallMs: e.wallTime * 1000 }),
  );
  await cdp.send('Network.enable');
  await tab.addInitScript({ content: watchForLinks(links) });
  await tab.goto(url);
  // Shown once the frame has painted. Requests count if they started before the list was in the
  // DOM: what starts after cannot be what drew it. (Not "before the frame": on a busy machine
  // Preact runs effects, which ask for the rest, before a late first frame.)
  const shownAt = () => {
    const w = window as Window & { __spesShownAt?: number; __spesListAt?: number };
    return w.__spesShownAt === undefined
      ? undefined
      : [w.__spesShownAt, performance.timeOrigin + (w.__spesListAt ?? 0)];
  };
  const handle = await tab.waitForFunction(shownAt, undefined, { timeout: 10_000 });
  const [ms, listWallMs] = (await handle.jsonValue()) as [number, number];
  await cdp.detach();
  const requested = [...new Set(sent.filter((r) => r.wallMs <= listWallMs).map((r) => r.path))];
  return { ms, requested };
}

async function timeOpen(session: Session, page: string, links: number) {
  const tab = await newTab(session);
  const result = await openAndTime(tab, session.base + page, links);
  await tab.close();
  return result;
}

export interface OpenResult {
  runs: number;
  popupMs: number[];
  staticMs: number[];
  bareMs: number[];
  popupMedian: number;
  staticMedian: number;
  bareMedian: number;
  /** Against the static page with the popup's stylesheet and markup. */
  ratio: number;
  /** Against the bare page: the links inline, no stylesheet, no script (the physical floor). */
  bareRatio: number;
  /** What the popup requested before its list was on screen, in the last timed open. */
  requestedBeforeShown: string[];
}

export async function benchPopupOpen(
  session: Session,
  floors: { styled: string; bare: string },
  links: number,
  runs = 25,
) {
  const pages = { popup: 'popup.html', static: floors.styled, bare: floors.bare } as const;
  for (let i = 0; i < 3; i++) for (const page of Object.values(pages)) await timeOpen(session, page, links); // warm-up
  const times = { popup: [] as number[], static: [] as number[], bare: [] as number[] };
  let requested: string[] = [];
  const order = Object.keys(pages) as (keyof typeof pages)[];
  for (let i = 0; i < runs; i++) {
    // Rotate which goes first, so none always runs right after another.
    for (const which of [...order.slice(i % 3), ...order.slice(0, i % 3)]) {
      const { ms, requested: files } = await timeOpen(session, pages[which], links);
      times[which].push(ms);
      if (which === 'popup') requested = files;
    }
  }
  const [popupMedian, staticMedian, bareMedian] = [
    median(times.popup),
    median(times.static),
    median(times.bare),
  ];
  const result: OpenResult = {
    runs,
    popupMs: times.popup,
    staticMs: times.static,
    bareMs: times.bare,
    popupMedian,
    staticMedian,
    bareMedian,
    ratio: popupMedian / staticMedian,
    bareRatio: popupMedian / bareMedian,
    requestedBeforeShown: requested,
  };
  return result;
}
