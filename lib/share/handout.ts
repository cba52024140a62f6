/**
 * The handout page (its address: lib/pages): the choice about links that no longer work, and how
 * much a list a little too long is shrunk to print on one A4 page.
 */
import type { BrokenChoice } from '../pages';
import type { ShareList } from './list';

/** The handout's list: broken links marked (as they are) or left out, empty groups dropped. */
export function applyBrokenChoice(list: ShareList, choice: BrokenChoice): ShareList {
  if (choice === 'mark') return list;
  const groups = list.groups
    .map((g) => ({ ...g, links: g.links.filter((l) => !l.broken) }))
    .filter((g) => g.links.length > 0);
  return { ...list, groups };
}

export const brokenCountOf = (list: ShareList): number =>
  list.groups.reduce((n, g) => n + g.links.filter((l) => l.broken).length, 0);

// The printed page: A4 at CSS's 96 px per inch, less the sheet's padding (entrypoints/handout/handout.css).
const MM = 96 / 25.4;
export const A4_WIDTH_PX = 210 * MM;
export const PRINTABLE_HEIGHT_PX = (297 - 2 * 9) * MM;
/** Below this the type (8 pt) gets too small to read; a longer list takes a second page instead. */
export const MIN_PRINT_SCALE = 0.85;

/**
 * How much to shrink a list a little too long for one page so it fits; 1 when it fits as it is,
 * or when it would need to shrink past MIN_PRINT_SCALE (then it prints on more pages, readable).
 */
export function printScale(contentPx: number, availablePx = PRINTABLE_HEIGHT_PX): number {
  if (contentPx <= availablePx) return 1;
  // Rounded down, a little under: the print layout may round line boxes differently.
  const scale = Math.floor((availablePx / contentPx) * 100) / 100 - 0.01;
  return scale >= MIN_PRINT_SCALE ? scale : 1;
}
