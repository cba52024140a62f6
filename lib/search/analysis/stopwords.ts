/**
 * Filler words that carry no meaning in a search ("hvordan søke om å bli ..."), in bokmål,
 * nynorsk and English, and the pieces of web addresses people paste (www, https, html). The one
 * list in Spes: the search drops these from queries, and other features ask `isStopTerm` on the
 * search's face. Compared after folding and stemming, like everything else.
 */
import { foldText } from './fold';
import { stem } from './stem';

const WORDS = [
  // bokmål
  'hvordan hva hvem hvor hvilke hvilken hvorfor hvis når er var være blir bli ble og eller men i på av',
  'for fra til med om å at som en et ei den det de der her jeg vi du meg oss min mitt mine sin sitt',
  'sine har ha hatt kan skal må vil bør få finne finn noe noen alle også ikke så seg ved hos etter',
  'mellom under over inn ut opp gi gis gjør gjøre mot kun mer mange hver samt jf dette disse andre annen',
  // nynorsk
  'korleis kva kven kor kvifor kvar eg me ein eit frå ikkje òg mi mitt dei',
  // English
  'the a an how what who where which why when is are was be to of in on for from with and or my me',
  'i we you do does can should about find get this that as at',
  // web addresses
  'www http https html htm php aspx',
].join(' ');

const STOP_TERMS = new Set(WORDS.split(' ').map((w) => stem(foldText(w))));

/** True for a term (folded and stemmed, as the index spells it) on the list. */
export const isStopTerm = (term: string): boolean => STOP_TERMS.has(term);

// Words every page in Spes is about: each is for doctors ("leger"). A query that matches only on
// one of them ("lege", the "lege" of "legevakt") has no good match, and says so, rather than
// listing pages that merely mention doctors.
const SUBJECT_TERMS = new Set(['lege', 'leger', 'legar', 'doctor', 'doctors'].map((w) => stem(foldText(w))));

/** True for a term (folded and stemmed) that every page shares, so it alone matches nothing well. */
export const isSubjectTerm = (term: string): boolean => SUBJECT_TERMS.has(term);
