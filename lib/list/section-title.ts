/**
 * Section headings Spes writes itself (lib/popup-view.ts, lib/related-view.ts, the organisation's
 * group from lib/managed-links.ts) are bokmål in the view model; this puts them in the UI language.
 * Catalogue group titles are the guidance document's own headings and stay as published.
 */
import { ORG_GROUP_TITLE } from '../policy/org-links';
import type { Messages } from '../i18n/language';
import { VIEW_TITLES, type ViewTitleKey } from './view-titles';

export function sectionTitle(title: string, m: Messages): string {
  const key = (Object.keys(VIEW_TITLES) as ViewTitleKey[]).find((k) => VIEW_TITLES[k] === title);
  if (key) return m.sectionTitles[key];
  if (title === ORG_GROUP_TITLE) return m.orgGroupTitle;
  const orgPrefix = `${ORG_GROUP_TITLE}: `;
  if (title.startsWith(orgPrefix)) return `${m.orgGroupTitle}: ${title.slice(orgPrefix.length)}`;
  return title;
}
