import { z } from 'astro/zod';
import { httpUrlSchema } from './http-url.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;
const EXAMPLES = '2025-06-11, or the moment as 2025-06-11T09:30:00Z';

/** Why a day written YYYY-MM-DD does not exist, if it does not. */
function missingDay(day: string): string | undefined {
  const [, year, month, date] = (DAY.exec(day) ?? []).map(Number) as [number, number, number, number];
  if (month < 1 || month > 12) return `"${day}" has month ${String(month).padStart(2, '0')}; months run from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date < 1 || date > days) return `"${day}" does not exist: ${day.slice(0, 7)} has days 01 to ${days}`;
  return undefined;
}

/**
 * The day, or the moment, an archived copy was made: a full ISO 8601 date (2025-06-11) or a date and time with its
 * time zone (2025-06-11T09:30:00Z), as the Robust Links `data-versiondate` and schema.org take it.
 */
export const archiveDateSchema = z.unknown().transform((value, ctx): string => {
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
  if (typeof text !== 'string') {
    ctx.addIssue({ code: 'custom', message: `expected a full date such as ${EXAMPLES}, got ${JSON.stringify(text)}` });
    return z.NEVER;
  }
  const moment = MOMENT.exec(text);
  const day = DAY.test(text) ? text : moment?.[1];
  const problem = !day
    ? `"${text}" is not a full date: write the day the copy was made, as ${EXAMPLES}`
    : (missingDay(day) ??
      (moment && !moment[5]
        ? `"${text}" has no time zone: end it with Z (UTC) or an offset such as +02:00`
        : undefined));
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return text;
});

/** A copy of the source kept by a public web archive, to read when the original changes or goes. */
export const archivedCopySchema = z.strictObject({
  /** The archived copy's address, e.g. https://web.archive.org/web/20250611093000/https://example.org/article. */
  url: httpUrlSchema,
  /** When the archive made the copy: a full date or a date and time with its time zone. */
  date: archiveDateSchema,
});

export type ArchivedCopy = z.output<typeof archivedCopySchema>;
