/**
 * Words of a run of capitalised words that the party suggestions read apart from a name: months that are also
 * first names, units and quarters, titles before a person, a date's words, and where a sentence starts.
 */
import type { Party } from '../../schemas/party.ts';

/** Months that are also first names ("Jan Koum", "April Ryan") when another name follows. */
export const MONTH_NAMES = /^(?:Jan|Apr|April|May|June|Jun|Jul|Aug|August)$/;
/** Not parties: quarters and halves, unit symbols, a currency's prefix ("US" of "US$16 billion") or name. */
export const NOT_NAMES =
  /^(?:Q[1-4]|H[12]|FY\d*|[kMGT]?Wh?|CO2|km|GDP|CEO|CFO|AI|(?:Eastern|Central|Pacific|Mountain) Time|GMT|UTC|CET|CEST|D-Mark|DM)$/;
/** A month's short name alone ("Nov. 3"); as a run's first word it may be a first name ("Jan Koum"). */
export const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
export const POSSESSIVE = /[’']s$/;
/** A title before a person's name ("CEO Ada Okafor", "Professor Lena Brandt"). */
export const TITLES =
  /^(?:CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Chair|Minister|Secretary|Senator|Governor|Mayor|Director|Chief|Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice)$/;
/** Months and weekdays (and the German ones, and its seasons, capitalised as names are): a date's words, never a party's. */
export const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Frühjahr|Frühling|Sommer|Herbst|Winter)$/;
/** At the start of a run or of a sentence: where any word is capitalised. */
export const atSentenceStart = (before: string, at: number, runs: ReadonlyArray<{ start: number }>): boolean =>
  runs.some((run) => run.start === at) || /(?:[.!?:]\s+|["“(«„¿¡—–-]\s*)$/.test(before);

export interface FoundParty {
  name: string;
  kind: Party['kind'];
  /** Where it is first named, in the text searched. */
  start: number;
  end: number;
  /** The words of its first passage, when not its name (an expanded abbreviation). */
  quote?: string | undefined;
  /** Shorter forms the text also uses ("Pichai" after "Sundar Pichai"). */
  aliases: string[];
  /** The title written before it ("CEO"). */
  title?: string | undefined;
  /** The word for its kind before it, when it is named in quotation marks ("Bürgerinitiative"). */
  called?: { kind: Party['kind']; word: string } | undefined;
  /** How sure the suggestion is (0 to 1), and why, once judged. */
  confidence?: number;
  evidence?: string;
}

/** A legal form after a name's capitalised words, with its points. */
export const LEGAL_AFTER =
  /^(?: plc\b|,? (?:Inc|Corp|Ltd|LLC|LLP|S\.A|S\.L|e\.V)\.?(?![\p{L}])|,? (?:Inc|Corp|Ltd)\.| e\.V\.)/u;
/** A closed appositive after a word: ", the energy regulator," describes a name. */
export const APPOSITIVE_AFTER = /^, (?:the|a|an|its|le|la|l['’]|un|une|el|der|die|das|ein|eine) \p{Ll}[^,.;]{1,40},/u;
