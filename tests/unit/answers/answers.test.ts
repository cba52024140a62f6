/**
 * The answers' logic with the clock passed in: which facts a role sees on a given day, that a
 * fact is gone the day after its end with no new release, and which queries name a card.
 */
import { describe, expect, it } from 'vitest';
import { bundledFacts, currentFacts, dayOf, loadAnswerFinder, type Fact } from '../../../lib/answers';

const fact = (over: Partial<Fact>): Fact => ({
  id: 'frist',
  roles: ['lis'],
  nb: 'Frist.',
  nn: 'Frist.',
  en: 'Deadline.',
  source: 'https://www.helsedirektoratet.no/',
  checked: '2026-12-04',
  from: '2026-01-01',
  until: '2026-12-31',
  keywords: ['frist', 'gammel ordning'],
  ...over,
});

describe('currentFacts', () => {
  it('shows a fact through its last day and drops it the day after, by the injected day', () => {
    const facts = [fact({})];
    expect(currentFacts(facts, 'lis', '2025-12-31')).toEqual([]);
    expect(currentFacts(facts, 'lis', '2026-01-01')).toHaveLength(1);
    expect(currentFacts(facts, 'lis', '2026-12-31')).toHaveLength(1);
    expect(currentFacts(facts, 'lis', '2027-01-01')).toEqual([]);
  });

  it("shows a role only its own facts, the soonest to end first; 'alle' sees every one", () => {
    const facts = [
      fact({ id: 'late', until: '2028-12-31' }),
      fact({ id: 'soon' }),
      fact({ id: 'leder', roles: ['sykehus-leder'] }),
    ];
    expect(currentFacts(facts, 'lis', '2026-12-04').map((f) => f.id)).toEqual(['soon', 'late']);
    expect(currentFacts(facts, 'alle', '2026-12-04')).toHaveLength(3);
  });

  it('gives a fact about some specialties to those who chose one of them, and with none chosen to leaders only', () => {
    const facts = [
      fact({ id: 'alm', roles: ['lis', 'kommune-leder'], specialties: ['allmennmedisin'] }),
      fact({ id: 'alle', roles: ['lis', 'kommune-leder'] }),
    ];
    const ids = (role: string, specialty: string | null) =>
      currentFacts(facts, role, '2026-12-04', specialty).map((f) => f.id);
    expect(ids('lis', null)).toEqual(['alle']);
    expect(ids('lis', 'Allmennmedisin')).toEqual(['alm', 'alle']);
    expect(ids('lis', 'Ortopedisk kirurgi')).toEqual(['alle']);
    expect(ids('kommune-leder', null)).toEqual(['alm', 'alle']);
    expect(ids('kommune-leder', 'Ortopedisk kirurgi')).toEqual(['alle']);
  });

  it('reads the bundled old-scheme deadline as gone on 1 January 2027', () => {
    const ids = (day: string) => currentFacts(bundledFacts, 'lis', day, 'Allmennmedisin').map((f) => f.id);
    expect(ids('2026-12-31')).toContain('gammel-ordning-allmennmedisin');
    expect(ids('2027-01-01')).not.toContain('gammel-ordning-allmennmedisin');
  });

  it('takes the day where the user is', () => {
    expect(dayOf(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(dayOf(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});

describe('the finder', async () => {
  const { answerKeys, findAnswers } = await loadAnswerFinder();
  const keys = (q: string, today = '2026-12-04') => answerKeys(findAnswers(q, today));

  it('shows the card a query names, with or without a question around it', () => {
    expect(keys('hva er FIM')).toEqual(['term:fim']);
    expect(keys('What is a supervisor?')).toEqual(['term:supervisor']);
    expect(keys('laeringsmal')).toEqual(['term:laeringsmal']);
    expect(keys('supervisør eller veileder')).toEqual(['term:supervisor', 'term:veileder']);
  });

  it('shows no card when the query asks for more than the term, or for nothing it knows', () => {
    expect(keys('veileder kurs')).toEqual([]);
    expect(keys('veilederkurs')).toEqual([]);
    expect(keys('kompetanseportalen innlogging')).toEqual([]);
    expect(keys('§ 19')).toEqual([]);
    expect(keys('')).toEqual([]);
  });

  it('finds a current fact by two of its words, and not after its end', () => {
    expect(keys('frist gammel ordning allmennmedisin')).toEqual(['fact:gammel-ordning-allmennmedisin']);
    expect(keys('frist gammel ordning allmennmedisin', '2027-01-01')).toEqual([]);
    expect(keys('allmennmedisin')).toEqual([]);
  });
});
