/** The handout page: links that no longer work, the largest type that fits A4, paper addresses. */
import { decoded, isWebUrl } from '../catalogue';
import { displayUrl } from '../links';
import type { ListView } from '../list';
import type { BrokenChoice } from '../pages';
import type { ShareList } from './list';

/**
 * What the handout prints of a role's list: the seed's groups, the chosen specialty's and the
 * organisation's, without Spes's own everyday groups, which stay on screen and in the copied list.
 * With them every role's list ran onto a second A4 page at the smallest type.
 */
export const handoutView = (view: ListView): ListView => ({
  ...view,
  sections: view.sections.filter((s) => s.kind !== 'own'),
});

/** The handout's list: broken links marked (as they are) or left out, empty groups dropped. */
export function applyBrokenChoice(list: ShareList, choice: BrokenChoice): ShareList {
  if (choice === 'mark') return list;
  const groups = list.groups
    .map((g) => ({ ...g, links: g.links.filter((l) => !l.broken) }))
    .filter((g) => g.links.length > 0);
  return { ...list, groups };
}

/**
 * The sheet's type sizes, as a factor of its base 8 pt: from a little smaller (a list a little too
 * long for one page) up to half again as large, in steps the eye can tell apart. Below the
 * smallest the type gets too small to read; a longer list takes a second page at 8 pt instead.
 */
const TYPE_SCALES: readonly number[] = [0.85, 0.9, 0.95, 1, 1.1, 1.2, 1.3, 1.4, 1.5];
const BASE = TYPE_SCALES.indexOf(1);

/**
 * The largest type scale at which `fits` (a layout at that scale, components/share/HandoutSheet.tsx)
 * says the list fits one page; 1 when it fits at none. A bisection needs four or five layouts.
 */
export function largestFittingScale(fits: (scale: number) => boolean): number {
  const at = (i: number) => TYPE_SCALES[i] as number;
  const fitsAtBase = fits(1);
  // Up from 8 pt when it fits, down towards the smallest when it does not.
  let lo = fitsAtBase ? BASE : -1;
  let hi = fitsAtBase ? TYPE_SCALES.length : BASE;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(at(mid))) lo = mid;
    else hi = mid;
  }
  return lo < 0 ? 1 : at(lo);
}

/** The longest address printed as it is; longer ones lose their middle to an ellipsis. */
const PAPER_ADDRESS_LENGTH = 60;

/**
 * An address as a reader types it from paper: the host and a readable path (no scheme, escapes
 * decoded, no trailing slash), and a long one shortened in the middle, where the least telling
 * part is. The link itself keeps the full address.
 */
export function paperAddress(url: string): string {
  // Anything but a web address is printed as it is, shortened like any other.
  const text = isWebUrl(url) ? decoded(displayUrl(url)) : url;
  if (text.length <= PAPER_ADDRESS_LENGTH) return text;
  const head = Math.ceil((PAPER_ADDRESS_LENGTH - 1) / 2);
  const tail = PAPER_ADDRESS_LENGTH - 1 - head;
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`;
}
