/**
 * Handing the list on: the list the user sees as groups of links, its clipboard
 * flavours (HTML and plain text, every piece of text escaped), and the handout's broken-link
 * choice and print scale.
 */
export { linkCount, sharedList, type ShareLink, type ShareList, type ShareSource } from './list';
export { shareHtml, sharePlainText } from './format';
export {
  A4_WIDTH_PX,
  applyBrokenChoice,
  brokenCountOf,
  MIN_PRINT_SCALE,
  PRINTABLE_HEIGHT_PX,
  printScale,
} from './handout';
