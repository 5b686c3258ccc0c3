import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/values/format-date.ts';
import {
  comparePartialDates,
  parsePartialDate,
  partialDateText,
  type PartialDate,
} from '../../src/values/partial-date.ts';

const date = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

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
    expect(formatDate(date('2025'))).toBe('2025');
    expect(formatDate(date('2025-05'))).toBe('May 2025');
    expect(formatDate(date('2025-06-01'))).toBe('1 June 2025');
  });

  test('says vague dates as vaguely as the text does', () => {
    expect(formatDate(date('2022-11'), { approximate: true })).toBe('late 2022');
    expect(formatDate(date('2022-02'), { approximate: true })).toBe('early 2022');
    expect(formatDate(date('2022-06'), { approximate: true })).toBe('mid 2022');
    expect(formatDate(date('2022'), { approximate: true })).toBe('around 2022');
    expect(formatDate(date('2022-11-30'), { approximate: true })).toBe('around 30 November 2022');
  });
});
