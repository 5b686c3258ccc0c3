/**
 * The names a text uses for people, organisations, places and products: runs of capitalised words, split at a
 * possessive ("OpenAI's ChatGPT") or a title ("Google CEO Sundar Pichai"), with an abbreviation in brackets read
 * as the words it stands for ("tensor processing units (TPUs)"). compromise (an English NLP library) tells a
 * sentence's first word that is no name ("Despite", "The") and what sort of party a name is, where it knows.
 */
import type { Party } from '../schemas/party.ts';
import { germanName } from './german-names.ts';
import { institutionName, isInstitution, listingInstitution } from './institution-names.ts';
import { isFirstName, isFunctionWord, isListedFunctionWord, kindOf } from './name-words.ts';

interface FoundParty {
  name: string;
  kind: Party['kind'];
  /** Where it is first named, in the text searched. */
  start: number;
  end: number;
  /** The words of its first passage, when not its name (an expanded abbreviation). */
  quote?: string | undefined;
  /** Shorter forms the text also uses ("Pichai" after "Sundar Pichai"). */
  aliases: string[];
}

// An apostrophe inside a name stays in it ("Gonfreville-l'Orcher"); a possessive's is taken off below.
const WORD = String.raw`[\p{Lu}][\p{L}\p{N}&-]*(?:['’][\p{Lu}][\p{L}\p{N}&-]*)*`;
/** Small words a name keeps inside it: "Court of Appeal", "Department for Education", "Hester van Buren". */
const PARTICLE = String.raw`(?:of|for|of the|de|du|des|la|le|van|von|der|den|di|da|del|dos|bin|al)`;
const NAME_RUN = new RegExp(String.raw`${WORD}(?:[’']s)?(?: (?:${PARTICLE} )?${WORD}(?:[’']s)?)*`, 'gu');
/** Months that are also first names ("Jan Koum", "April Ryan") when another name follows. */
const MONTH_NAMES = /^(?:Jan|Apr|April|May|June|Jun|Jul|Aug|August)$/;
const IS_PARTICLE = new RegExp(String.raw`^${PARTICLE}$`);
/** Not parties: quarters and halves, unit symbols, a currency's prefix ("US" of "US$16 billion"). */
const NOT_NAMES = /^(?:Q[1-4]|H[12]|FY\d*|[kMGT]?Wh?|CO2|km|GDP|CEO|CFO|AI)$/;
const POSSESSIVE = /[’']s$/;
/** The last word of a company's legal name. */
const CORPORATE_FORM =
  / (?:Holdings|Group|Inc|Incorporated|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|LLP|Company|Co|SA|AG|GmbH|SE|NV|BV|SpA|SAS)\.?$/;
const TITLES =
  /^(?:CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Chair|Minister|Secretary|Senator|Governor|Mayor|Director|Chief|Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Lord|Lady|Judge|Justice)$/;
const ACRONYM = /\b((?:[\p{L}-]+ ){1,6})\(([\p{Lu}][\p{L}]*?\p{Lu})(s?)\)/gu;
/** Months and weekdays: a date's words, never a party's. */
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** At the start of a run or of a sentence: where any word is capitalised. */
const atSentenceStart = (before: string, at: number, runs: ReadonlyArray<{ start: number }>): boolean =>
  runs.some((run) => run.start === at) || /(?:[.!?:]\s+|["“(]\s*)$/.test(before);

/** Every candidate name in a text made of runs (paragraphs, cells), each once, at its first place. */
// Longer than most functions here: where each name stands must all be counted before any is kept or dropped.
export function findParties(
  text: string,
  runs: ReadonlyArray<{ start: number; end: number }>,
  language = 'en',
): FoundParty[] {
  const base = (language.split('-')[0] ?? 'en').toLowerCase();
  const found = new Map<string, FoundParty>();
  const counts = new Map<string, { total: number; midSentence: number }>();
  const add = (party: FoundParty): void => {
    if (!found.has(party.name)) found.set(party.name, party);
  };
  const abbreviated = new Set<string>();
  /** Where an institution's name runs on past its capitalised words ("Commission européenne"). */
  const institutions: Array<{ start: number; end: number }> = [];
  const matchesOf = (pattern: RegExp) =>
    runs.flatMap((run) =>
      [...text.slice(run.start, run.end).matchAll(pattern)].map((match) => ({ match, run: run.start })),
    );
  for (const { match, run } of matchesOf(ACRONYM)) {
    const [, before, letters, plural] = match as unknown as [string, string, string, string];
    const words = before.trim().split(' ');
    const initials = words
      .slice(-letters.length)
      .map((word) => word[0]?.toUpperCase())
      .join('');
    if (initials !== letters.toUpperCase()) continue;
    const expanded = words.slice(-letters.length).join(' ');
    const start = run + (match.index ?? 0) + before.trimEnd().length - expanded.length;
    const quote = `${expanded} (${letters}${plural})`;
    abbreviated.add(`${letters}${plural}`);
    add({
      name: `${expanded[0]?.toUpperCase()}${expanded.slice(1)}`,
      kind: 'other',
      start,
      end: start + quote.length,
      quote,
      aliases: [`${letters}${plural}`],
    });
  }
  for (const { match, run } of matchesOf(NAME_RUN)) {
    let words: Array<{ word: string; at: number }> = [];
    let titled = false;
    /** Keeps the name the words so far make, if they make one. */
    const keep = (): void => {
      const last = words.at(-1);
      if (!last) return;
      // A name never ends on a particle ("Bank of" in "the Bank of 2024"): it is given back.
      while (words.length > 1 && IS_PARTICLE.test(words.at(-1)?.word ?? '')) words.pop();
      const runEnd = last.at + last.word.length;
      // "Northwind Water plc": the legal form in lower case is part of the name.
      let suffix = /^ plc\b/.exec(text.slice(runEnd, runEnd + 4))?.[0] ?? '';
      if (base === 'de') {
        const start = words[0]?.at ?? runEnd;
        const german = germanName(
          words.map(({ word }) => word),
          { before: text.slice(Math.max(0, start - 80), start), after: text.slice(runEnd, runEnd + 80) },
          isFirstName,
        );
        words = german ? words.slice(german.from) : [];
        suffix = german?.complement ?? '';
      }
      const first = words[0];
      if (!first) return;
      const name = words.map(({ word }) => word).join(' ') + suffix;
      const end = runEnd + suffix.length;
      const after = text.slice(end, end + 1);
      const before = text.slice(Math.max(0, first.at - 2), first.at);
      // A unit after a number ("40 MWh"), a currency's prefix ("US$"), a quarter: none is a party.
      if (NOT_NAMES.test(name) || after === '$' || (/\d\s?$/.test(before) && !name.includes(' '))) {
        return;
      }
      if (institutions.some((span) => first.at >= span.start && first.at < span.end)) {
        return;
      }
      const listing = base === 'en' ? listingInstitution(text, first.at, name) : undefined;
      const institution = listing ? { start: first.at, name: listing } : institutionName(text, first.at, name, base);
      if (institution) {
        institutions.push({ start: institution.start, end: institution.start + institution.name.length });
        if (!abbreviated.has(institution.name))
          add({
            name: institution.name,
            kind: isInstitution(institution.name, base) ? 'organization' : kindOf(institution.name, titled),
            start: institution.start,
            end: institution.start + institution.name.length,
            aliases: [],
          });
        return;
      }
      const count = counts.get(name) ?? { total: 0, midSentence: 0 };
      count.total++;
      if (!atSentenceStart(text.slice(0, first.at), first.at, runs)) count.midSentence++;
      counts.set(name, count);
      if (!abbreviated.has(name)) add({ name, kind: kindOf(name, titled), start: first.at, end, aliases: [] });
    };
    const flush = (): void => {
      keep();
      words = [];
      titled = false;
    };
    const tokens = [...match[0].matchAll(/\S+/g)];
    for (const [index, token] of tokens.entries()) {
      const at = run + (match.index ?? 0) + (token.index ?? 0);
      const word = token[0].replace(POSSESSIVE, '');
      if (TITLES.test(word)) {
        flush();
        titled = true;
        continue;
      }
      if (CALENDAR.test(word)) {
        flush();
        continue;
      }
      // "Jan Koum": a month's short name followed by a name is a first name, not a date.
      const firstName =
        MONTH_NAMES.test(word) && token.index !== undefined && token.index + word.length < match[0].length;
      if (words.length === 0 && IS_PARTICLE.test(word)) continue;
      if (
        words.length === 0 &&
        atSentenceStart(text.slice(0, at), at, runs) &&
        isFunctionWord(word, base, /^(?:of|for)$/.test(tokens[index + 1]?.[0] ?? '')) &&
        !firstName
      )
        continue;
      words.push({ word, at });
      // "OpenAI's ChatGPT" is two names.
      if (word !== token[0]) flush();
    }
    flush();
  }
  // A lone word only ever written at a sentence's start is as likely a common word as a name.
  const parties = [...found.values()].filter((party) => {
    const count = counts.get(party.name);
    if (party.quote !== undefined || party.name.includes(' ') || party.kind !== 'other') return true;
    return (count?.midSentence ?? 0) > 0 && !isListedFunctionWord(party.name, base);
  });
  for (const party of parties) {
    const last = party.name.split(' ').at(-1) as string;
    if (party.kind === 'person' && last !== party.name && counts.has(last)) party.aliases.push(last);
  }
  // "Castellan Water Holdings", then "Castellan Water" and "Castellan": one company, its shorter names aliases; so
  // "l'Autorité" after "l'Autorité de la concurrence". Only under a legal or institution's name: "Google Cloud" and
  // "Google" are two parties.
  for (const party of parties) {
    if (party.kind === 'person' || party.kind === 'place') continue;
    const company = parties
      .filter(
        (other) =>
          (CORPORATE_FORM.test(other.name) || isInstitution(other.name, base)) &&
          other.name.startsWith(`${party.name} `),
      )
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (company && !company.aliases.includes(party.name)) company.aliases.push(party.name);
  }
  const aliases = new Set(parties.flatMap((party) => party.aliases));
  return parties.filter((party) => !aliases.has(party.name)).sort((a, b) => a.start - b.start);
}
