/**
 * The names a text uses for people, organisations, places and products: runs of capitalised words, split at a
 * possessive ("OpenAI's ChatGPT") or a title ("Google CEO Sundar Pichai"), with an abbreviation in brackets read
 * as the words it stands for ("tensor processing units (TPUs)"). compromise (an English NLP library) tells a
 * sentence's first word that is no name ("Despite", "The") and what sort of party a name is, where it knows.
 */
import type { FoundParty } from './run-words.ts';
import { expandedAbbreviations } from './abbreviations.ts';
import { aliasShorterNames, lastNamedAlone } from './party-aliases.ts';
import { isBoilerplateRun, isShouted, isWireName } from '../../capture/furniture/boilerplate-runs.ts';
import { germanCompany, germanName, readsAsName } from './german-names.ts';
import { spreadPlaces } from './listed-places.ts';
import { isRegionName, judgeParty, mentionsOf, timesNamed } from './party-evidence.ts';
import { institutionName, isInstitution, joinedByAnd, listingInstitution } from './institution-names.ts';
import { quotedNames } from './quoted-names.ts';
import { datelineEnd } from '../dates/dateline.ts';
export type { FoundParty } from './run-words.ts';
import { APPOSITIVE_AFTER, atSentenceStart, CALENDAR, LEGAL_AFTER, MONTH_NAMES } from './run-words.ts';
import { placeWithHead } from './place-heads.ts';
import { MONTH_ABBREVIATION, NOT_NAMES, POSSESSIVE, TITLES } from './run-words.ts';
import { familyFirm, isLegalFormAlone, isRolePhrase, legalFormEnd, splitAtOf, withoutTerms } from './name-structure.ts';
import {
  isCommonPlural,
  isDemonymOrDirection,
  isFirstName,
  isFunctionWord,
  isListedFunctionWord,
  kindOf,
} from './name-words.ts';

