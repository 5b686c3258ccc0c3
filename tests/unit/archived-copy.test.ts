/** The date of a source's archived copy: a full day, or a moment with its time zone; anything else in words. */
import { describe, expect, test } from 'vitest';
import { archivedCopySchema } from '../../src/schemas/archived-copy.ts';

const URL = 'https://web.archive.org/web/20250611093000/https://example.org/article';
const messageOf = (date: unknown): string | undefined =>
  archivedCopySchema.safeParse({ url: URL, date }).error?.issues[0]?.message;

describe('an archived copy’s date', () => {
  test.each(['2025-06-11', '2025-06-11T09:30:00Z', '2024-02-29T23:59+02:00', '2025-06-11T09:30:00.5-05:00'])(
    '%s is kept as written',
    (date) => {
      expect(archivedCopySchema.parse({ url: URL, date })).toEqual({ url: URL, date });
    },
  );

  test.each([
    [
      '2025-06',
      '"2025-06" is not a full date: write the day the copy was made, as 2025-06-11, or the moment as 2025-06-11T09:30:00Z',
    ],
    [
      '11 June 2025',
      '"11 June 2025" is not a full date: write the day the copy was made, as 2025-06-11, or the moment as 2025-06-11T09:30:00Z',
    ],
    ['2025-02-29', '"2025-02-29" does not exist: 2025-02 has days 01 to 28'],
    ['2025-13-01T10:00:00Z', '"2025-13-01" has month 13; months run from 01 to 12'],
    ['2025-06-11T09:30', '"2025-06-11T09:30" has no time zone: end it with Z (UTC) or an offset such as +02:00'],
    [
      '2025-06-11T25:00:00Z',
      '"2025-06-11T25:00:00Z" is not a full date: write the day the copy was made, as 2025-06-11, or the moment as 2025-06-11T09:30:00Z',
    ],
    [2025, 'expected a full date such as 2025-06-11, or the moment as 2025-06-11T09:30:00Z, got 2025'],
  ])('%s is refused: %s', (date, message) => {
    expect(messageOf(date)).toBe(message);
  });
});
