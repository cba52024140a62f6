/**
 * Filler words that carry no meaning in a search ("hvordan søke om å bli ..."), in bokmål,
 * nynorsk and English. They are compared after folding and stemming, like everything else.
 */
import { foldText } from './fold';
import { stem } from './stem';

const WORDS = [
  // bokmål
  'hvordan hva hvem hvor hvilke hvilken hvorfor hvis når er var være blir bli ble og eller men i på av',
  'for fra til med om å at som en et ei den det de der her jeg vi du meg oss min mitt mine sin sitt',
  'sine har ha hatt kan skal må vil bør få finne finn noe noen alle også ikke så seg ved hos etter',
  'mellom under over inn ut opp gi gis gjør gjøre',
  // nynorsk
  'korleis kva kven kor kvifor kvar eg me ein eit frå ikkje òg mi mitt dei',
  // English
  'the a an how what who where which why when is are was be to of in on for from with and or my me',
  'i we you do does can should about find get',
].join(' ');

const STOPWORDS = new Set(WORDS.split(' ').map((w) => stem(foldText(w))));

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}
