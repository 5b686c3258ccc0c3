/**
 * Suggested dates: chrono-node's and our own patterns, against the article's date, at the precision the words give.
 */
import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/suggest/dates/suggest-dates.ts';
import { parsePartialDate, type PartialDate } from '../../src/values/partial-date.ts';

const june2025 = parsePartialDate('2025-06-11') as PartialDate;

describe('dates', () => {
  const dateOf = (text: string, reference: PartialDate | undefined = june2025) =>
    findDates(text, reference).found.map(({ start, end, date, approximate }) => ({
      words: text.slice(start, end),
      iso: date.iso,
      approximate,
    }));

  /** Each date found, as its words and its date. */
  const found = (text: string, language = 'en') =>
    findDates(text, june2025, undefined, language).found.map(({ start, end, date }) => [
      text.slice(start, end),
      date.iso,
    ]);

  test.each([
    ['It was finalized in May after talks.', 'May', '2025-05'],
    ['Spending will rise this year.', 'this year', '2025'],
    ['Its exclusivity lasted until January.', 'January', '2025-01'],
    ['The board met yesterday.', 'yesterday', '2025-06-10'],
    ['It opened on 3 March 2024 in Lyon.', 'on 3 March 2024', '2024-03-03'],
    ['The firm was founded in 2019 by two engineers.', 'in 2019', '2019'],
  ])('%s → %s is %s, at the precision the words give', (text, words, iso) => {
    expect(dateOf(text)).toEqual([{ words, iso, approximate: false }]);
  });

  test('a vague year is a year, approximate', () => {
    expect(dateOf('Since its launch in late 2022, demand grew.')).toEqual([
      { words: 'late 2022', iso: '2022', approximate: true },
    ]);
  });

  test('without the article’s date, relative dates are skipped and said to be, dated ones still found', () => {
    const search = findDates('It was agreed in May and announced on 3 March 2024.', undefined);
    expect(search.found.map((date) => date.date.iso)).toEqual(['2024-03-03']);
    expect(search.skipped).toEqual(['May']);
  });

  test('a time of day or "now" is no date; a weekday alone is the one before the article, saying so', () => {
    expect(dateOf('At 10:03 the market opened.')).toEqual([]);
    expect(dateOf('The plant now makes chips.')).toEqual([]);
    const [friday] = findDates('The vote was held on Friday.', june2025).found;
    expect(friday?.date.iso).toBe('2025-06-06');
    expect(friday?.basis).toContain("the Friday of the article's date (2025-06-11) or the one before it");
    // The article's own weekday is that day: news of the day.
    expect(findDates('The vote was held on Wednesday.', june2025).found[0]?.date.iso).toBe('2025-06-11');
  });

  test('a date counted from the story is counted from the last date the text named, across paragraphs', () => {
    const first = findDates('The ruling came on 12 March 2021.', june2025);
    const [later] = findDates('Two weeks later the board resigned.', june2025, first.lastNamed).found;
    expect(later?.date.iso).toBe('2021-03-26');
    expect(later?.basis).toContain('counted from 2021-03-12');
    // Counted from a year, it is known to the year at best.
    const year = findDates('The bonus came in 2022.', june2025);
    expect(findDates('Two weeks later the board met.', june2025, year.lastNamed).found[0]?.date.iso).toBe('2022');
    // Without a date named before it, it stays relative to the article, and a date after the article is flagged.
    expect(findDates('The launch is set for next month.', june2025).found[0]?.basis).toContain(
      "after the article's date",
    );
  });

  test('a note in French, German or Spanish gets its dates, months named alone included', () => {
    expect(found('Finalisé en mai, signé le 3 mars 2024. Depuis 2019, elle grandit.', 'fr')).toEqual([
      ['mai', '2025-05'],
      ['3 mars 2024', '2024-03-03'],
      ['2019', '2019'],
    ]);
    expect(found('Am 3. März 2024 unterzeichnet, im Mai abgeschlossen.', 'de')).toEqual([
      ['Am 3. März 2024', '2024-03-03'],
      ['Mai', '2025-05'],
    ]);
    expect(found('Se cerró en mayo.', 'es')).toEqual([['mayo', '2025-05']]);
  });

  test('a fiscal year named by its month alone is left alone; one with its end date is that date', () => {
    expect(dateOf('Revenue for the year to March rose.')).toEqual([]);
    expect(dateOf('Profits rose in the year to 31 December 2024.').map((date) => date.iso)).toEqual(['2024-12-31']);
  });

  test('a duration is no date', () => {
    for (const text of ['The contract ran for four years.', 'It was built in a day.', 'Talks lasted two weeks.'])
      expect(dateOf(text)).toEqual([]);
  });

  test('seasons and quarters get their own precision (EDTF), with or without a year, in four languages', () => {
    expect(
      found('It opened in the spring of 2019, grew in the third quarter of 2022, in Q4 2022 and 2023 Q1.'),
    ).toEqual([
      ['spring of 2019', '2019-21'],
      ['third quarter of 2022', '2022-35'],
      ['Q4 2022', '2022-36'],
      ['2023 Q1', '2023-33'],
    ]);
    // Against the article's date (11 June 2025): last summer is over, this quarter is the second.
    expect(found('Sales fell last summer; this quarter beats last quarter, and the fourth quarter is next.')).toEqual([
      ['last summer', '2024-22'],
      ['this quarter', '2025-34'],
      ['last quarter', '2025-33'],
      ['the fourth quarter', '2025-36'],
    ]);
    expect(findDates('Next winter will tell.', june2025).found[0]?.basis).toContain("after the article's date");
    expect(found('Au printemps 2019, puis au troisième trimestre 2022 et au T3 2023.', 'fr')).toEqual([
      ['printemps 2019', '2019-21'],
      ['troisième trimestre 2022', '2022-35'],
      ['T3 2023', '2023-35'],
    ]);
    expect(found('Im dritten Quartal 2022 und im Frühjahr 2019.', 'de')).toEqual([
      ['dritten Quartal 2022', '2022-35'],
      ['Frühjahr 2019', '2019-21'],
    ]);
    expect(found('En el tercer trimestre de 2022 y en la primavera de 2019.', 'es')).toEqual([
      ['tercer trimestre de 2022', '2022-35'],
      ['primavera de 2019', '2019-21'],
    ]);
    // A date counted from the story is not counted from a season.
    const spring = findDates('It opened in the spring of 2019.', june2025);
    expect(spring.found[0]?.date.iso).toBe('2019-21');
    expect(spring.lastNamed).toBeUndefined();
  });
});
