/** "Finn relatert veiledning": what a right-click searches for, and an entry's relatives. */
export { deriveQuery } from './query';
export { buildRelatedView } from './relatives';
