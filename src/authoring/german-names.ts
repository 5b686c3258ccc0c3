/**
 * German capitalises every noun, so a run of capitalised words is no name by itself ("Die Leitung", "Milliarden
 * Euro"). A German name is kept when it reads as one: a word with capitals or digits inside it ("TenneT",
 * "TransnetBW", "SuedLink"), names joined by a hyphen ("Schleswig-Holstein"), an institution's word
 * ("Bundesnetzagentur", "…ministerium", "…bank") with its complement ("für Wirtschaft und Klimaschutz"), or a
 * first name and a surname ("Klaus Müller"), or a lone word listed with such a name and no article ("nach Bayern
 * und Baden-Württemberg"). The common nouns before such a word in the run ("Netzbetreiber TenneT", "Präsident der
 * Bundesnetzagentur") are no part of it.
 */

const NAME_LIKE = /^.+(?:\p{Lu}|\d)|-\p{Lu}/u;
const INSTITUTION =
  /(?:agentur|amt|bank|behörde|ministerium|gericht|kommission|verband|konzern|werke|gesellschaft|institut|stiftung|partei|AG|GmbH|SE|KG)$/u;
/** "für Wirtschaft und Klimaschutz" after an institution's word. */
const COMPLEMENT = /^ für \p{Lu}[\p{L}-]+(?: und \p{Lu}[\p{L}-]+)?/u;
/** A name listed after the run, or before it: " und Baden-Württemberg", "Schleswig-Holstein und ". */
const LISTED_AFTER = /^,? (?:und|oder|sowie) ([\p{L}-]+)/u;
const LISTED_BEFORE = /([\p{L}-]+),? (?:und|oder|sowie) $/u;
/** What stands before a common noun and never before a place's or a state's name. */
const ARTICLE_BEFORE =
  /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|vom|zum|zur|beim)\s$/iu;

/**
 * Which of a run's words make a German name, as the index of the first one kept, and what of the text after the
 * run belongs to it; none when the run is common nouns. `isFirstName` says whether a word is a first name.
 */
export function germanName(
  words: readonly string[],
  around: { before: string; after: string },
  isFirstName: (word: string) => boolean,
): { from: number; complement: string } | undefined {
  const { before, after } = around;
  const from = words.findIndex((word) => NAME_LIKE.test(word) || INSTITUTION.test(word));
  if (from >= 0) {
    const institution = INSTITUTION.test(words.at(-1) ?? '');
    return { from, complement: institution ? (COMPLEMENT.exec(after)?.[0] ?? '') : '' };
  }
  if (words.length >= 2 && isFirstName(words[0] ?? '')) return { from: 0, complement: '' };
  const listedWith = LISTED_AFTER.exec(after)?.[1] ?? LISTED_BEFORE.exec(before)?.[1];
  if (words.length === 1 && listedWith && NAME_LIKE.test(listedWith) && !ARTICLE_BEFORE.test(before))
    return { from: 0, complement: '' };
  return undefined;
}
