/**
 * Seasons, quarters and halves a text names ("spring 2019", "the third quarter of 2022", "Q3 2022", "the second
 * half of 2026", "H2 2026", "au printemps 2019", "im dritten Quartal 2022", "zweites Halbjahr 2026", and in English
 * "last summer", "this quarter"), as EDTF dates (see partial-date.ts).
 * chrono-node reads none of them; left to it and to the year patterns, "the spring of 2019" became 2019. Also the
 * years chrono does not read in French, German and Spanish: "cette année", "letztes Jahr", "el año pasado".
 */
import { monthsCovered, parsePartialDate, type PartialDate } from '../../values/partial-date.ts';
import { speaksOfFuture, yearOfMonth } from './date-context.ts';

export interface NamedPeriod {
  start: number;
  end: number;
  date: PartialDate;
  /** True when the words give no year: it was worked out from the article's date. */
  relative: boolean;
}

interface PeriodWords {
  /** Each season's words, spring to winter. */
  seasons: string[];
  /** Each quarter's ordinal, first to fourth. */
  ordinals: string[];
  /** "the third quarter of 2022": the ordinal, the word for a quarter, what may join it to the year. */
  quarter: (ordinal: string, year: string) => string;
  /** "spring of 2019". */
  season: (season: string, year: string) => string;
  /** "the third quarter", "the third quarter of the year": of the article's year. */
  quarterAlone: (ordinal: string) => string;
  /** The first and the second half's ordinals. */
  halves: string[];
  /** "the second half of 2026": the ordinal, the word for a half, what may join it to the year. */
  half: (ordinal: string, year: string) => string;
  /** "the second half", "au second semestre", "im zweiten Halbjahr": of the article's year, or the next. */
  halfAlone: (ordinal: string) => string;
}

const YEAR = String.raw`((?:1[5-9]|20)\d\d)`;

const WORDS: Record<string, PeriodWords> = {
  en: {
    seasons: ['spring', 'summer', 'autumn|fall', 'winter'],
    ordinals: ['first|1st', 'second|2nd', 'third|3rd', 'fourth|4th|final|last'],
    quarter: (ordinal, year) => String.raw`(${ordinal})[\s-]+quarter(?:\s+of|,)?\s+${year}`,
    season: (season, year) => String.raw`(${season})(?:\s+of|,)?\s+${year}`,
    quarterAlone: (ordinal) => String.raw`the\s+(${ordinal})[\s-]+quarter(?:\s+of\s+the\s+year)?`,
    halves: ['first|1st', 'second|2nd|latter'],
    half: (ordinal, year) => String.raw`(${ordinal})[\s-]+half(?:\s+of|,)?\s+${year}`,
    halfAlone: (ordinal) => String.raw`the\s+(${ordinal})[\s-]+half(?:\s+of\s+(?:the|this)\s+year)?(?!\s+of\s)`,
  },
  fr: {
    seasons: ['printemps', 'été', 'automne', 'hiver'],
    ordinals: ['premier|1er', 'deuxième|second|2e', 'troisième|3e', 'quatrième|4e'],
    quarter: (ordinal, year) => String.raw`(${ordinal})\s+trimestre\s+(?:de\s+|d['’]\s*)?${year}`,
    season: (season, year) => String.raw`(${season})\s+(?:de\s+|d['’]\s*)?${year}`,
    quarterAlone: (ordinal) => String.raw`(${ordinal})\s+trimestre(?:\s+de\s+l['’]année)?`,
    halves: ['premier|1er', 'second|deuxième|2e'],
    half: (ordinal, year) => String.raw`(${ordinal})\s+semestre\s+(?:de\s+|d['’]\s*)?${year}`,
    halfAlone: (ordinal) => String.raw`(${ordinal})\s+semestre(?:\s+de\s+l['’]année)?`,
  },
  de: {
    seasons: ['Frühling|Frühjahr', 'Sommer', 'Herbst', 'Winter'],
    ordinals: ['erste|ersten|erstem', 'zweite|zweiten|zweitem', 'dritte|dritten|drittem', 'vierte|vierten|viertem'],
    quarter: (ordinal, year) => String.raw`(${ordinal})\s+Quartals?\s+(?:des\s+Jahres\s+)?${year}`,
    season: (season, year) => String.raw`(${season})\s+${year}`,
    quarterAlone: (ordinal) => String.raw`(${ordinal})\s+Quartals?(?:\s+des\s+Jahres)?`,
    halves: ['erste|ersten|erstes|erstem', 'zweite|zweiten|zweites|zweitem'],
    half: (ordinal, year) => String.raw`(${ordinal})\s+(?:Jahreshälfte|Halbjahr(?:es)?)\s+(?:des\s+Jahres\s+)?${year}`,
    halfAlone: (ordinal) => String.raw`(${ordinal})\s+(?:Jahreshälfte|Halbjahr(?:es)?)`,
  },
  es: {
    seasons: ['primavera', 'verano', 'otoño', 'invierno'],
    ordinals: ['primer|primero', 'segundo', 'tercer|tercero', 'cuarto'],
    quarter: (ordinal, year) => String.raw`(${ordinal})\s+trimestre\s+(?:de(?:l)?\s+)?${year}`,
    season: (season, year) => String.raw`(${season})\s+(?:de(?:l)?\s+)?${year}`,
    quarterAlone: (ordinal) => String.raw`(${ordinal})\s+trimestre(?:\s+del\s+año)?`,
    halves: ['primer|primero', 'segundo'],
    half: (ordinal, year) => String.raw`(${ordinal})\s+semestre\s+(?:de(?:l)?\s+)?${year}`,
    halfAlone: (ordinal) => String.raw`(${ordinal})\s+semestre(?:\s+del\s+año)?`,
  },
};

