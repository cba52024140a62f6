/**
 * The handout's sheet (components/share/HandoutSheet.tsx) with an organisation's odd text: each
 * title and description sits in its own <bdi>, so a right-to-left override in a title reverses
 * nothing after it. The layout itself (type size, pages, long words) is
 * tests/e2e/handout-print.spec.ts's.
 */
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HandoutSheet } from '../../components/share/HandoutSheet';

const RLO = '\u202e';

describe('the handout sheet', () => {
  it('isolates each title and description in its own direction', () => {
    const link = {
      title: `${RLO}Utvalget`,
      url: 'https://intranett.example.no/uu',
      description: 'Møteplan og referater.',
      broken: false,
      successors: [{ title: `${RLO}Nytt utvalg`, url: 'https://intranett.example.no/nytt', since: '2025' }],
    };
    const { container } = render(
      <HandoutSheet
        list={{ title: 'Lenker', groups: [{ heading: 'Arbeidsplassen', links: [link] }] }}
        madeAt={0}
      />,
    );
    const isolated = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual([`${RLO}Utvalget`, 'Møteplan og referater.', `${RLO}Nytt utvalg`]);
  });
});
