/**
 * An entry's dated note, and the pages that have taken over from it (successors: title, address,
 * note), are searchable: people name the new page, its site or what the note says. A successor
 * counts a little less than the entry's own title. A small catalogue of its own, searched once
 * per check.
 */
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import { createSearcher } from '../../../lib/search';

const page = (id: string, title: string, extra: object = {}) => ({
  id,
  title,
  url: `https://example.org/${id}`,
  publisher: 'KS',
  kind: 'nettside',
  description: `Om ${title}.`,
  keywords: [],
  ...extra,
});

const cat = parseCatalogue({
  version: 1,
  entries: [
    page('offices', 'ALIS-kontorene', {
      successors: [
        { title: 'Om ALIS-kontorene', url: 'https://www.alis.no/om-alis-kontorene', since: '2022' },
        {
          title: 'SamLIS-kontorene',
          url: 'https://samlis.no/om-samlis-kontorene',
          since: '2022-05',
          note: 'Mandatet omfatter også samfunnsmedisin.',
        },
      ],
    }),
    page('plan', 'Handlingsplan for allmennlegetjenesten', {
      note: { text: 'Perioden er over; tilskuddet heter nå Nasjonal ALIS og veiledning.', asOf: '2025' },
    }),
    page('grant', 'Tilskudd til kommuner', {
      successors: [
        {
          title: 'Nasjonal ALIS og veiledning',
          url: 'https://www.helsedirektoratet.no/tilskudd/nasjonal-alis-og-veiledning',
          since: '2024',
        },
      ],
    }),
    page('dummies', 'ALIS for dummies'),
    page('portal', 'Kompetanseportalen'),
  ],
  roles: [
    {
      id: 'r',
      name: 'R',
      summary: 'S',
      groups: [{ title: 'G', entries: ['offices', 'plan', 'grant', 'dummies', 'portal'] }],
    },
  ],
});
const searcher = createSearcher(cat);
const ids = (query: string) => searcher.search(query).map((h) => h.entry.id);

describe('successors and notes', () => {
  it("find an entry by its successor's site", () => {
    expect(ids('alis.no')[0]).toBe('offices');
    expect(ids('samlis.no')[0]).toBe('offices');
    expect(ids('samlis')).toEqual(['offices']);
  });

  it("find an entry by its successor's title", () => {
    expect(ids('nasjonal alis og veiledning')[0]).toBe('grant');
    expect(ids('samlis-kontorene')[0]).toBe('offices');
  });

  it("find an entry by its note's text and by a successor's note", () => {
    expect(ids('perioden er over')).toEqual(['plan']);
    expect(ids('mandatet samfunnsmedisin')).toEqual(['offices']);
  });

  it('weigh a successor title below the title itself', () => {
    const own = createSearcher(
      parseCatalogue({
        version: 1,
        entries: [
          page('old', 'Gammel side', {
            successors: [{ title: 'Veiviser', url: 'https://a.no/', since: '2023' }],
          }),
          page('new', 'Veiviser'),
        ],
        roles: [{ id: 'r', name: 'R', summary: 'S', groups: [{ title: 'G', entries: ['old', 'new'] }] }],
      }),
    );
    expect(own.search('veiviser').map((h) => h.entry.id)).toEqual(['new', 'old']);
  });
});
