/**
 * Dates counted from the story's own time, in English, French, German and Spanish, which chrono-node reads in
 * English at best: "Deux ans plus tard", "im Jahr davor", "del año anterior" count from the last date the text
 * named; "the following spring", "le printemps suivant" are the first such season after it, "cet automne-là" the
 * one of its year. "Hace dos años" and "im abgelaufenen Geschäftsjahr" count back from the article's date; "cet
 * été", "l'automne dernier", "im nächsten Herbst" are this, the last or the next one from it; a season after words
 * that look ahead ("bis zum Sommer", "dès l'été"), or named alone in a sentence that does ("en automne"), is the
 * next one. A comparison
 * with the year before ("über Vorjahr") is no date.
 */
import { monthsCovered, parsePartialDate, type PartialDate } from '../../values/partial-date.ts';
import { speaksOfFuture } from './date-context.ts';

export interface StoryDate {
  start: number;
  end: number;
  /** None for words that read as a date and are none. */
  date?: PartialDate | undefined;
  basis: string;
}

type Count =
  | { from: 'story'; years: number }
  | { from: 'story'; season: number; same: boolean }
  | { from: 'article'; years: number }
  | { from: 'article'; season: number; ahead: true; always?: true }
  | { from: 'article'; season: number; which: 'this' | 'last' | 'next' }
  | { from: 'none' };

const THIS = { from: 'article', season: 0, which: 'this' } as const;
const LAST = { from: 'article', season: 0, which: 'last' } as const;
const NEXT = { from: 'article', season: 0, which: 'next' } as const;
/** A season after words that only ever look ahead ("d'ici l'été", "ab Frühjahr", "antes del verano"). */
const UNTIL = { from: 'article', season: 0, ahead: true, always: true } as const;
/** One after words that look ahead only in a sentence that does ("en automne", "im Herbst"): else a habit's. */
const AHEAD = { from: 'article', season: 0, ahead: true } as const;

/** Numbers written out, one to ten, in the four languages (a digit is read as itself). */
// prettier-ignore
const NUMBERS: Record<string, number> = { one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  ein: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, uno: 1,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 };
const N = String.raw`(\d{1,2}|${Object.keys(NUMBERS).join('|')})`;

/** Each language's seasons, spring to winter, as alternatives. */
const SEASONS: Record<string, string[]> = {
  en: ['spring', 'summer', 'autumn|fall', 'winter'],
  fr: ['printemps', 'été', 'automne', 'hiver'],
  de: ['Frühjahr|Frühling', 'Sommer', 'Herbst', 'Winter'],
  es: ['primavera', 'verano', 'otoño', 'invierno'],
};

