/** A calendar date known to a year, a month or a day: parsing, validation and ordering, with no time zone involved. */

type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The ISO 8601 form at its precision: `2025`, `2025-06` or `2025-06-10`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–12, present from month precision. */
  month?: number;
  /** 1–31, present at day precision. */
  day?: number;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps it free of the local zone.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns a reason instead when the text is not one or names no real day. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = ISO_PARTIAL.exec(text.trim());
  if (!match) {
    return { error: `"${text}" is not an ISO 8601 date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-10)` };
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: pad(year, 4), precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { error: `"${text}" has month ${match[2]}; months run from 01 to 12` };
  }
  if (match[3] === undefined) return { iso: `${pad(year, 4)}-${pad(month, 2)}`, precision: 'month', year, month };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { error: `"${text}" does not exist: ${pad(year, 4)}-${pad(month, 2)} has days 01 to ${last}` };
  }
  return { iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, precision: 'day', year, month, day };
}

/**
 * Turns what YAML may hand over for an unquoted date into the text the author wrote:
 * `2025` arrives as a number and `2025-06-10` as a timestamp at UTC midnight.
 */
export function partialDateText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1, 2)}-${pad(value.getUTCDate(), 2)}`;
  }
  return undefined;
}

/** Chronological order; a coarser date sorts before the finer ones it contains (2025 before 2025-01). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
