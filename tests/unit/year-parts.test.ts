/** EDTF's parts of a year beyond seasons and quarters: halves, thirds, and each hemisphere's seasons. */
import { describe, expect, test } from 'vitest';
import { date } from '../support/partial-date.ts';
import { namedPeriods } from '../../src/suggest/dates/quarters-and-seasons.ts';
import { formatDate } from '../../src/values/format-date.ts';
import { comparePartialDates, monthsCovered, parsePartialDate } from '../../src/values/partial-date.ts';
import { english } from '../../src/words/english.ts';
import { french } from '../../src/words/french.ts';

describe('parts of a year', () => {
  test('halves, thirds and hemisphere seasons are read at their precision', () => {
    expect(date('2026-41')).toEqual({ iso: '2026-41', precision: 'semester', year: 2026, group: 41 });
    expect(date('2026-37')).toMatchObject({ precision: 'quadrimester', group: 37 });
    expect(date('2019-29')).toMatchObject({ precision: 'season', group: 29 });
    expect(parsePartialDate('2026-42')).toEqual({
      error:
        '"2026-42" has month 42; months run from 01 to 12 (21 to 32 are seasons, 33 to 36 quarters, 37 to 39 thirds, 40 and 41 halves of the year)',
    });
  });

  test('each covers its months, a southern spring from September', () => {
    expect(monthsCovered(date('2026-40'))).toEqual({ first: 1, last: 6 });
    expect(monthsCovered(date('2026-41'))).toEqual({ first: 7, last: 12 });
    expect(monthsCovered(date('2026-38'))).toEqual({ first: 5, last: 8 });
    expect(monthsCovered(date('2019-25'))).toEqual({ first: 3, last: 5 });
    expect(monthsCovered(date('2019-29'))).toEqual({ first: 9, last: 11 });
    expect(monthsCovered(date('2019-30'))).toEqual({ first: 12, last: 14 });
  });

  test('they are said in words', () => {
    expect(formatDate(date('2026-41'), english.dates)).toBe('H2 2026');
    expect(formatDate(date('2026-40'), french.dates)).toBe('S1 2026');
    expect(formatDate(date('2026-39'), english.dates)).toBe('last third of 2026');
    expect(formatDate(date('2026-37'), french.dates)).toBe('1er quadrimestre 2026');
    expect(formatDate(date('2019-29'), english.dates)).toBe('spring 2019 (southern hemisphere)');
    expect(formatDate(date('2019-26'), french.dates)).toBe('été 2019 (hémisphère Nord)');
    expect(formatDate(date('2026-41'), english.dates, { approximate: true })).toBe('around H2 2026');
  });

  test('they are ordered by the months they cover, the coarser first', () => {
    const sorted = ['2026-07', '2026-35', '2026-41', '2026', '2026-40', '2026-33', '2026-38', '2026-01']
      .map(date)
      .sort(comparePartialDates)
      .map((each) => each.iso);
    expect(sorted).toEqual(['2026', '2026-40', '2026-33', '2026-01', '2026-38', '2026-41', '2026-35', '2026-07']);
  });

  test('halves named in a text are found, in four languages', () => {
    const found = (text: string, language: string) =>
      namedPeriods(text, language, undefined).map((period) => [text.slice(period.start, period.end), period.date.iso]);
    expect(found('Output will rise in the second half of 2026 and in H1 2027.', 'en')).toEqual([
      ['second half of 2026', '2026-41'],
      ['H1 2027', '2027-40'],
    ]);
    expect(found('au second semestre 2026', 'fr')).toEqual([['second semestre 2026', '2026-41']]);
    expect(found('im zweiten Halbjahr 2026', 'de')).toEqual([['zweiten Halbjahr 2026', '2026-41']]);
    expect(found('en el primer semestre de 2025', 'es')).toEqual([['primer semestre de 2025', '2025-40']]);
  });
});
