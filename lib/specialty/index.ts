/**
 * The specialty a user may pick beside the role: the catalogue's 46 specialties and LIS1
 * (assets/catalogue.json, `specialties`), named and ordered for a picker in the UI language.
 */
import type { Catalogue, Specialty } from '../catalogue';

/** The specialty's name in the UI language: English in English, the official name otherwise. */
export const specialtyName = (specialty: Specialty, language: string): string =>
  language === 'en' ? specialty.nameEn : specialty.name;

/**
 * Every specialty as the picker lists it: LIS1 (part 1, which every doctor starts with) first,
 * then the specialties by name in the UI language, each with its code ("Ortopedisk kirurgi (ORT)").
 */
export function specialtyChoices(cat: Catalogue, language: string): { id: string; label: string }[] {
  const collator = new Intl.Collator(language === 'en' ? 'en' : 'nb');
  const label = (s: Specialty) =>
    s.code ? `${specialtyName(s, language)} (${s.code})` : specialtyName(s, language);
  const lis1First = (s: Specialty) => (s.route === 'lis1' ? 0 : 1);
  return [...(cat.specialties ?? [])]
    .sort((a, b) => lis1First(a) - lis1First(b) || collator.compare(label(a), label(b)))
    .map((s) => ({ id: s.id, label: label(s) }));
}
