/**
 * Date expressions in a text, resolved against the article's own date with chrono-node: "in May" in an article
 * of June 2025 is 2025-05, "this year" 2025, "yesterday" the day before. Each keeps the precision its words give
 * (a month stays a month). Vague years ("late 2022") and bare years ("in 2019") are found by two patterns of our
 * own, which chrono leaves alone. Without the article's date, nothing relative is guessed.
 */
import * as chrono from 'chrono-node';
import { parsePartialDate, type PartialDate } from '../values/partial-date.ts';

interface FoundDate {
  /** Where the words stand in the text searched. */
  start: number;
  end: number;
  date: PartialDate;
  approximate: boolean;
  /** True when the words do not state the year: it was worked out from the article's date. */
  relative: boolean;
}

interface DateSearch {
  found: FoundDate[];
  /** Relative expressions left alone because the article has no date, in the text's words. */
  skipped: string[];
}

const VAGUE_YEAR = /\b(?:early|mid|late|the (?:start|beginning|middle|end) of)[- ](1[5-9]\d\d|20\d\d)\b/gi;
const BARE_YEAR =
  /\b(?:in|since|by|until|till|through|from|of|during|before|after|around) ((?:1[5-9]|20)\d\d)\b(?![-/]\d)/gi;

const partial = (iso: string): PartialDate => parsePartialDate(iso) as PartialDate;
const pad = (n: number): string => String(n).padStart(2, '0');

function fromChrono(
  result: chrono.ParsedResult,
  reference: PartialDate | undefined,
): FoundDate | 'relative' | undefined {
  const { start } = result;
  // "now makes 40 percent" speaks of the present, not of a date anyone would annotate.
  if (/^(?:right )?now$/i.test(result.text)) return undefined;
  const known = (unit: 'year' | 'month' | 'day') => start.isCertain(unit);
  // A time of day or a weekday alone says no date a reader could check.
  if (!known('month') && !known('year') && !known('day')) return undefined;
  const explicitYear = /\b\d{4}\b/.test(result.text);
  if (!explicitYear && !reference) return 'relative';
  const year = start.get('year') as number;
  const month = start.get('month') as number;
  const day = start.get('day') as number;
  const iso = known('day') ? `${year}-${pad(month)}-${pad(day)}` : known('month') ? `${year}-${pad(month)}` : `${year}`;
  const date = partial(iso);
  if ('error' in date) return undefined;
  // chrono may take the punctuation after a date ("February,"); a quote ends on the word.
  const words = result.text.replace(/[\s,.;:]+$/, '');
  return {
    start: result.index,
    end: result.index + words.length,
    date,
    approximate: false,
    relative: !explicitYear,
  };
}

/** Every date expression of one run of text (a paragraph), with its place in the run. */
export function findDates(text: string, reference: PartialDate | undefined): DateSearch {
  const found: FoundDate[] = [];
  const skipped: string[] = [];
  const instant = reference
    ? new Date(Date.UTC(reference.year, (reference.month ?? 6) - 1, reference.day ?? 15, 12))
    : new Date(Date.UTC(2000, 0, 1));
  for (const result of chrono.en.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const date = fromChrono(result, reference);
    if (date === 'relative') skipped.push(result.text.replace(/[\s,.;:]+$/, ''));
    else if (date) found.push(date);
  }
  const free = (start: number, end: number) => found.every((date) => end <= date.start || start >= date.end);
  // Years chrono leaves alone: vague ones ("late 2022") are approximate.
  for (const [pattern, approximate] of [
    [VAGUE_YEAR, true],
    [BARE_YEAR, false],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (free(start, end)) found.push({ start, end, date: partial(match[1] as string), approximate, relative: false });
    }
  }
  return { found: found.sort((a, b) => a.start - b.start), skipped };
}
