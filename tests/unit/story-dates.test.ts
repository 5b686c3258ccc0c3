/** Dates told in the story's own time, and weekdays that name no date. */
import { expect, test } from 'vitest';
import { findDates } from '../../src/authoring/suggest-dates.ts';
import { parsePartialDate, type PartialDate } from '../../src/values/partial-date.ts';

const article = parsePartialDate('2025-06-12') as PartialDate;
const datesIn = (text: string): string[][] =>
  findDates(text, article).found.map((date) => [text.slice(date.start, date.end), date.date.iso]);

test('"That August" in a story of 2021 is August 2021, not the article’s year', () => {
  expect(datesIn('The plant opened in 2021. That August, workers walked out.')).toEqual([
    ['in 2021', '2021'],
    ['August', '2021-08'],
  ]);
  const [, august] = findDates('The plant opened in 2021. That August, workers walked out.', article).found;
  expect(august?.basis).toBe('"August", in the year of 2021, the date the text named before it');
});

test('a weekday said of every week, or a word that only looks like one, is no date', () => {
  expect(datesIn('She goes fishing on Sunday afternoons.')).toEqual([]);
  expect(datesIn('They met on Sundays and every Monday.')).toEqual([]);
  expect(datesIn('He sat on the board. The index sat at 5,000 points.')).toEqual([]);
  // A weekday of the news is still the one before the article's date.
  expect(datesIn('The board met on Wednesday.')).toEqual([['on Wednesday', '2025-06-11']]);
});

test('a fiscal year named by its last day alone gives no year, and its day is never read as one', () => {
  expect(datesIn('In the year to 31 December, claims fell.')).toEqual([]);
  expect(datesIn('Claims fell in the year to 31 December 2024.').map(([, iso]) => iso)).toEqual(['2024-12-31']);
});
