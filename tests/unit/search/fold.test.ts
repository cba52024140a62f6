/**
 * lib/search/analysis: how text and queries are folded, stemmed and split into terms, and which
 * words are filler (isStopTerm and queryTerms, on lib/search's face for other features).
 */
import { describe, expect, it } from 'vitest';
import { foldText, isStopTerm, queryTerms } from '../../../lib/search';
import { stem } from '../../../lib/search/analysis/stem';
import { tokenize } from '../../../lib/search/analysis/tokens';

const terms = (text: string) => tokenize(text, false).map((t) => t.term);

describe('foldText', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Éxamen ÜBER Crème')).toBe('examen uber creme');
  });

  it('meets æ, ø and å however they are typed', () => {
    const forms = ['læringsmål', 'laeringsmaal', 'laringsmal', 'LÆRINGSMÅL', 'læringsmaal'];
    expect(new Set(forms.map(foldText))).toEqual(new Set(['laringsmal']));
    expect(foldText('Sør-Øst')).toBe(foldText('soer oest'));
    expect(foldText('åpen')).toBe(foldText('aapen'));
  });

  it('turns punctuation and separators into single spaces', () => {
    expect(foldText('  I-2/2019,\tfor\n«leger»!  ')).toBe('i 2 2019 for leger');
  });
});

describe('stem', () => {
  it('meets nynorsk and bokmål inflections', () => {
    expect(stem('forskrifta')).toBe(stem('forskriften'));
    expect(stem('forskrifta')).toBe(stem('forskrift'));
    expect(stem('utdanningsplanar')).toBe(stem('utdanningsplaner'));
    expect(stem('utdanningsplanar')).toBe('utdanningsplan');
    expect(stem('veiledar')).toBe(stem('veileder'));
    expect(stem('utdanningsvirksomheter')).toBe(stem('utdanningsvirksomhet'));
  });

  it('leaves short words and words with digits alone', () => {
    expect(stem('lis')).toBe('lis');
    expect(stem('alis')).toBe('alis');
    expect(stem('lis1')).toBe('lis1');
    expect(stem('2019')).toBe('2019');
  });
});

describe('tokenize', () => {
  it('makes "I-2/2019", "i2 2019" and "i-2 2019" meet', () => {
    expect(terms('I-2/2019')).toEqual(['i2', '2019']);
    expect(terms('i2 2019')).toEqual(['i2', '2019']);
    expect(terms('i-2 2019')).toEqual(['i2', '2019']);
  });

  it('makes "LIS1", "LIS 1" and "LIS-1" meet, and "del 1" a term of its own', () => {
    expect(terms('LIS1')).toEqual(['lis1']);
    expect(terms('LIS 1')).toEqual(['lis1']);
    expect(terms('LIS-1')).toEqual(['lis1']);
    expect(terms('del 1')).toEqual(['del1']);
  });

  it('does not glue a filler word to a number', () => {
    expect(terms('del 2 og 3')).toEqual(['del2', 'og', '3']);
  });

  it('indexes a hyphenated word as its parts and as one word', () => {
    const found = tokenize('ALIS-kontorene').map((t) => t.term);
    expect(found.sort()).toEqual(['alis', 'aliskontor', 'kontor']);
  });

  it('gives every term its span in the original text, whatever folding did to it', () => {
    const spans = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
    expect(spans('Søknad om å bli registrert')).toEqual(['Søknad', 'om', 'å', 'bli', 'registrert']);
    expect(spans('Kompetansemaal og Læring')).toEqual(['Kompetansemaal', 'og', 'Læring']);
    expect(tokenize('Kompetansemaal').map((t) => t.word)).toEqual(['kompetansemal']);
    // Characters outside the basic plane take two indexes: the spans after them stay right.
    expect(spans('😀 ALIS')).toEqual(['ALIS']);
  });
});

describe('filler words (isStopTerm)', () => {
  it('are known however they are written, in bokmål, nynorsk and English, and dropped from queries', () => {
    for (const w of ['og', 'OG', 'Hvordan', 'korleis', 'ikkje', 'the', 'å', 'aa', 'https', 'www', 'dette']) {
      expect(
        tokenize(w).every((t) => isStopTerm(t.term)),
        w,
      ).toBe(true);
      expect(queryTerms(`${w} alis`), w).toEqual(['alis']);
    }
  });

  it('leave out the words that mean something', () => {
    for (const w of ['alis', 'veileder', 'kurs', 'LIS1', 'alis-kontorene'])
      expect(
        tokenize(w).some((t) => isStopTerm(t.term)),
        w,
      ).toBe(false);
  });
});

describe('queryTerms', () => {
  it('gives the meaningful terms of a text as the index spells them', () => {
    expect(queryTerms('Hvordan søke om å bli utdanningsvirksomhet?')).toEqual(['sok', 'utdanningsvirksom']);
    expect(queryTerms('LIS 1 i sykehus')).toEqual(['lis1', 'sykehu']);
  });

  it('keeps filler words when nothing else is left, and gives nothing for no words', () => {
    expect(queryTerms('for')).toEqual(['for']);
    expect(queryTerms(' 😀 … ')).toEqual([]);
  });
});
