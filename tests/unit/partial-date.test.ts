import { describe, expect, test } from 'vitest';
import { date } from '../support/partial-date.ts';
import { formatDate } from '../../src/values/format-date.ts';
import { english } from '../../src/words/english.ts';
import { french } from '../../src/words/french.ts';
import {
  comparePartialDates,
  isoDateOf,
  monthsCovered,
  parsePartialDate,
  partialDateText,
} from '../../src/values/partial-date.ts';

describe('parsePartialDate', () => {
  test('keeps the precision the author wrote', () => {
    expect(date('2025')).toMatchObject({ iso: '2025', precision: 'year', year: 2025 });
    expect(date('2025-06')).toMatchObject({ iso: '2025-06', precision: 'month', month: 6 });
    expect(date('2025-06-10')).toMatchObject({ iso: '2025-06-10', precision: 'day', day: 10 });
  });

  test('refuses days and months that do not exist', () => {
    expect(parsePartialDate('2025-02-29')).toEqual({ error: expect.stringContaining('has days 01 to 28') });
    expect(parsePartialDate('2024-02-29')).toMatchObject({ precision: 'day' });
    expect(parsePartialDate('2025-13')).toEqual({ error: expect.stringContaining('months run from 01 to 12') });
    expect(parsePartialDate('2025-04-31')).toEqual({ error: expect.stringContaining('does not exist') });
  });

  test('refuses what is not ISO 8601', () => {
    for (const text of ['June 2025', '10/06/2025', '2025-6', '25-06-10', '2025-06-10T10:00']) {
      expect(parsePartialDate(text)).toEqual({ error: expect.stringContaining('not an ISO 8601 date') });
    }
  });
});

describe('partialDateText', () => {
  test('turns what YAML makes of unquoted dates back into the written text, with no time-zone shift', () => {
    expect(partialDateText(2025)).toBe('2025');
    expect(partialDateText(new Date(Date.UTC(2025, 5, 10)))).toBe('2025-06-10');
    expect(partialDateText(new Date(Date.UTC(2025, 0, 1)))).toBe('2025-01-01');
    expect(partialDateText('2025-06')).toBe('2025-06');
    expect(partialDateText(20.5)).toBeUndefined();
    expect(partialDateText(null)).toBeUndefined();
  });
});

describe('comparePartialDates', () => {
  test('orders by time, a coarser date before the finer dates inside it', () => {
    const sorted = ['2025-05', '2022-11', '2025', '2025-01-21', '2025-01'].map(date).sort(comparePartialDates);
    expect(sorted.map((d) => d.iso)).toEqual(['2022-11', '2025', '2025-01', '2025-01-21', '2025-05']);
  });
});

describe('formatDate', () => {
  test('says a date in words at its precision', () => {
    expect(formatDate(date('2025'), english.dates)).toBe('2025');
    expect(formatDate(date('2025-05'), english.dates)).toBe('May 2025');
    expect(formatDate(date('2025-06-01'), english.dates)).toBe('1 June 2025');
  });

  test('says vague dates as vaguely as the text does', () => {
    expect(formatDate(date('2022-11'), english.dates, { approximate: true })).toBe('late 2022');
    expect(formatDate(date('2022-02'), english.dates, { approximate: true })).toBe('early 2022');
    expect(formatDate(date('2022-06'), english.dates, { approximate: true })).toBe('mid 2022');
    expect(formatDate(date('2022'), english.dates, { approximate: true })).toBe('around 2022');
    expect(formatDate(date('2022-11-30'), english.dates, { approximate: true })).toBe('around 30 November 2022');
  });
});

describe('formatDate in another language', () => {
  test('French: days and months by Intl, seasons, quarters and vague dates from its words', () => {
    expect(formatDate(date('2025-06-10'), french.dates)).toBe('10 juin 2025');
    expect(formatDate(date('2025-03'), french.dates)).toBe('mars 2025');
    expect(formatDate(date('2019-22'), french.dates)).toBe('été 2019');
    expect(formatDate(date('2022-35'), french.dates)).toBe('T3 2022');
    expect(formatDate(date('2022-11'), french.dates, { approximate: true })).toBe('fin 2022');
    expect(formatDate(date('2022-11-30'), french.dates, { approximate: true })).toBe('vers 30 novembre 2022');
  });

  test('a locale with a region writes its own order, and the year stays the note’s', () => {
    expect(formatDate(date('2025-06-10'), { ...english.dates, locale: 'en-US' })).toBe('June 10, 2025');
    expect(formatDate(date('2025-06-10'), { ...english.dates, locale: 'de-DE' })).toBe('10. Juni 2025');
    // Intl would say year 50 as 1950 from Date.UTC, and set the calendar by the locale (Arabic: Islamic).
    expect(formatDate(date('0050-03'), english.dates)).toBe('March 50');
    expect(formatDate(date('2025-06-10'), { ...english.dates, locale: 'ar-SA' })).toContain('2025');
  });
});

describe('seasons and quarters (EDTF, ISO 8601-2)', () => {
  test('2019-21 to 2019-24 are the seasons, 2022-33 to 2022-36 the quarters; groups EDTF does not have are refused', () => {
    expect(date('2019-21')).toMatchObject({ iso: '2019-21', precision: 'season', year: 2019, group: 21 });
    expect(date('2022-35')).toMatchObject({ iso: '2022-35', precision: 'quarter', year: 2022, group: 35 });
    expect(date('2022-35')).not.toHaveProperty('month');
    for (const text of ['2022-13', '2022-20', '2022-42', '2022-35-01'])
      expect(parsePartialDate(text)).toEqual({ error: expect.any(String) });
    expect(parsePartialDate('2022-42')).toEqual({ error: expect.stringContaining('33 to 36 quarters') });
  });

  test('cover their months: a quarter its three, a season its three, winter into the next year', () => {
    expect(monthsCovered(date('2022-35'))).toEqual({ first: 7, last: 9 });
    expect(monthsCovered(date('2022-33'))).toEqual({ first: 1, last: 3 });
    expect(monthsCovered(date('2019-21'))).toEqual({ first: 3, last: 5 });
    expect(monthsCovered(date('2019-24'))).toEqual({ first: 12, last: 14 });
    expect(monthsCovered(date('2019'))).toEqual({ first: 1, last: 12 });
  });

  test('sort by the months they cover, after their year and before the months inside them', () => {
    const sorted = ['2022-08', '2022-35', '2022', '2022-06-30', '2022-22', '2022-33', '2022-24', '2021-24']
      .map(date)
      .sort(comparePartialDates)
      .map((each) => each.iso);
    expect(sorted).toEqual(['2021-24', '2022', '2022-33', '2022-22', '2022-06-30', '2022-35', '2022-08', '2022-24']);
  });

  test('are said in words, and given to HTML and schema.org as the year that holds them', () => {
    expect(formatDate(date('2019-21'), english.dates)).toBe('spring 2019');
    expect(formatDate(date('2019-23'), english.dates)).toBe('autumn 2019');
    expect(formatDate(date('2022-35'), english.dates)).toBe('Q3 2022');
    expect(formatDate(date('2022-36'), english.dates, { approximate: true })).toBe('around Q4 2022');
    expect(english.dates.precision[date('2022-36').precision]).toBe('to the quarter');
    expect(isoDateOf(date('2022-35'))).toBe('2022');
    expect(isoDateOf(date('2022-07'))).toBe('2022-07');
  });
});
