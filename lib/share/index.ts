/**
 * Handing the list on: the list the user sees as groups of links, its clipboard
 * flavours (HTML and plain text, every piece of text escaped), and the handout page's model.
 */
export {
  linkCount,
  sharedList,
  type ShareGroup,
  type ShareLink,
  type ShareList,
  type ShareSource,
} from './list';
export { escapeHtml, oneLine, shareHtml, sharePlainText } from './format';
export {
  A4_WIDTH_PX,
  applyBrokenChoice,
  brokenCountOf,
  buildHandoutUrl,
  MIN_PRINT_SCALE,
  parseHandoutUrl,
  PRINTABLE_HEIGHT_PX,
  printScale,
  type BrokenChoice,
  type HandoutParams,
} from './handout';