/** This year, last year and next year, by how many years from the article's. */
const RELATIVE_YEARS: Record<string, Array<[string, number]>> = {
  fr: [
    [String.raw`cette année`, 0],
    [String.raw`l['’](?:année dernière|an dernier)`, -1],
    [String.raw`l['’](?:année prochaine|an prochain)`, 1],
  ],
  de: [
    [String.raw`(?:dieses|diesem|in diesem) Jahr(?:es)?`, 0],
    [String.raw`(?:letztes|letzten|vergangenes|vergangenen) Jahr`, -1],
    [String.raw`(?:nächstes|nächsten|kommenden|kommendes) Jahr`, 1],
  ],
  es: [
    [String.raw`este año`, 0],
    [String.raw`el (?:año pasado|pasado año)`, -1],
    [String.raw`el (?:próximo año|año próximo|año que viene)`, 1],
  ],
};

/** This month, last month and next month, by how many months from the article's (chrono reads them in English). */
const RELATIVE_MONTHS: Record<string, Array<[string, number]>> = {
  en: [[String.raw`this month`, 0]],
  fr: [
    [String.raw`ce mois-ci`, 0],
    [String.raw`le mois (?:dernier|passé)`, -1],
    [String.raw`le mois prochain`, 1],
  ],
  de: [
    [String.raw`(?:diesen|in diesem) Monat`, 0],
    [String.raw`(?:im )?(?:letzten|vergangenen) Monat`, -1],
    [String.raw`(?:im )?(?:nächsten|kommenden) Monat`, 1],
  ],
  es: [
    [String.raw`este mes`, 0],
    [String.raw`el mes pasado`, -1],
    [String.raw`el (?:próximo mes|mes que viene)(?! de)`, 1],
  ],
};

const SEASON_GROUP = 21;
const QUARTER_GROUP = 33;
const HALF_GROUP = 40;
/** The part of `year` that an EDTF group names; none for a group EDTF does not have. */
function date(year: number, group: number): PartialDate | undefined {
  const parsed = parsePartialDate(`${year}-${group}`);
  return 'error' in parsed ? undefined : parsed;
}

/** The `index`th group from `first` (a season from spring, a quarter from the first); none for an index of -1. */
const inGroup = (year: number, first: number, index: number): PartialDate | undefined =>
  index < 0 ? undefined : date(year, first + index);

/** Which of `alternatives` (each a `|`-separated list of words) the words are, by index. */
const indexIn = (alternatives: string[], words: string): number =>
  alternatives.findIndex((each) => each.toLowerCase().split('|').includes(words.toLowerCase()));

/**
 * "this summer", "last quarter", "next spring", "the third quarter", in English, against the article's date: last
 * is the latest one over before the article's month, next the first one begun after it, this the one of its year.
 */
function relativeTo(
  reference: PartialDate,
  which: string,
  period: { season: number } | { quarter: number } | { current: 'quarter' },
): PartialDate | undefined {
  const month = reference.month;
  if ('current' in period) {
    if (!month) return undefined;
    const quarter = Math.floor((month - 1) / 3);
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    const index = reference.year * 4 + quarter + shift;
    return date(Math.floor(index / 4), QUARTER_GROUP + (index % 4));
  }
  const index = 'season' in period ? period.season : period.quarter;
  if (index < 0) return undefined;
  const group = 'season' in period ? SEASON_GROUP + index : QUARTER_GROUP + index;
  const named = date(reference.year, group);
  if (!named || which === 'this') return named;
  const { first, last } = monthsCovered(named);
  if (!month) return undefined;
  if (which === 'last') return date(last >= month ? reference.year - 1 : reference.year, group);
  return date(first > month ? reference.year : reference.year + 1, group);
}