/** The phrases, by language: a pattern (`{S}` stands for any season without a year, captured) and how it counts. */
// prettier-ignore
const PHRASES: Record<string, Array<[string, Count | 'years-later' | 'years-ago']>> = {
  en: [
    [String.raw`the following {S}`, { from: 'story', season: 0, same: false }],
    [String.raw`that {S}`, { from: 'story', season: 0, same: true }],
    // "up 12% from a year earlier": a comparison, no date of its own.
    [String.raw`(?:from|than|compared (?:with|to)|versus|vs\.?|over) (?:a|the) (?:year|quarter) (?:earlier|before|ago)|(?:from|than|over) the (?:previous|prior) year`, { from: 'none' }],
    [String.raw`the (?:previous|prior) year|the year before|a year earlier`, { from: 'story', years: -1 }],
    [String.raw`the following year|the year after|a year later`, { from: 'story', years: 1 }],
    [String.raw`(?:the )?(?:last|past|previous) (?:fiscal|financial) year`, { from: 'article', years: -1 }],
  ],
  fr: [
    [String.raw`(?:le |l['’]){S} suivant`, { from: 'story', season: 0, same: false }],
    [String.raw`(?:ce |cet ){S}-là`, { from: 'story', season: 0, same: true }],
    [String.raw`l['’]année (?:précédente|d['’]avant)|un an (?:plus tôt|auparavant)`, { from: 'story', years: -1 }],
    [String.raw`l['’]année (?:suivante|d['’]après)|un an plus tard`, { from: 'story', years: 1 }],
    [String.raw`${N} (?:ans|années) plus tard`, 'years-later'],
    [String.raw`l['’]exercice (?:écoulé|passé)`, { from: 'article', years: -1 }],
    [String.raw`(?:le |l['’]){S} dernier`, LAST],
    [String.raw`(?:le |l['’]){S} prochain`, NEXT],
    [String.raw`(?:ce |cet ){S}`, THIS],
    [String.raw`(?:dès|d['’]ici|jusqu['’]à) (?:le |l['’]){S}`, UNTIL],
    [String.raw`(?:avant|pour|à) (?:le |l['’]){S}`, AHEAD],
    [String.raw`(?:en|au) {S}`, AHEAD],
  ],
  de: [
    [String.raw`im (?:folgenden|darauffolgenden) {S}`, { from: 'story', season: 0, same: false }],
    [String.raw`(?:in jenem|im selben|im gleichen) {S}`, { from: 'story', season: 0, same: true }],
    [String.raw`im Jahr (?:davor|zuvor)|ein Jahr zuvor|im Vorjahr`, { from: 'story', years: -1 }],
    [String.raw`im Jahr darauf|ein Jahr später|im folgenden Jahr`, { from: 'story', years: 1 }],
    [String.raw`${N} Jahre (?:später|danach)`, 'years-later'],
    [String.raw`vor ${N} Jahren`, 'years-ago'],
    [String.raw`(?:im )?(?:abgelaufenen|vergangenen|letzten) Geschäftsjahr`, { from: 'article', years: -1 }],
    [String.raw`(?:über|gegenüber|gegenüber dem|zum|vom|als im) Vorjahr(?:es)?`, { from: 'none' }],
    [String.raw`(?:im )?(?:letzten|vergangenen|letztes|vergangenes) {S}`, LAST],
    [String.raw`(?:im )?(?:nächsten|kommenden|nächstes|kommendes) {S}`, NEXT],
    [String.raw`(?:diesen|dieses|in diesem) {S}`, THIS],
    [String.raw`(?:bis zum|bis|ab dem|ab) {S}`, UNTIL],
    [String.raw`(?:zum|im) {S}`, AHEAD],
  ],
  es: [
    [String.raw`(?:la |el |al )?{S} siguiente`, { from: 'story', season: 0, same: false }],
    [String.raw`(?:aquel|aquella|ese|esa) {S}`, { from: 'story', season: 0, same: true }],
    [String.raw`(?:el|del|al) año anterior|un año antes`, { from: 'story', years: -1 }],
    [String.raw`(?:el|del|al) año siguiente|un año (?:después|más tarde)`, { from: 'story', years: 1 }],
    [String.raw`${N} años (?:después|más tarde)`, 'years-later'],
    [String.raw`hace ${N} años`, 'years-ago'],
    [String.raw`el (?:pasado )?ejercicio(?: pasado)?`, { from: 'article', years: -1 }],
    [String.raw`(?:el |la ){S} pasad[oa]`, LAST],
    [String.raw`(?:el |la )próxim[oa] {S}`, NEXT],
    [String.raw`(?:el |la ){S} que viene`, NEXT],
    [String.raw`(?:este|esta) {S}`, THIS],
    [String.raw`(?:antes del|hasta el|a partir del|antes de la|hasta la|a partir de la) {S}`, UNTIL],
    [String.raw`(?:para el|en el|para la|en la|en) {S}`, AHEAD],
  ],
};

const SEASON_GROUP = 21;
/** A season with its year ("l'été 2024") is read with the other periods. */
const NO_YEAR = String.raw`(?!\s*(?:de\s+|del\s+|d['’]\s*|of\s+)?\d{4})`;
const partial = (iso: string): PartialDate | undefined => {
  const parsed = parsePartialDate(iso);
  return 'error' in parsed ? undefined : parsed;
};
/** The month and day a date starts on (a season's first month), to tell what comes after it. */
const startOf = (date: PartialDate): number =>
  date.precision === 'year'
    ? 0
    : (date.group === undefined ? (date.month ?? 1) : monthsCovered(date).first) * 100 + (date.day ?? 1);

/** The first season `index` (spring 0 to winter 3) that begins after `after`, or the one of its year. */
function seasonFrom(after: PartialDate, index: number, same: boolean): PartialDate | undefined {
  if (same) return partial(`${after.year}-${SEASON_GROUP + index}`);
  const begins = (3 + 3 * index) * 100 + 21;
  const year = after.precision !== 'year' && startOf(after) < begins ? after.year : after.year + 1;
  return partial(`${year}-${SEASON_GROUP + index}`);
}

