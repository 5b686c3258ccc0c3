import { z } from 'astro/zod';
import { parsePartialDate, partialDateText, type PartialDate } from '../values/partial-date.ts';

/**
 * A date at the precision the author knows: a year, a half, a third, a season, a quarter, a month or a day.
 * Quoted or not, `2025`, `2025-06` and `2025-06-10` all mean what they say, with no time-zone shift; `2019-21` to
 * `2019-24` are the seasons of 2019, `2022-33` to `2022-36` the quarters of 2022 and `2026-40`, `2026-41` the
 * halves of 2026 (EDTF, ISO 8601-2; see values/partial-date.ts for every group).
 */
export const partialDateSchema = z.unknown().transform((value, ctx): PartialDate => {
  const text = partialDateText(value);
  if (text === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a date such as 2025, 2025-06, 2025-06-10 or 2022-35 (Q3), got ${describe(value)}`,
    });
    return z.NEVER;
  }
  const parsed = parsePartialDate(text);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  return typeof value === 'object' ? 'a list or mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
