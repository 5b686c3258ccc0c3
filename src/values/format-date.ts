/**
 * Says a partial date in a language's words at exactly its precision: "2025", "spring 2019", "Q3 2022", "H2 2026",
 * "May 2025", "10 June 2025" ("10 juin 2025"); vague ones as "late 2022". Days and months are written by Intl.
 */
import type { PartialDate } from './partial-date.ts';

/** What a language calls the parts of a date that Intl does not write: seasons, quarters, vagueness. */
export interface DateWords {
  /** The locale Intl writes days and months in: "en-GB" writes "10 June 2025", "fr-FR" "10 juin 2025". */
  locale: string;
  /** A date the text gives only roughly: "around 2022", "around 30 November 2022". */
  around: (date: string) => string;
  /** A month the text gives only roughly, by the third of the year it falls in: "early 2022", "mid 2022", "late 2022". */
  partOfYear: (third: 0 | 1 | 2, year: string) => string;
  /** Spring (0), summer, autumn and winter (3) of a year: "spring 2019"; of one hemisphere where EDTF says so. */
  season: (season: number, year: string, hemisphere?: 'north' | 'south') => string;
  /** A quarter (1 to 4) of a year: "Q3 2022". */
  quarter: (quarter: number, year: string) => string;
  /** A third (1 to 3) of a year, January to April first: "first third of 2026". */
  third: (third: number, year: string) => string;
  /** A half (1 or 2) of a year: "H2 2026". */
  half: (half: number, year: string) => string;
  /** How precisely a date is known, for a note's fine print: "to the month". */
  precision: Record<PartialDate['precision'], string>;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Intl's words for a day or a month of the Gregorian calendar (a locale may default to another one). */
function dayOrMonth(date: PartialDate, locale: string): string {
  const precision = date.precision === 'day' ? 'day' : 'month';
  const key = `${locale}\0${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      calendar: 'gregory',
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    formats.set(key, format);
  }
  const when = new Date(0);
  when.setUTCFullYear(date.year, (date.month as number) - 1, date.day ?? 1);
  // The year as the note has it: Intl would write year 0 and the years before it in eras ("1 BC").
  return format
    .formatToParts(when)
    .map((part) => (part.type === 'year' ? String(date.year) : part.value))
    .join('');
}

/** An EDTF sub-year group in words (see partial-date.ts). */
function partOfYear(group: number, year: string, words: DateWords): string {
  if (group <= 24) return words.season(group - 21, year);
  if (group <= 28) return words.season(group - 25, year, 'north');
  if (group <= 32) return words.season(group - 29, year, 'south');
  if (group <= 36) return words.quarter(group - 32, year);
  if (group <= 39) return words.third(group - 36, year);
  return words.half(group - 39, year);
}

export function formatDate(date: PartialDate, words: DateWords, options: { approximate?: boolean } = {}): string {
  const { year, month, precision, group } = date;
  const approximate = options.approximate === true;
  const inYear = String(year);
  if (group !== undefined) {
    const exact = partOfYear(group, inYear, words);
    return approximate ? words.around(exact) : exact;
  }
  if (precision === 'year') return approximate ? words.around(inYear) : inYear;
  if (precision === 'month' && approximate) {
    return words.partOfYear((month as number) <= 4 ? 0 : (month as number) <= 8 ? 1 : 2, inYear);
  }
  const exact = dayOrMonth(date, words.locale);
  return approximate ? words.around(exact) : exact;
}
