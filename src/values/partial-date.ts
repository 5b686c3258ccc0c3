/**
 * A calendar date known to a year, a season, a quarter, a month or a day: parsing, validation and ordering, with
 * no time zone involved. Seasons and quarters are written as the Extended Date/Time Format writes them (EDTF,
 * ISO 8601-2, level 2): `2019-21` to `2019-24` are spring, summer, autumn and winter 2019, `2022-33` to `2022-36`
 * the four quarters of 2022.
 */

type DatePrecision = 'year' | 'season' | 'quarter' | 'month' | 'day';

export interface PartialDate {
  /** The form at its precision: `2025`, `2025-06` or `2025-06-10` (ISO 8601), `2019-21` or `2022-35` (EDTF). */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–12, present from month precision. */
  month?: number;
  /** 1–31, present at day precision. */
  day?: number;
  /** The EDTF sub-year group of a season (21–24) or a quarter (33–36). */
  group?: number;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The EDTF groups read here: the seasons (spring to winter), then the quarters. */
const SEASON_GROUPS = [21, 22, 23, 24];
const QUARTER_GROUPS = [33, 34, 35, 36];

/**
 * The months a date covers, first and last, for ordering and for the timeline: a quarter its three months, a season
 * its three months as weather services count them (spring March to May; winter December to February, from the
 * December of its year, so its last month is 14), a year all twelve.
 */
export function monthsCovered(date: PartialDate): { first: number; last: number } {
  if (date.month !== undefined) return { first: date.month, last: date.month };
  if (date.precision === 'quarter') {
    const first = ((date.group as number) - 33) * 3 + 1;
    return { first, last: first + 2 };
  }
  if (date.precision === 'season') {
    const first = ((date.group as number) - 21) * 3 + 3;
    return { first, last: first + 2 };
  }
  return { first: 1, last: 12 };
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
      error: `"${text}" is not an ISO 8601 date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-10), or YYYY-21 to YYYY-24 for a season and YYYY-33 to YYYY-36 for a quarter`,
    };
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: pad(year, 4), precision: 'year', year };
  const month = Number(match[2]);
  const group = match[3] === undefined && [...SEASON_GROUPS, ...QUARTER_GROUPS].includes(month) ? month : undefined;
  if (group !== undefined)
    return { iso: `${pad(year, 4)}-${group}`, precision: group < 30 ? 'season' : 'quarter', year, group };
  if (month < 1 || month > 12) {
    return {
      error: `"${text}" has month ${match[2]}; months run from 01 to 12 (21 to 24 are seasons, 33 to 36 quarters)`,
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

const RANK: Record<DatePrecision, number> = { year: 0, season: 1, quarter: 1, month: 2, day: 3 };

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

/** A date HTML's `datetime` and schema.org can hold: a season or a quarter as its year, which contains it. */
export const isoDateOf = (date: PartialDate): string => (date.group === undefined ? date.iso : date.iso.slice(0, 4));
