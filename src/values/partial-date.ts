/**
 * A calendar date known to a year, a part of a year, a month or a day: parsing, validation and ordering, with no
 * time zone involved. The parts of a year are written as the Extended Date/Time Format writes them (EDTF, ISO
 * 8601-2, level 2, its sub-year groupings): `2019-21` to `2019-24` are spring, summer, autumn and winter 2019
 * (25 to 28 the same in the northern hemisphere, 29 to 32 in the southern one), `2022-33` to `2022-36` the four
 * quarters of 2022, `2026-37` to `2026-39` its three thirds (quadrimesters) and `2026-40`, `2026-41` its halves
 * (semesters).
 */

type DatePrecision = 'year' | 'semester' | 'quadrimester' | 'season' | 'quarter' | 'month' | 'day';

export interface PartialDate {
  /** The form at its precision: `2025`, `2025-06` or `2025-06-10` (ISO 8601), `2019-21`, `2022-35`, `2026-41` (EDTF). */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–12, present from month precision. */
  month?: number;
  /** 1–31, present at day precision. */
  day?: number;
  /** The EDTF sub-year group: a season (21–32), a quarter (33–36), a third (37–39) or a half (40–41). */
  group?: number;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Each EDTF sub-year group, its precision and the months it covers (past 12: into the next year). */
const GROUPS: Record<number, { precision: DatePrecision; first: number; last: number }> = {};
const group = (numbers: number[], precision: DatePrecision, first: number, length: number) =>
  numbers.forEach(
    (number, at) =>
      (GROUPS[number] = { precision, first: first + at * length, last: first + at * length + length - 1 }),
  );
// Seasons as weather services count them: spring March to May; winter December to February.
group([21, 22, 23, 24], 'season', 3, 3);
group([25, 26, 27, 28], 'season', 3, 3);
// The southern hemisphere's spring is the northern one's autumn.
group([29, 30, 31, 32], 'season', 9, 3);
group([33, 34, 35, 36], 'quarter', 1, 3);
group([37, 38, 39], 'quadrimester', 1, 4);
group([40, 41], 'semester', 1, 6);

/**
 * The months a date covers, first and last, for ordering and for the timeline: a part of a year its months (a
 * winter from the December of its year, so its last month is 14), a year all twelve.
 */
export function monthsCovered(date: PartialDate): { first: number; last: number } {
  if (date.month !== undefined) return { first: date.month, last: date.month };
  const known = date.group === undefined ? undefined : GROUPS[date.group];
  return known ? { first: known.first, last: known.last } : { first: 1, last: 12 };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps it free of the local zone.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns a reason instead when the text is not one or names no real day. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = ISO_PARTIAL.exec(text.trim());
  if (!match) {
    return {
      error: `"${text}" is not an ISO 8601 date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-10), or as EDTF YYYY-21 to YYYY-24 for a season, YYYY-33 to YYYY-36 for a quarter, YYYY-40 or YYYY-41 for a half`,
    };
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: pad(year, 4), precision: 'year', year };
  const month = Number(match[2]);
  const grouped = match[3] === undefined ? GROUPS[month] : undefined;
  if (grouped) return { iso: `${pad(year, 4)}-${month}`, precision: grouped.precision, year, group: month };
  if (month < 1 || month > 12) {
    return {
      error: `"${text}" has month ${match[2]}; months run from 01 to 12 (21 to 32 are seasons, 33 to 36 quarters, 37 to 39 thirds, 40 and 41 halves of the year)`,
    };
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

/** Coarser first, among dates that begin in the same month. */
const RANK: Record<DatePrecision, number> = {
  year: 0,
  semester: 1,
  quadrimester: 2,
  season: 3,
  quarter: 3,
  month: 4,
  day: 5,
};

/**
 * Chronological order, by the first month each covers; a coarser date sorts before the finer ones it contains
 * (2025 before 2025-01, the third quarter before July).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const first = (date: PartialDate) => (date.precision === 'year' ? 0 : monthsCovered(date).first);
  return (
    a.year - b.year ||
    first(a) - first(b) ||
    RANK[a.precision] - RANK[b.precision] ||
    (a.group ?? 0) - (b.group ?? 0) ||
    (a.day ?? 0) - (b.day ?? 0)
  );
}

/** A date HTML's `datetime` and schema.org can hold: a part of a year as its year, which contains it. */
export const isoDateOf = (date: PartialDate): string => (date.group === undefined ? date.iso : date.iso.slice(0, 4));
