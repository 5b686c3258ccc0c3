/**
 * What the words around a name say of it: a sentence's first word that is no name ("Despite", "Le", "Nach"), by
 * compromise (English) or a list (French, German, Spanish), and what sort of party a name is, where compromise knows.
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import type { Party } from '../../schemas/party.ts';

const ORGANISATION_WORDS =
  /\b(?:Inc|Corp|Ltd|LLC|Group|Bank|Fund|Cloud|Labs|Systems|Chips|Energy|Capital|Partners|Holdings|University|Agency|Council|Court|Department|Ministry|Commission|Authority|Parliament|Committee|Board|Office|Institute|Association|Union|Foundation)\b/;

const tags = (words: string): Set<string> =>
  new Set(
    (nlp(words).json() as Array<{ terms: Array<{ tags: string[] }> }>).flatMap((s) => s.terms.flatMap((t) => t.tags)),
  );

// prettier-ignore
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'on', 'in', 'at', 'for', 'as', 'since', 'despite', 'however', 'this',
  'that', 'these', 'those', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'during', 'with', 'by', 'from',
  'of', 'to', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'our', 'their', 'his', 'her', 'yet', 'so', 'still',
  'later', 'earlier', 'then', 'meanwhile', 'also', 'now', 'today']);

/** Words that start a sentence without being a name, in the languages whose texts are read without compromise. */
// prettier-ignore
const OTHER_FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  fr: new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'nous', 'vous', 'il',
    'elle', 'ils', 'elles', 'on', 'en', 'au', 'aux', 'dans', 'pour', 'par', 'sur', 'avec', 'mais', 'et', 'ou', 'depuis',
    'selon', 'après', 'avant', 'lors', 'alors', 'ainsi', 'pourtant', 'cependant', 'lecture', 'publié', 'mis', 'à', 'son',
    'sa', 'ses', 'leur', 'leurs', 'si', 'quand', 'dont', 'qui', 'que', 'pas', 'plus', 'tout', 'tous', 'toutes']),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'er', 'sie', 'es', 'wir',
    'ihr', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'seit', 'von', 'vor', 'zu', 'zum', 'zur', 'und',
    'oder', 'aber', 'doch', 'auch', 'dieser', 'diese', 'dieses', 'wie', 'wenn', 'als', 'laut', 'nun', 'so']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'en', 'con', 'por', 'para',
    'según', 'desde', 'tras', 'y', 'o', 'pero', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'nosotros', 'él',
    'ella', 'ellos', 'su', 'sus', 'si', 'cuando', 'como', 'también', 'ya', 'así']),
};

/** A word of the lists above, in a text's language (English's list by default), or an English people's word. */
export const isListedFunctionWord = (word: string, language: string): boolean =>
  (OTHER_FUNCTION_WORDS[language] ?? FUNCTION_WORDS).has(word.toLowerCase()) ||
  (language === 'en' && isDemonymOrDirection(word));

/** The languages whose first names gender-detection-from-name lists (compromise knows English ones). */
const LISTED_FIRST_NAMES = new Set(['de', 'es', 'fr', 'it']);
const firstNames = new Map<string, ReadonlyMap<string, string>>();
/** The list of a language's first names, read when first asked for (about 0.5 MB each). */
function firstNamesOf(language: string): ReadonlyMap<string, string> | undefined {
  if (!LISTED_FIRST_NAMES.has(language)) return undefined;
  let names = firstNames.get(language);
  if (!names) {
    const require = createRequire(import.meta.url);
    names = require(`gender-detection-from-name/names/${language}.js`) as ReadonlyMap<string, string>;
    firstNames.set(language, names);
  }
  return names;
}

/**
 * A first name: one compromise knows ("Jens" of "Jens Weidmann"), or, in French, German, Spanish and Italian, one
 * of that language's list ("Jürgen", "Nuria", "Odile", which compromise does not know). The lists hold a few words
 * that are names of other things too ("La", "Paris", "Chine"): a function word of the language is never one here,
 * and callers leave out countries.
 */
export const isFirstName = (word: string, language = 'en'): boolean =>
  tags(word).has('FirstName') ||
  (/^\p{Lu}\p{Ll}/u.test(word) &&
    !isListedFunctionWord(word, language) &&
    (firstNamesOf(language)?.has(word.toLowerCase()) ?? false));

const FUNCTION_TAGS = ['Preposition', 'Determiner', 'Conjunction', 'Adverb', 'Pronoun', 'QuestionWord'];
const CALENDAR_TAGS = ['Date', 'Month', 'WeekDay'];

/**
 * A word that starts a sentence without being a name: a preposition, a determiner, an adverb, a pronoun, a verb…
 * `headsAName`: the word comes before "of" or "for" in an English run ("Bank of England"), where a word compromise
 * reads as a verb ("bank", "court", "board") is a noun; the other function words stay what they are ("Instead of").
 */
export function isFunctionWord(word: string, language = 'en', headsAName = false): boolean {
  const other = OTHER_FUNCTION_WORDS[language];
  if (other) return other.has(word.toLowerCase().replace(/['’]$/, ''));
  if (FUNCTION_WORDS.has(word.toLowerCase())) return true;
  const found = tags(word.toLowerCase());
  const listed = [...FUNCTION_TAGS, ...CALENDAR_TAGS].some((tag) => found.has(tag));
  return listed || (found.has('Verb') && !headsAName);
}

export function kindOf(name: string, titled: boolean): Party['kind'] {
  if (titled) return 'person';
  const found = tags(name);
  if (ORGANISATION_WORDS.test(name)) return 'organization';
  if (found.has('Person') || found.has('FirstName')) return 'person';
  if (found.has('Place') || found.has('Country') || found.has('City')) return 'place';
  if (found.has('Organization')) return 'organization';
  return 'other';
}

/** A people's or a compass point's word ("Dutch", "French", "the West"): no party of its own. */
export const isDemonymOrDirection = (word: string): boolean =>
  /^(?:North|South|East|West|Midwest|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western)$/.test(
    word,
  ) ||
  tags(word).has('Demonym') ||
  isLanguageName(word);

const languageNames = new Set(
  [...'abcdefghijklmnopqrstuvwxyz'].flatMap((a) =>
    [...'abcdefghijklmnopqrstuvwxyz'].map((b) =>
      new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(`${a}${b}`),
    ),
  ),
);
/** A language's English name ("English", "Spanish"), from Intl: "a degree in English" names no party. */
const isLanguageName = (word: string): boolean => languageNames.has(word);

/** A plural common noun ("residents", "officials"): at a sentence's start before "of", the name is after it. */
export const isCommonPlural = (word: string): boolean => {
  const found = tags(word.toLowerCase());
  return found.has('Plural') && !found.has('ProperNoun') && !found.has('Organization');
};
