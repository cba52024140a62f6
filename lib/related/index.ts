/**
 * "Finn relatert veiledning": what a right-click on a selection, a link or a page searches for,
 * and the entries related to a catalogue entry, for the context menu and the search page.
 */
export { deriveQuery, type ClickContext } from './query';
export { buildRelatedView } from './relatives';