export function namedPeriods(text: string, language: string, reference: PartialDate | undefined): NamedPeriod[] {
  const words = WORDS[language];
  const found: NamedPeriod[] = [];
  const add = (start: number, length: number, period: PartialDate | undefined, relative: boolean) => {
    if (period && found.every((other) => start + length <= other.start || start >= other.end))
      found.push({ start, end: start + length, date: period, relative });
  };
  const each = (pattern: string, flags = 'giu') => text.matchAll(new RegExp(pattern, flags));
  const edge = (pattern: string) => String.raw`(?<![\p{L}\d])${pattern}(?![\p{L}\d])`;
  // "Q3 2022", "Q3 of 2022", "2022 Q3", and the French "T3 2022".
  for (const match of each(edge(String.raw`[QT]([1-4])(?:\s+of)?\s+${YEAR}`), 'gu'))
    add(match.index, match[0].length, date(Number(match[2]), QUARTER_GROUP + Number(match[1]) - 1), false);
  for (const match of each(edge(String.raw`${YEAR}\s+Q([1-4])`), 'gu'))
    add(match.index, match[0].length, date(Number(match[1]), QUARTER_GROUP + Number(match[2]) - 1), false);
  // "H2 2026", "H2 of 2026", "2026 H2", and the French "S2 2026".
  for (const match of each(edge(String.raw`[HS]([12])(?:\s+of)?\s+${YEAR}`), 'gu'))
    add(match.index, match[0].length, date(Number(match[2]), HALF_GROUP + Number(match[1]) - 1), false);
  for (const match of each(edge(String.raw`${YEAR}\s+H([12])`), 'gu'))
    add(match.index, match[0].length, date(Number(match[1]), HALF_GROUP + Number(match[2]) - 1), false);
  if (!words) return found.sort((a, b) => a.start - b.start);
  for (const match of each(edge(words.quarter(words.ordinals.join('|'), YEAR)))) {
    const quarter = indexIn(words.ordinals, match[1] as string);
    add(match.index, match[0].length, inGroup(Number(match[2]), QUARTER_GROUP, quarter), false);
  }
  for (const match of each(edge(words.half(words.halves.join('|'), YEAR)))) {
    const half = indexIn(words.halves, match[1] as string);
    add(match.index, match[0].length, inGroup(Number(match[2]), HALF_GROUP, half), false);
  }
  for (const match of each(edge(words.season(words.seasons.join('|'), YEAR)))) {
    const season = indexIn(words.seasons, match[1] as string);
    add(match.index, match[0].length, inGroup(Number(match[2]), SEASON_GROUP, season), false);
  }
  if (!reference) return found.sort((a, b) => a.start - b.start);
  for (const [pattern, shift] of RELATIVE_YEARS[language] ?? [])
    for (const match of each(edge(pattern)))
      add(match.index, match[0].length, parsePartialDate(String(reference.year + shift)) as PartialDate, true);
  for (const [pattern, shift] of RELATIVE_MONTHS[language] ?? []) {
    const month = reference.month && new Date(Date.UTC(reference.year, reference.month - 1 + shift, 15));
    const iso = month && `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
    for (const match of each(edge(pattern)))
      if (iso) add(match.index, match[0].length, parsePartialDate(iso) as PartialDate, true);
  }
  // "au second semestre", in an article of March: this year's, or the next year's when it is over and the
  // sentence looks ahead.
  for (const match of each(edge(words.halfAlone(words.halves.join('|'))))) {
    const half = indexIn(words.halves, match[1] as string);
    const rest = /^[^.!?]*/.exec(text.slice(match.index))?.[0] ?? '';
    const future = speaksOfFuture(text.slice(Math.max(0, match.index - 120), match.index), rest);
    const year = half < 0 ? reference.year : yearOfMonth(half * 6 + 1, reference, future);
    add(match.index, match[0].length, date(year, HALF_GROUP + half), true);
  }
  for (const match of each(edge(words.quarterAlone(words.ordinals.join('|'))))) {
    const quarter = indexIn(words.ordinals, match[1] as string);
    // "Im dritten Quartal", in an article of February: the last one over, unless the sentence looks ahead.
    const rest = /^[^.!?]*/.exec(text.slice(match.index))?.[0] ?? '';
    const future = speaksOfFuture(text.slice(Math.max(0, match.index - 120), match.index), rest);
    const year = quarter < 0 ? reference.year : yearOfMonth(quarter * 3 + 1, reference, future);
    add(match.index, match[0].length, date(year, QUARTER_GROUP + quarter), true);
  }
  if (language !== 'en') return found.sort((a, b) => a.start - b.start);
  for (const match of each(edge(String.raw`(this|last|next)\s+(${words.seasons.join('|')}|quarter)`))) {
    const which = (match[1] as string).toLowerCase();
    const name = (match[2] as string).toLowerCase();
    const period = name === 'quarter' ? ({ current: 'quarter' } as const) : { season: indexIn(words.seasons, name) };
    add(match.index, match[0].length, relativeTo(reference, which, period), true);
  }
  return found.sort((a, b) => a.start - b.start);
}