// An apostrophe inside a name stays in it ("Gonfreville-l'Orcher"); a possessive's is taken off below.
// "U.S." and an initial ("Marcus T. Reyes") keep their points; "Workers' Alliance" its apostrophe.
const WORD = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\.(?= \p{Lu}\p{Ll})|[\p{Lu}][\p{L}\p{N}&-]*(?:['’][\p{Lu}][\p{L}\p{N}&-]*)*(?:(?<=s)['’](?= \p{Lu}))?)`;
/** Small words a name keeps inside it: "Court of Appeal", "Department for Education", "Hester van Buren". */
const PARTICLE = String.raw`(?:of|for|of the|de|du|des|la|le|van|von|der|den|di|da|del|dos|bin|al)`;
/** A model's or a plan's number after a name ("Atlas 9", "Plan Horizonte 2030"), not a figure ("2,900"). */
const NUMBER_AFTER = String.raw`(?: \d{1,4}(?![\d%]|[.,]\d))?`;
const IS_PARTICLE = new RegExp(String.raw`^${PARTICLE}$`);
const NAME_RUN = new RegExp(
  String.raw`${WORD}(?:[’']s)?(?: (?:de la |${PARTICLE} |& )?${WORD}(?:[’']s)?)*${NUMBER_AFTER}`,
  'gu',
);
/** Every candidate name in a text made of runs (paragraphs, cells), each once, at its first place. */
// Longer than most functions here: where each name stands must all be counted before any is kept or dropped.
export function findParties(
  text: string,
  runs: ReadonlyArray<{ start: number; end: number }>,
  language = 'en',
): FoundParty[] {
  const base = (language.split('-')[0] ?? 'en').toLowerCase();
  /** A first name in the text's language: "Jürgen" in German; never a country ("Paris", "Chine" are in the lists). */
  const firstNameHere = (word: string): boolean => isFirstName(word, base) && !isRegionName(word, base);
  const found = new Map<string, FoundParty>();
  const counts = new Map<string, { total: number; midSentence: number }>();
  const add = (party: FoundParty): void => {
    if (!found.has(party.name)) found.set(party.name, party);
  };
  const abbreviated = new Set<string>();
  const quoted = quotedNames(text, base);
  for (const party of quoted) add({ ...party, aliases: [] });
  /** Where an institution's name runs on past its capitalised words ("Commission européenne"). */
  const datelines = runs.map((run) => ({
    start: run.start,
    end: run.start + datelineEnd(text.slice(run.start, run.end)),
  }));
  const institutions: Array<{ start: number; end: number }> = [...quoted, ...datelines];
  const matchesOf = (pattern: RegExp) =>
    runs
      .filter((run) => !isBoilerplateRun(text.slice(run.start, run.end)))
      .flatMap((run) =>
        [...text.slice(run.start, run.end).matchAll(pattern)].map((match) => ({ match, run: run.start })),
      );
  for (const party of expandedAbbreviations(text, runs)) {
    abbreviated.add(party.aliases[0] as string);
    add(party);
  }
  for (const { match, run } of matchesOf(NAME_RUN)) {
    let words: Array<{ word: string; at: number }> = [];
    let titled: string | undefined;
    let field = false; // after "Professor of": the field, no name, until a first name
    /** Keeps the name the words so far make, if they make one. */
    const keep = (): void => {
      // A name never ends on a particle ("Bank of" in "the Bank of 2024"): it is given back.
      while (words.length > 1 && IS_PARTICLE.test(words.at(-1)?.word ?? '')) words.pop();
      // "Lena Ortiz for The Overland Review": a person's name ends before "for".
      const forAt = words.findIndex(({ word }) => word === 'for');
      if (forAt === 2 && firstNameHere(words[0]?.word ?? '')) words = words.slice(0, forAt);
      // "Tobias Reinhardt 22": a person's name takes no number.
      if (words.length > 2 && /^\d+$/.test(words.at(-1)?.word ?? '') && firstNameHere(words[0]?.word ?? ''))
        words.pop();
      const last = words.at(-1);
      if (!last) return;
      last.word = last.word.replace(/['’]$/, '');
      let runEnd = last.at + last.word.length;
      // "Northwind Water plc", "Corvalis Robotics, Inc.", "Kessler Rowe & Co.": the legal form is the name's.
      let suffix = LEGAL_AFTER.exec(text.slice(runEnd, runEnd + 14))?.[0] ?? '';
      if (!suffix && /(?:^|\s)(?:Inc|Co|Corp|Ltd|Cie|Bros)$/.test(last.word) && text[runEnd] === '.') suffix = '.';
      // "Olivares del Sur S. Coop. And.", "Holzbau Keller GmbH & Co. KG": a dotted form ends the name, alone none.
      const form = legalFormEnd(text, words, runEnd);
      if (form) {
        words = words.slice(0, form.index);
        const kept = words.at(-1);
        if (!kept) return;
        runEnd = kept.at + kept.word.length;
        suffix = text.slice(runEnd, form.end);
        words = base === 'de' ? germanCompany(words) : familyFirm(words, suffix);
      }
      // "Great Basin Workers Union, Local 212": a union's branch is its name's.
      if (last.word === 'Union') suffix = /^, Local \d+/.exec(text.slice(runEnd, runEnd + 12))?.[0] ?? suffix;
      // In German a number after a noun ("Januar 2025", "Jahr 1998") is no model's: only after a name ("KR-Vision 4").
      const previous = words.at(-2)?.word ?? '';
      if (base === 'de' && /^\d+$/.test(last.word) && !readsAsName(previous) && words.length > 1) {
        words.pop();
        runEnd = (words.at(-1)?.at ?? 0) + (words.at(-1)?.word.length ?? 0);
      }
      if (base === 'de' && !form && /\p{Lu}/u.test(suffix)) words = words.slice(-1);
      else if (base === 'de' && !form) {
        const start = words[0]?.at ?? runEnd;
        const german = germanName(
          words.map(({ word }) => word),
          { before: text.slice(Math.max(0, start - 80), start), after: text.slice(runEnd, runEnd + 80) },
          firstNameHere,
        );
        words = german ? words.slice(german.from) : [];
        suffix = german?.complement || suffix;
      }
      const first = words[0];
      if (!first) return;
      const name = words.map(({ word }) => word).join(' ') + suffix;
      // "Medical Officer", "& Co.": a role or a legal form alone is no party.
      if (isRolePhrase(words.map(({ word }) => word)) || isLegalFormAlone(name)) return;
      const end = runEnd + suffix.length;
      const after = text.slice(end, end + 1);
      const before = text.slice(Math.max(0, first.at - 2), first.at);
      // A unit after a number ("40 MWh"), a currency's prefix ("US$"), a quarter: none is a party.
      if (NOT_NAMES.test(name) || NOT_NAMES.test(first.word) || MONTH_ABBREVIATION.test(name)) return;
      if (after === '$' || isWireName(before, after)) return;
      if ((/\d\s?$/.test(before) && !name.includes(' ')) || name.replace(/[^\p{L}]/gu, '').length < 2) return;
      if (institutions.some((span) => first.at >= span.start && first.at < span.end)) return;
      // A legal form after a comma ("Corvalis Robotics, Inc."): its capitals are no name of their own.
      if (/\p{Lu}/u.test(suffix)) institutions.push({ start: first.at, end });
      const place = placeWithHead(text, first.at, name, base);
      if (place) {
        institutions.push({ start: place.start, end: place.start + place.name.length });
        add({ ...place, kind: 'place', end: place.start + place.name.length, aliases: [] });
        return;
      }
      const listing = base === 'en' ? listingInstitution(text, first.at, name) : undefined;
      const institution = listing ? { start: first.at, name: listing } : institutionName(text, first.at, name, base);
      if (institution) {
        institutions.push({ start: institution.start, end: institution.start + institution.name.length });
        if (!abbreviated.has(institution.name))
          add({
            name: institution.name,
            kind: isInstitution(institution.name, base) ? 'organization' : kindOf(institution.name, !!titled),
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
      if (!abbreviated.has(name))
        add({ name, kind: kindOf(name, !!titled), start: first.at, end, aliases: [], title: titled });
    };
    const flush = (): void => {
      keep();
      words = [];
      titled = undefined;
      field = false;
    };
    const tokens = [...match[0].matchAll(/\S+/g)];
    for (const [index, token] of tokens.entries()) {
      const at = run + (match.index ?? 0) + (token.index ?? 0);
      const word = token[0].replace(POSSESSIVE, '');
      if (TITLES.test(word)) {
        flush();
        titled = word;
        continue;
      }
      // In German an article inside a run starts another name ("Friesland der Aurelis Energie GmbH").
      const article = base === 'de' && /^(?:der|die|das|den|dem|des)$/.test(word);
      const described = /-based$/.test(word); // "Oslo-based": a description, no name
      if (CALENDAR.test(word) || isShouted(word) || article || described || (words.length === 0 && /^\d/.test(word))) {
        flush();
        continue;
      }
      // "Jan Koum": a month's short name followed by a name is a first name, not a date.
      const firstName =
        MONTH_NAMES.test(word) && token.index !== undefined && token.index + word.length < match[0].length;
      // "Professor Lena Brandt of the University of Halden": two parties; "Chief Operating Officer of": a role.
      const split = word === 'of' ? splitAtOf(words, !!titled, match[0].slice((token.index ?? 0) + 3)) : undefined;
      if (split) {
        if (split === 'role') words = [];
        flush();
        continue;
      }
      if (titled && words.length === 0 && word === 'of') field = true;
      if (field && !firstNameHere(word)) continue;
      field = false;
      if (words.length === 0 && (IS_PARTICLE.test(word) || word === 'the')) continue;
      if (
        words.length === 0 &&
        atSentenceStart(text.slice(0, at), at, runs) &&
        (isFunctionWord(word, base, /^(?:of|for)$/.test(tokens[index + 1]?.[0] ?? '')) ||
          (base === 'en' && tokens[index + 1]?.[0] === 'of' && isCommonPlural(word))) &&
        !firstName &&
        !APPOSITIVE_AFTER.test(text.slice(at + word.length, at + word.length + 60))
      )
        continue;
      words.push({ word, at });
      // "OpenAI's ChatGPT" is two names.
      if (word !== token[0]) flush();
    }
    flush();
  }
  // A lone word only ever written at a sentence's start is as likely a common word as a name.
  // "Phase 3", "Fast Track designation", "… Area and Severity Index": a trial's or a filing's terms, no parties.
  const named = base === 'en' ? withoutTerms(joinedByAnd(text, [...found.values()]), text) : [...found.values()];
  const parties = named.filter((party) => {
    // "English", "Western": a people's word or a compass point's, alone, is no party.
    if (base === 'en' && !party.name.includes(' ') && isDemonymOrDirection(party.name)) return false;
    const count = counts.get(party.name);
    if (party.quote !== undefined || party.name.includes(' ') || party.kind !== 'other') return true;
    // "Ofgem, the energy regulator, said": a word described by an appositive is a name.
    if (APPOSITIVE_AFTER.test(text.slice(party.end, party.end + 60))) return true;
    // "Corvalis said", after "Corvalis Robotics, Inc.": a shorter name, kept to be its alias.
    if (named.some((other) => other.name.startsWith(`${party.name} `) || other.name.startsWith(`${party.name},`)))
      return true;
    return (count?.midSentence ?? 0) > 0 && !isListedFunctionWord(party.name, base);
  });
  for (const party of parties) {
    const words = party.name.split(' ');
    const last = words.at(-1) as string;
    if (party.kind === 'person' && last !== party.name && counts.has(last)) party.aliases.push(last);
    // "Lucía Ferrer Ibáñez", then "Ferrer" and "Lucía": a person with a first name of the text's language is
    // named again by any one of its words (a first surname, the first name), none a party of its own.
    if (party.kind !== 'person' && (words.length < 2 || !firstNameHere(words[0] ?? ''))) continue;
    for (const word of words.slice(0, -1))
      if (!IS_PARTICLE.test(word) && counts.has(word) && !party.aliases.includes(word)) party.aliases.push(word);
  }
  aliasShorterNames(parties, base);
  const aliases = new Set(parties.flatMap((party) => party.aliases));
  const judged = parties
    .filter((party) => !aliases.has(party.name))
    .flatMap((party) => {
      const judgement = judgeParty(party.name, {
        mentions: timesNamed(text, [party.name, ...party.aliases]),
        around: mentionsOf(text, [party.name, ...party.aliases]),
        title: party.title,
        tagged: party.kind,
        midSentence: (counts.get(party.name)?.midSentence ?? 0) > 0 || party.name.includes(' '),
        lastNamedAlone: lastNamedAlone(party.name, counts),
        called: party.called,
        firstName: firstNameHere(party.name.split(' ')[0] ?? ''),
        region: isRegionName(party.name, base),
        language: base,
      });
      return judgement ? [{ ...party, ...judgement }] : [];
    });
  spreadPlaces(judged, text);
  return judged.sort((a, b) => a.start - b.start);
}
