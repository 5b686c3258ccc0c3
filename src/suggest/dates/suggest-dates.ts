/**
 * Date expressions in a text, resolved against the article's own date with chrono-node: "in May" in an article
 * of June 2025 is 2025-05, "this year" 2025, "yesterday" the day before. Each keeps the precision its words give
 * (a month stays a month). Vague years ("late 2022") and bare years ("in 2019") are found by two patterns of our
 * own, which chrono leaves alone. Without the article's date, nothing relative is guessed.
 *
 * A date counted from the story's own time ("two weeks later", "the week after") is counted from the last date
 * the text named before it, not from the article's; a weekday alone ("on Wednesday") is the one before the
 * article's date; a duration ("for four years", "in a day") is no date. Each such date says how it was found in
 * its basis, and a date after the article's is flagged there. Seasons and quarters ("spring 2019", "Q3 2022") are
 * found first (quarters-and-seasons.ts), at a precision of their own.
 */
import * as chrono from 'chrono-node';
import { monthNamesIn } from '../../values/month-names.ts';
import { comparePartialDates, parsePartialDate, type PartialDate } from '../../values/partial-date.ts';
import { endsOfYear, isNoDate, namesAMonth, speaksOfFuture, yearAroundMonth, yearOfMonth } from './date-context.ts';
import { namedPeriods } from './quarters-and-seasons.ts';
import { dayInMonthNamed, storyDates } from './story-time.ts';
import { instantOf, weekdayBefore, type FoundDate } from './weekday-dates.ts';

interface DateSearch {
  found: FoundDate[];
  /** Relative expressions left alone because the article has no date, in the text's words. */
  skipped: string[];
  /** The last date the text named outright (with its year), for the relative dates of the next paragraphs. */
  lastNamed?: PartialDate | undefined;
}

/** Words that count from the story's own time, not the article's. */
const COUNTED_FROM_STORY = /\b(?:later|afterwards?|after|earlier|before|following|next|previous|prior)\b/i;
const AMOUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+)`;
const UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)`;
/** "for four years", "in a day", "over two decades": how long, not when. */
const DURATION = new RegExp(String.raw`^(?:(?:for|in|within|over|during)\s+)?${AMOUNT}\s+${UNIT}$`, 'i');
const DURATION_LEAD = /\b(?:for|over|within|during|lasted|lasting|took|takes)\s+$/i;

const VAGUE_YEAR = /\b(?:early|mid|late|the (?:start|beginning|middle|end) of)[- ](1[5-9]\d\d|20\d\d)\b/gi;
const BARE_YEAR =
  /\b(?:in|since|by|until|till|through|to|from|for|of|during|before|after|around|fiscal) ((?:1[5-9]|20)\d\d)\b(?![-/]\d)/gi;

const TIME = String.raw`\d{1,2}(?:[:.h]\s?\d{2}|\s?(?:h|heures?|Uhr|a\.m\.|p\.m\.|am|pm)\b)?`;
const TIME_AFTER = new RegExp(String.raw`,?\s+(?:à|at|um|a las|a la)\s+${TIME}$`, 'iu');
const TIME_ALONE = new RegExp(String.raw`^(?:de|à|at|um|a las|a la|ab|dès|from)?\s*${TIME}$`, 'iu');

/** Of the day and month in the article's year, the year before and after, the year of the one nearest its date. */
function nearestYear(reference: PartialDate, month: number, day: number): number {
  const at = instantOf(reference).getTime();
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day, 12) - at);
  return (
    [reference.year - 1, reference.year, reference.year + 1].sort((a, b) => distance(a) - distance(b))[0] ??
    reference.year
  );
}

const partial = (iso: string): PartialDate => parsePartialDate(iso) as PartialDate;
const pad = (n: number): string => String(n).padStart(2, '0');

/** A date after the article's own is most often a misreading; the basis says so, for the reviewer. */
const afterArticle = (date: PartialDate, reference: PartialDate | undefined): string | undefined =>
  reference && comparePartialDates(date, reference) > 0 && date.iso.slice(0, reference.iso.length) !== reference.iso
    ? `after the article's date (${reference.iso}): check it`
    : undefined;

