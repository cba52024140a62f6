/** usePageTitle (components/page/usePageTitle.ts): the one way every page names its tab. */
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { usePageTitle } from '../../components/page/usePageTitle';

function Page({ name, subject }: { name: string; subject?: string }) {
  usePageTitle(name, subject);
  return null;
}

describe('usePageTitle', () => {
  it("names the tab by what the page shows, else by the page's own name, and follows changes", () => {
    const { rerender } = render(<Page name="Søk i Spes" />);
    expect(document.title).toBe('Søk i Spes');
    rerender(<Page name="Søk i Spes" subject="veileder" />);
    expect(document.title).toBe('veileder – Spes');
    rerender(<Page name="Søk i Spes" subject="" />);
    expect(document.title).toBe('Søk i Spes');
  });
});