/**
 * "this summer", "l'été dernier", "im nächsten Herbst" against the article's date: this one is of its year, the last
 * one the latest over before its month, the next one the first begun after it.
 */
function seasonAgainst(from: PartialDate, index: number, which: 'this' | 'last' | 'next'): PartialDate | undefined {
  const named = partial(`${from.year}-${SEASON_GROUP + index}`);
  if (!named || which === 'this' || from.month === undefined) return which === 'this' ? named : undefined;
  const { first, last } = monthsCovered(named);
  const year =
    which === 'last' ? (last < from.month ? from.year : from.year - 1) : first > from.month ? from.year : from.year + 1;
  return partial(`${year}-${SEASON_GROUP + index}`);
}

/** Every phrase of one run of text, each resolved from the date named before it or the article's. */
export function storyDates(
  text: string,
  language: string,
  reference: PartialDate | undefined,
  namedBefore: (at: number) => PartialDate | undefined,
): StoryDate[] {
  const seasons = SEASONS[language];
  if (!seasons) return [];
  const found: StoryDate[] = [];
  for (const [words, counting] of PHRASES[language] ?? []) {
    const pattern = new RegExp(
      String.raw`(?<![\p{L}\d])(?:${words.replace('{S}', `(${seasons.join('|')})${NO_YEAR}`)})(?![\p{L}\d])`,
      'giu',
    );
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      const season = seasons.findIndex((names) =>
        names
          .toLowerCase()
          .split('|')
          .includes((match[1] ?? '').toLowerCase()),
      );
      const count: Count =
        counting === 'years-later'
          ? { from: 'story', years: NUMBERS[match[1]?.toLowerCase() ?? ''] ?? Number(match[1]) }
          : counting === 'years-ago'
            ? { from: 'article', years: -(NUMBERS[match[1]?.toLowerCase() ?? ''] ?? Number(match[1])) }
            : counting;
      const resolved = resolve(count, season, {
        reference,
        named: namedBefore(start),
        before: text.slice(Math.max(0, start - 120), start),
        rest: text.slice(start, end) + (/^[^.!?]*/.exec(text.slice(end))?.[0] ?? ''),
      });
      if (resolved) found.push({ start, end, ...resolved });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolve(
  count: Count,
  season: number,
  {
    reference,
    named,
    before,
    rest,
  }: { reference: PartialDate | undefined; named: PartialDate | undefined; before: string; rest: string },
): Omit<StoryDate, 'start' | 'end'> | undefined {
  if (count.from === 'none') return { basis: 'a comparison, no date' };
  const from = count.from === 'story' ? (named ?? reference) : reference;
  if (!from) return undefined;
  const said =
    count.from === 'story' && named
      ? `counted from ${named.iso}, the date the text named before it`
      : `in an article dated ${from.iso}`;
  if ('years' in count) return { date: partial(String(from.year + count.years)), basis: said };
  if ('same' in count) return season < 0 ? undefined : { date: seasonFrom(from, season, count.same), basis: said };
  if (season < 0) return undefined;
  if ('which' in count) return { date: seasonAgainst(from, season, count.which), basis: said };
  if (count.always) return { date: seasonFrom(from, season, false), basis: `${said}, looking ahead` };
  if (!speaksOfFuture(before, rest)) return undefined;
  return { date: seasonFrom(from, season, false), basis: `${said}, in a sentence that looks ahead` };
}

/**
 * "That August, … On August 14, …": a day written without its year, in the month the paragraph has just named, is
 * in that month's year (chrono-node gives it the year nearest the article's date).
 */
export function dayInMonthNamed<
  D extends { start: number; end: number; date: PartialDate; relative: boolean; basis?: string | undefined },
>(found: D[], text: string): void {
  for (const day of found) {
    // Only a day written with its number ("August 14"), not a weekday ("on Wednesday").
    if (!day.relative || day.date.precision !== 'day' || !/\d/.test(text.slice(day.start, day.end))) continue;
    const month = found
      .filter(
        (other) => other.end <= day.start && other.date.precision === 'month' && other.date.month === day.date.month,
      )
      .sort((a, b) => a.end - b.end)
      .at(-1);
    const date =
      month && month.date.year !== day.date.year ? partial(`${month.date.year}${day.date.iso.slice(4)}`) : undefined;
    if (!date) continue;
    day.date = date;
    day.basis = `in the year of ${month?.date.iso}, the month the text named before it`;
  }
}