function fromChrono(
  result: chrono.ParsedResult,
  reference: PartialDate | undefined,
  lastNamed: PartialDate | undefined,
  context: { before: string; after: string; language: string; sentence: string; rest: string },
): FoundDate | 'relative' | undefined {
  const { before } = context;
  if (isNoDate(result.text.replace(/[\s,.;:]+$/, ''), before, context.after)) return undefined;
  // "now makes 40 percent" speaks of the present, not of a date anyone would annotate.
  if (/^(?:right )?now$/i.test(result.text)) return undefined;
  // A time of day after the date is no part of what a reader dates ("jeudi 2 octobre à 19 h"); one alone is no date.
  const words = result.text.replace(/[\s,.;:]+$/, '').replace(TIME_AFTER, '');
  if (TIME_ALONE.test(words)) return undefined;
  if (DURATION.test(words) || (DURATION_LEAD.test(before) && new RegExp(`^${AMOUNT}\\s+${UNIT}`, 'i').test(words)))
    return undefined;
  const explicitYear = /\b\d{4}\b/.test(result.text);
  // "Year to March", a fiscal year named by its last month alone: which year it ends is not said.
  if (/\byear (?:to|ending|ended)\s+(?:\S+\s+){0,3}$/i.test(`${before}${words} `) && !explicitYear) return undefined;
  // "That August", "the same month": of the story's time, whose year the text named last, not the article's.
  const ofStory = !explicitYear && lastNamed && /\b(?:that|same)\s+$/i.test(before);
  // Counted from the story's time: parsed again from the last date the text named.
  // "next Wednesday, March 18" names its day: "next" counts nothing from the story there.
  const counted = COUNTED_FROM_STORY.test(words) && !namesAMonth(words, context.language);
  const fromStory = !explicitYear && lastNamed && (ofStory || counted);
  const parsed = fromStory
    ? (chrono.en.parse(result.text, { instant: instantOf(lastNamed), timezone: 0 }, { forwardDate: false })[0] ??
      result)
    : result;
  const { start } = parsed;
  const known = (unit: 'year' | 'month' | 'day') => start.isCertain(unit);
  // A time of day says no date a reader could check; a weekday alone is the one before the article's date.
  if (!known('month') && !known('year') && !known('day')) return weekdayBefore(result, reference, context);
  if (!explicitYear && !reference && !fromStory) return 'relative';
  // A month without its year, with its day or not: the year the words around it say ("marzo del año pasado", "el
  // próximo enero"). Else a month alone is the last before the article's, unless the sentence looks ahead; a day
  // is chrono's nearest (a day and month are as often an event announced as one past).
  const monthNamed = !explicitYear && !fromStory && reference && known('month') && namesAMonth(words, context.language);
  const month = start.get('month') as number;
  const said = monthNamed ? yearAroundMonth(month, reference, before, context.after) : undefined;
  const future = speaksOfFuture(context.sentence, context.rest, false);
  const day = start.get('day') as number;
  // A day and month with its weekday ("next Wednesday, March 18"): chrono finds a year where the weekday fits
  // (2011); the reader means the nearest such day to the article's.
  const nearest = monthNamed && known('day') ? nearestYear(reference, month, day) : undefined;
  const year =
    said ??
    (monthNamed && !known('day') ? yearOfMonth(month, reference, future) : (nearest ?? (start.get('year') as number)));
  // Counted from a date known to the year ("in 2022 … two weeks later"), it is known to the year at best.
  const precision = ofStory
    ? 'day'
    : fromStory && lastNamed.precision === 'year'
      ? 'year'
      : fromStory && lastNamed.precision !== 'day'
        ? 'month'
        : 'day';
  const iso =
    known('day') && precision === 'day'
      ? `${year}-${pad(month)}-${pad(day)}`
      : known('month') && precision !== 'year'
        ? `${year}-${pad(month)}`
        : `${year}`;
  const date = partial(iso);
  if ('error' in date) return undefined;
  const basis = ofStory
    ? `"${words}", in the year of ${lastNamed.iso}, the date the text named before it`
    : fromStory
      ? `"${words}", counted from ${lastNamed.iso}, the date the text named before it`
      : undefined;
  const late = explicitYear ? undefined : afterArticle(date, reference);
  return {
    // chrono may take the punctuation after a date ("February,"); a quote ends on the word.
    start: result.index,
    end: result.index + words.length,
    date,
    approximate: false,
    relative: !explicitYear,
    ...(basis || late
      ? { basis: [basis ?? `"${words}", in an article dated ${reference?.iso}`, late].filter(Boolean).join('; ') }
      : {}),
  };
}

/** chrono's parsers by language (its English one also for any language it has none for, with no month names). */
const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
};

/** A month named alone in a language chrono does not read it in ("en mai", "im Mai"): its names from Intl. */
function monthPattern(language: string): RegExp | undefined {
  if (language === 'en') return undefined;
  const names = monthNamesIn(language);
  if (names.some((name) => /\d/.test(name))) return undefined;
  return new RegExp(String.raw`(?<![\p{L}\d])(${names.join('|')})(?:\s+(1[5-9]\d\d|20\d\d))?(?![\p{L}\d])`, 'giu');
}

/** Months named alone, where chrono has no words for them: in the year of the article unless a year follows. */
function namedMonths(text: string, language: string, reference: PartialDate | undefined): FoundDate[] {
  const pattern = monthPattern(language);
  if (!pattern) return [];
  const names = monthNamesIn(language).map((name) => name.toLowerCase());
  return [...text.matchAll(pattern)].flatMap((match) => {
    const month = names.indexOf((match[1] as string).toLowerCase()) + 1;
    const sentence = text.slice(Math.max(0, (match.index ?? 0) - 120), match.index ?? 0);
    const rest = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 120);
    const future = speaksOfFuture(sentence, rest, false);
    const year = match[2] ? Number(match[2]) : reference && yearOfMonth(month, reference, future);
    if (!year || month === 0) return [];
    const start = match.index ?? 0;
    return [
      {
        start,
        end: start + match[0].length,
        date: partial(`${year}-${pad(month)}`),
        approximate: false,
        relative: !match[2],
      },
    ];
  });
}

