import { normalizeText } from './text';

/**
 * Tussenvoegsels and their foreign cousins, as single words. A family is known as "Heijden" or
 * "Boer" as often as "van der Heijden" or "de Boer", and the name itself is what tells families
 * apart; "van", "de" and "der" would match half the country.
 */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  't',
  "'s",
  'te',
  'ter',
  'ten',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'onder',
  'over',
  'voor',
  // "v/d", "v.d." and "vd" for van de(r/n)
  'v',
  'd',
  'vd',
  'la',
  'le',
  'les',
  'du',
  'des',
  'da',
  'di',
  'del',
  'dos',
  'das',
]);

/** Searches of more words than this use the first ones: a name is never longer, a query stays small. */
const MAX_WORDS = 5;

/**
 * The words of a name search, each to be found in some name of the family: folded like the stored
 * keys, split at spaces, hyphens and stops ("Jansen-de Vries" is Jansen and de Vries), tussenvoegsels
 * left out wherever they stand ("van der Heijden" is "heijden") unless they are all there is ("van").
 * Letters, digits and apostrophes only ("'t", "d'souza"), so no word holds a LIKE wildcard.
 */
export function nameSearchWords(search: string): string[] {
  const words = normalizeText(search)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const names = words.filter((word) => !PARTICLES.has(word));
  return [...new Set(names.length > 0 ? names : words)].slice(0, MAX_WORDS);
}
