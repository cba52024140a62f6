/**
 * Keystroke to results on screen in the popup: from the key's keydown (or beforeinput, for
 * characters sent without one) to the first painted frame after #results shows the results for
 * the box's new text (SearchPanel marks them with data-query). One key at a time, waiting for
 * each, so every sample is one keystroke's latency.
 */
import type { Page } from '@playwright/test';
import { type Session, newTab } from './browser-session';
import { percentile } from './stats';

// A string, not a function: tsx would wrap inner helpers in its own __name(), unknown to the page.
// The watch starts at the key event itself, so a render that beats the bench's next call counts.
// Each sample is [results in the DOM, next frame painted]. On the static page (no data-query)
// the box's own input event stands for the results: that is the floor, a frame and nothing else.
const INSTRUMENT = `{
  const samples = [];
  const waiting = [];
  let startedAt = null;
  const record = (domAt) => {
    samples.push([domAt - startedAt, performance.now() - startedAt]);
    startedAt = null;
    for (const [n, resolve] of waiting.splice(0)) resolve(samples[n - 1]);
  };
  const painted = () => {
    const domAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => record(domAt)));
  };
  const start = () => {
    if (startedAt !== null) return;
    startedAt = performance.now();
    const input = document.querySelector('#search-input');
    const results = document.querySelector('#results');
    if (results.dataset.query === undefined) return input.addEventListener('input', painted, { once: true });
    const observer = new MutationObserver(() => {
      if (results.dataset.query !== input.value) return;
      observer.disconnect();
      painted();
    });
    observer.observe(results, { attributes: true, attributeFilter: ['data-query'] });
  };
  addEventListener('keydown', start, true);
  addEventListener('beforeinput', start, true);
  window.__spesSample = (n) =>
    new Promise((resolve) => (samples.length >= n ? resolve(samples[n - 1]) : waiting.push([n, resolve])));
}`;

type Sample = [dom: number, paint: number];
type Sampler = { __spesSample(n: number): Promise<Sample> };

/** Types `text` key by key; `samples` holds every sample taken in this tab so far. */
async function typeTimed(tab: Page, text: string, samples: Sample[]): Promise<void> {
  for (const char of text) {
    await tab.keyboard.type(char);
    const n = samples.length + 1;
    samples.push(await tab.evaluate((i) => (window as unknown as Sampler).__spesSample(i), n));
  }
}

/** Empties the box without a key event, so clearing is not timed; waits for the list. */
async function clearBox(tab: Page): Promise<void> {
  await tab.evaluate(() => {
    const input = document.querySelector('#search-input') as HTMLInputElement;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // The static floor has no data-query: its box has nothing to wait for.
  await tab.waitForFunction(
    () => (document.querySelector<HTMLElement>('#results')?.dataset.query ?? '') === '',
  );
}

export interface KeystrokeResult {
  /** 0 for the static floor. */
  entries: number;
  keystrokes: number;
  /** Keystroke to the results in the DOM: the page's own work. */
  dom: { p50: number; p95: number; max: number };
  /** Keystroke to the next painted frame after that: what the eye gets. */
  paint: { p50: number; p95: number; max: number };
}

const summary = (samples: number[]) => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  max: Math.max(...samples),
});

export async function benchKeystrokes(
  session: Session,
  queries: string[],
  entries: number,
  page = 'popup.html',
) {
  const tab = await newTab(session);
  await tab.addInitScript({ content: INSTRUMENT });
  await tab.goto(session.base + page);
  const box = tab.locator('#search-input');
  await box.waitFor();
  await box.focus();
  const all: Sample[] = [];
  await typeTimed(tab, 'warm up', all);
  const warmUp = all.length; // not counted
  for (const query of queries) {
    await clearBox(tab);
    await typeTimed(tab, query, all);
  }
  await tab.close();
  const samples = all.slice(warmUp);
  const result: KeystrokeResult = {
    entries,
    keystrokes: samples.length,
    dom: summary(samples.map(([dom]) => dom)),
    paint: summary(samples.map(([, paint]) => paint)),
  };
  return result;
}
