/**
 * German capitalises every noun, so a run of capitalised words is no name by itself ("Die Leitung", "Milliarden
 * Euro"). A German name is kept when it reads as one: a word with capitals or digits inside it ("TenneT",
 * "TransnetBW", "SuedLink"), names joined by a hyphen ("Schleswig-Holstein"), an institution's word
 * ("Bundesnetzagentur", "…ministerium", "…bank") with its complement ("für Wirtschaft und Klimaschutz"), or a
 * first name and a surname ("Klaus Müller"), or a lone word listed with such a name and no article ("nach Bayern
 * und Baden-Württemberg"). The common nouns before such a word in the run ("Netzbetreiber TenneT", "Präsident der
 * Bundesnetzagentur") are no part of it.
 */

import { isOrganisationWord, isRegionName } from './party-evidence.ts';

const NAME_LIKE = /^.+(?:\p{Lu}|\d)|-\p{Lu}/u;
/** A word written as a name, not as a noun: capitals or digits inside it, or names joined by a hyphen. */
export const readsAsName = (word: string): boolean => NAME_LIKE.test(word);
const INSTITUTION =
  /(?:agentur|amt|bank|behörde|ministerium|gericht|kommission|verband|konzern|werke|gesellschaft|institut|stiftung|partei|kreis|AG|GmbH|SE|KG)$/u;
/** A plan's word: a name only after an adjective ("Nationale Wasserstoffstrategie"), not alone. */
const PLAN = /(?:strategie|programm|initiative|offensive)$/u;
/** A person's role, alone or at the end of a compound ("Sprecherin", "Betriebsratschef", "Landrätin"). */
const ROLE =
  /(?:chef|chefin|sprecher|sprecherin|leiter|leiterin|präsident|präsidentin|vorsitzende|vorsitzender|direktor|direktorin|geschäftsführer|geschäftsführerin|gründer|gründerin|bürgermeister|bürgermeisterin|minister|ministerin|rat|rätin|sprecher|experte|expertin|analyst|analystin|ingenieur|ingenieurin|manager|managerin|inhaber|inhaberin|landwirt|landwirtin)$/iu;
/** A company's legal form, the last word of its name: the words before it are the company's. */
const LEGAL_FORM = /^(?:AG|GmbH|SE|KG|KGaA|mbH|UG|OHG|e\.V\.?)$/u;
/** An adjective that opens an institution's name: "Europäische Kommission", "Nationale Wasserstoffstrategie". */
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:sche|ische|ale|ene|e)$/u;
/** Before a place's name, without an article: "in Bremen", "aus Oldenburg", "bei Jever". */
const PLACE_PREPOSITION = /(?:^|\s)(?:in|aus|nach|bei|ab)\s$/u;
/** Endings of German common nouns, never of a town's name. */
const NOUN_ENDING =
  /(?:ung|ungen|heit|keit|schaft|tion|tät|nis|ismus|ment|ei|ik|ie|ien|alen|ur|in|sicht|zeit|kraft|angaben|e|ern|eln|-)$/u;
/** Nouns a preposition takes without an article ("in Betrieb", "nach Angaben", "bei Bedarf"). */
// prettier-ignore
const BARE_NOUNS = new Set(['Betrieb', 'Kraft', 'Angaben', 'Anfang', 'Ende', 'Bedarf', 'Zukunft', 'Frage', 'Höhe',
  'Summe', 'Form', 'Folge', 'Rahmen', 'Richtung', 'Gefahr', 'Teilen', 'Kürze', 'Zeit', 'Ruhe', 'Bezug', 'Hinblick',
  'Anbetracht', 'Auftrag', 'Sachen', 'Haus', 'Hause', 'Prozent', 'Euro', 'Zeiten', 'Jahren', 'Monaten', 'Wochen',
  'Tagen', 'Stunden', 'Minuten', 'Schritt', 'Gang', 'Sorge', 'Kauf', 'Eigenregie']);
