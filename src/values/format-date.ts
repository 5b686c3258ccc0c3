/**
 * Says a partial date in words at exactly its precision: "2025", "spring 2019", "Q3 2022", "May 2025",
 * "10 June 2025"; vague ones as "late 2022".
 */
import { SEASONS, type PartialDate } from './partial-date.ts';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The part of a year a month falls in, for dates the text only gives roughly. */
function partOfYear(month: number): string {
  if (month <= 4) return 'early';
  if (month <= 8) return 'mid';
  return 'late';
}

/** A season or a quarter in words: "spring 2019", "Q3 2022". */
function groupInWords(group: number, year: number): string {
  return group < 30 ? `${SEASONS[group - 21]} ${year}` : `Q${group - 32} ${year}`;
}

export function formatDate(date: PartialDate, options: { approximate?: boolean } = {}): string {
  const { year, month, day, precision, group } = date;
  if (group !== undefined) return `${options.approximate ? 'around ' : ''}${groupInWords(group, year)}`;
  if (options.approximate) {
    if (precision === 'year') return `around ${year}`;
    if (precision === 'month') return `${partOfYear(month as number)} ${year}`;
    return `around ${day} ${MONTHS[(month as number) - 1]} ${year}`;
  }
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[(month as number) - 1]} ${year}`;
  return `${day} ${MONTHS[(month as number) - 1]} ${year}`;
}

/** The precision in a reader's words, for a note's fine print. */
export const precisionLabel = (date: PartialDate): string =>
  ({
    year: 'to the year',
    season: 'to the season',
    quarter: 'to the quarter',
    month: 'to the month',
    day: 'to the day',
  })[date.precision];
