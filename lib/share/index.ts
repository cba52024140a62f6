/**
 * Handing the list on: the list the user sees as groups of links, its clipboard
 * flavours (HTML and plain text, every piece of text escaped), and the handout's broken-link
 * choice, type size and printed addresses.
 */
export { linkCount, sharedList, type ShareLink, type ShareList, type ShareSource } from './list';
export { shareHtml, sharePlainText } from './format';
export {
  A4_WIDTH_PX,
  applyBrokenChoice,
  brokenCountOf,
  handoutView,
  largestFittingScale,
  paperAddress,
  PRINTABLE_HEIGHT_PX,
} from './handout';
