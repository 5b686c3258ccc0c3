/**
 * German capitalises every noun, so a run of capitalised words is no name by itself ("Die Leitung", "Milliarden
 * Euro"). A German name is kept when it reads as one: a word with capitals or digits inside it ("TenneT",
 * "TransnetBW", "SuedLink"), names joined by a hyphen ("Schleswig-Holstein"), an institution's word
 * ("Bundesnetzagentur", "…ministerium", "…bank") with its complement ("für Wirtschaft und Klimaschutz"), or a
 * first name and a surname ("Klaus Müller"). The common nouns before such a word in the run ("Netzbetreiber
 * TenneT", "Präsident der Bundesnetzagentur") are no part of it.
 */

const NAME_LIKE = /^.+(?:\p{Lu}|\d)|-\p{Lu}/u;
const INSTITUTION =
  /(?:agentur|amt|bank|behörde|ministerium|gericht|kommission|verband|konzern|werke|gesellschaft|institut|stiftung|partei|AG|GmbH|SE|KG)$/u;
/** "für Wirtschaft und Klimaschutz" after an institution's word. */
const COMPLEMENT = /^ für \p{Lu}[\p{L}-]+(?: und \p{Lu}[\p{L}-]+)?/u;

/**
 * Which of a run's words make a German name, as the index of the first one kept, and what of the text after the
 * run belongs to it; none when the run is common nouns. `isFirstName` says whether a word is a first name.
 */
export function germanName(
  words: readonly string[],
  after: string,
  isFirstName: (word: string) => boolean,
): { from: number; complement: string } | undefined {
  const from = words.findIndex((word) => NAME_LIKE.test(word) || INSTITUTION.test(word));
  if (from >= 0) {
    const institution = INSTITUTION.test(words.at(-1) ?? '');
    return { from, complement: institution ? (COMPLEMENT.exec(after)?.[0] ?? '') : '' };
  }
  if (words.length >= 2 && isFirstName(words[0] ?? '')) return { from: 0, complement: '' };
  return undefined;
}
