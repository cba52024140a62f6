/** The list the popup and the search page show, as data: sections of entries, for a role or a query. */
export {
  buildListView,
  flatItems,
  MAX_HITS,
  moveSelection,
  type EmptyState,
  type ListItem,
  type ListView,
  type Pinned,
  type Section,
  type SectionKind,
} from './view';