/** A year in brackets after a name ("Isarbrücke Moosburg (1976)") or opening a list's line ("2001: Bundesverdienstkreuz"). */
const BRACKETED_OR_LISTED_YEAR = /(?<=\()((?:1[5-9]|20)\d\d)(?=\))|(?<=^|[.!?]\s+)((?:1[5-9]|20)\d\d)(?=:\s)/gu;
/** A year opening a German sentence before a verb ("1967 trat er …"): a count there is before its noun, capitalised. */
const GERMAN_OPENING_YEAR = /(?<=^|[.!?]\s+)((?:1[5-9]|20)\d\d)(?=\s\p{Ll})/gu;

/** A year after any word, in a language whose prepositions the English pattern does not know ("depuis 2019"). */
const ANY_YEAR = /(?<=\p{L}\s)((?:1[5-9]|20)\d\d)(?![\p{L}\d]|[,./-]\d)/gu;

/**
 * Every date expression of one run of text (a paragraph), with its place in the run. `named` is the last date
 * the paragraphs before it named outright; `language` is the text's (BCP 47).
 */
export function findDates(
  text: string,
  reference: PartialDate | undefined,
  named?: PartialDate,
  language = 'en',
): DateSearch {
  const skipped: string[] = [];
  let lastNamed = named;
  const base = language.split('-')[0]?.toLowerCase() ?? 'en';
  const found: FoundDate[] = namedPeriods(text, base, reference).map((period) => {
    const late = period.relative ? afterArticle(period.date, reference) : undefined;
    const words = text.slice(period.start, period.end);
    return {
      ...period,
      approximate: false,
      ...(period.relative
        ? { basis: [`"${words}", in an article dated ${reference?.iso}`, late].filter(Boolean).join('; ') }
        : {}),
    };
  });
  const periods = [...found];
  const free = (start: number, end: number) => found.every((date) => end <= date.start || start >= date.end);
  // Years chrono leaves alone: vague ones ("late 2022") are approximate. Read first, so that a date counted from
  // the story's time ("That August", "two weeks later") counts from a year named just before it.
  const years: FoundDate[] = [];
  for (const [pattern, approximate] of [
    [VAGUE_YEAR, true],
    [base === 'en' ? BARE_YEAR : ANY_YEAR, false],
    [BRACKETED_OR_LISTED_YEAR, false],
    ...(base === 'de' ? ([[GERMAN_OPENING_YEAR, false]] as const) : []),
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (years.every((year) => end <= year.start || start >= year.end))
        years.push({ start, end, date: partial((match[1] ?? match[2]) as string), approximate, relative: false });
    }
  }
  /** The last date named outright before `at`: in this paragraph, else in the ones before it. */
  const namedBefore = (at: number): PartialDate | undefined =>
    [...periods, ...years, ...found.filter((date) => !periods.includes(date))]
      .filter((date) => !date.relative && date.date.group === undefined && date.end <= at)
      .sort((a, b) => a.end - b.end)
      .at(-1)?.date ?? lastNamed;
  const parser = PARSERS[base] ?? chrono.en.casual;
  const instant = reference ? instantOf(reference) : new Date(Date.UTC(2000, 0, 1));
  for (const result of parser.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const end = result.index + result.text.length;
    if (periods.some((period) => result.index < period.end && end > period.start)) continue;
    const date = fromChrono(result, reference, namedBefore(result.index), {
      before: text.slice(Math.max(0, result.index - 16), result.index),
      after: text.slice(end, end + 28),
      language: base,
      sentence: text.slice(Math.max(0, result.index - 120), result.index),
      rest: text.slice(end, end + 120),
    });
    if (date === 'relative') skipped.push(result.text.replace(/[\s,.;:]+$/, ''));
    else if (date) {
      found.push(date);
      if (!date.relative) lastNamed = date.date;
    }
  }
  dayInMonthNamed(found, text);
  for (const month of namedMonths(text, base, reference)) if (free(month.start, month.end)) found.push(month);
  for (const year of years) if (free(year.start, year.end)) found.push(year);
  // "Deux ans plus tard", "im Jahr davor": from the story's last date; "über Vorjahr": none.
  const storyBefore = (at: number) =>
    found
      .filter((date) => !date.relative && date.end <= at)
      .sort((a, b) => a.end - b.end)
      .at(-1)?.date ?? named;
  for (const story of storyDates(text, base, reference, storyBefore)) {
    found.splice(0, found.length, ...found.filter((date) => date.end <= story.start || date.start >= story.end));
    if (story.date) found.push({ ...story, date: story.date, approximate: false, relative: true });
  }
  // "by the end of the year": the article's year.
  for (const end of endsOfYear(text, reference)) if (free(end.start, end.end)) found.push(end);
  const sorted = found.sort((a, b) => a.start - b.start);
  // A season or a quarter is no date to count "two weeks later" from.
  const stated = sorted.filter((date) => !date.relative && date.date.group === undefined).at(-1);
  return { found: sorted, skipped, lastNamed: stated?.date ?? lastNamed };
}
