import { useEffect } from 'preact/hooks';

/**
 * Names the page's tab: what it shows, as "<subject> – Spes", or else its own name. Every page
 * names its tab this one way, so tabs and the browser's history read alike.
 */
export function usePageTitle(name: string, subject?: string): void {
  const title = subject ? `${subject} – Spes` : name;
  useEffect(() => void (document.title = title), [title]);
}
