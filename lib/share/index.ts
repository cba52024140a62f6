/** Handing the list on: as groups of links, on the clipboard, and on the handout. */
export { linkCount, sharedList, type ShareLink, type ShareList, type ShareSource } from './list';
export { shareHtml, sharePlainText } from './format';
export { applyBrokenChoice, handoutView, largestFittingScale, paperAddress } from './handout';
