/** Messages between the extension's pages and its background worker about link checks. */
export const CHECK_LINKS_NOW = 'spes:check-links-now';

export interface CheckLinksNowMessage {
  type: typeof CHECK_LINKS_NOW;
}