/** "für Wirtschaft und Klimaschutz" after an institution's word. */
const COMPLEMENT = /^ für \p{Lu}[\p{L}-]+(?:(?:, \p{Lu}[\p{L}-]+)*,? und \p{Lu}[\p{L}-]+)?/u;
/** A name listed after the run, or before it: " und Baden-Württemberg", "Schleswig-Holstein und ". */
const LISTED_AFTER = /^,? (?:und|oder|sowie) ([\p{L}-]+)/u;
const LISTED_BEFORE = /([\p{L}-]+),? (?:und|oder|sowie) (?:in |nach |aus |bei )?$/u;
const PLACE_LISTED_BEFORE =
  /(?:^|\s)(?:in|aus|nach|bei|ab) (\p{Lu}[\p{L}-]+),? (?:und|oder|sowie) (?:in |nach |aus |bei )?$/u;
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
  // A first name and a surname, after whatever role the run gives first ("Behördenpräsident Klaus Wendt").
  const person = words.findIndex((word, index) => index + 1 < words.length && isFirstName(word));
  if (person >= 0) return { from: person, complement: '' };
  // "Stadt Wehrberg", "Freistaat Thüringen", "Talbrücke Ammerschlucht": a town's, a state's or a structure's word
  // before its name is the name's.
  if (words.length === 2 && NAMED_KIND.test(words[0] ?? '') && /^\p{Lu}/u.test(words[1] ?? ''))
    return { from: 0, complement: '' };
  // "Aurelis-Geschäftsführerin Henrike Vogt": a company's role joined to its name, before a person's two words.
  // "Betriebsratschef Jürgen Maas", "Sprecher Hauke Janssen": a role's word, then a person's two words.
  const named = words.slice(1).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word));
  const role = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') || (ROLE.test(words[0] ?? '') && named);
  if (words.length === 3 && role) return { from: 1, complement: '' };
  // "Investor Meridian Capital": a name before a company's word.
  const company = words.findIndex((word, index) => index > 0 && isOrganisationWord(word));
  if (company > 0) return { from: company - 1, complement: '' };
  // "Förderprogramm Perspektive Lausitz", "Aktionsbündnis Grünes Tal": a kind's word before a name of two words.
  if (words.length >= 3 && CALLED.test(words[0] ?? '')) return { from: 1, complement: '' };
  const plan = words.findIndex((word, index) => index > 0 && PLAN.test(word) && ADJECTIVE.test(words[index - 1] ?? ''));
  if (plan > 0) return { from: plan - 1, complement: '' };
  if (words.length >= 2 && LEGAL_FORM.test(words.at(-1) ?? ''))
    return { from: Math.max(0, words.length - 4), complement: '' };
  let from = words.findIndex((word) => NAME_LIKE.test(word) || INSTITUTION.test(word));
  if (from >= 0) {
    const institution = INSTITUTION.test(words.at(-1) ?? '');
    // "Beteiligungsgesellschaft Valorem Partners": a kind of institution before a name of two words or more.
    // "Marktforschungsinstitut Heizwerte": a compound that says what sort of institution the name after it is.
    const sort =
      words.length - from === 2 && /\p{Ll}(?:institut|verband|gesellschaft|agentur)$/u.test(words[from] ?? '');
    if (INSTITUTION.test(words[from] ?? '') && (words.length - from >= 3 || sort)) from++;
    else if (from > 0 && INSTITUTION.test(words[from] ?? '') && ADJECTIVE.test(words[from - 1] ?? '')) from--;
    // "die Online-Petition", "der Lkw-Verkehr": a compound noun after an article.
    const word = words[from] ?? '';
    if (words.length === 1 && /-\p{Lu}/u.test(word) && !/\p{Ll}\p{Lu}/u.test(word) && ARTICLE_BEFORE.test(before))
      return undefined;
    return { from, complement: institution ? (COMPLEMENT.exec(after)?.[0] ?? '') : '' };
  }
  const only = words[0] ?? '';
  const placeLike = (word: string): boolean =>
    isRegionName(word, 'de') || (!NOUN_ENDING.test(word) && !BARE_NOUNS.has(word));
  if (words.length === 1 && PLACE_PREPOSITION.test(before) && placeLike(only)) return { from: 0, complement: '' };
  // "in Hessen und Thüringen": listed with a place named after its preposition.
  const listedPlace = PLACE_LISTED_BEFORE.exec(before)?.[1];
  if (words.length === 1 && listedPlace && placeLike(listedPlace) && placeLike(only))
    return { from: 0, complement: '' };
  const listedWith = LISTED_AFTER.exec(after)?.[1] ?? LISTED_BEFORE.exec(before)?.[1];
  if (words.length === 1 && listedWith && NAME_LIKE.test(listedWith) && !ARTICLE_BEFORE.test(before))
    return { from: 0, complement: '' };
  return undefined;
}

/** Words that name a town, a state or a structure with the name after them ("Stadt", "…brücke", "…stadion"). */
export const NAMED_KIND =
  /^(?:Stadt|Gemeinde|Landkreis|Freistaat|Markt|\p{Lu}\p{Ll}*(?:brücke|straße|platz|stadion|tunnel|bahnhof|halle|talsperre))$/u;

/** A word for a plan or an alliance that opens a run before the name it calls so ("Programm", "Aktionsbündnis"). */
const CALLED =
  /^(?:\p{Lu}\p{Ll}*(?:programm|projekt|bündnis|netzwerk|plattform|kampagne)|Programm|Projekt|Bündnis|Netzwerk|Plattform|Kampagne|Initiative)$/u;
/** A common noun for what a company or a club is, before its name ("Verein", "Baufirma", "Genossenschaft"). */
const KIND_NOUN =
  /^(?:\p{Lu}\p{Ll}*(?:verein|vereins|verband|verbands|firma|unternehmen|genossenschaft|konzern|hersteller|betreiber|händler|versorger)|Verein|Firma|Unternehmen|Genossenschaft|Konzern|Hersteller|Betreiber|Händler|Versorger|Investor|Träger|Zulieferer)$/u;

/** The words of a German name before its legal form, without the kind's noun before them ("Verein …"). */
export function germanCompany<W extends { word: string }>(words: readonly W[]): W[] {
  let from = Math.max(0, words.length - 5);
  while (from < words.length - 1 && (KIND_NOUN.test(words[from]?.word ?? '') || ROLE.test(words[from]?.word ?? '')))
    from++;
  return words.slice(from);
}
