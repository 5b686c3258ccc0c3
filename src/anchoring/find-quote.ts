/**
 * Finds where a quote stands in a text, as the W3C TextQuoteSelector does (exact words, optionally narrowed by
 * the words before and after), over folded text so typography does not matter. Pure: plain text in, offsets out.
 */
import { foldQuote, foldText, type FoldedText } from './fold-text.ts';

export interface TextRange {
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
}

interface QuoteSelector {
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** A text made of runs (paragraphs, headings, list items) that no quote may cross. */
export interface SearchableText extends FoldedText {
  text: string;
  runs: TextRange[];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

export function searchableText(text: string, runs: TextRange[]): SearchableText {
  return { text, runs, ...foldText(text) };
}

/** The run holding `offset`, by binary search over the sorted runs. */
export function runIndexAt(runs: TextRange[], offset: number): number {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const run = runs[mid] as TextRange;
    if (offset < run.start) high = mid - 1;
    else if (offset >= run.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whole words only: a quote that starts or ends with a letter may not start or end inside a word. */
function atWordEdges(text: string, range: TextRange): boolean {
  const startsInWord = isWordChar(text[range.start]) && isWordChar(text[range.start - 1]);
  const endsInWord = isWordChar(text[range.end - 1]) && isWordChar(text[range.end]);
  return !startsInWord && !endsInWord;
}

/** Every place the folded needle stands in the text as whole words inside one run, in text order. */
export function findAll(source: SearchableText, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (needle === '') return ranges;
  const { folded, origin, text, runs } = source;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    const range = { start: origin[at] as number, end: (origin[at + needle.length - 1] as number) + 1 };
    const run = runIndexAt(runs, range.start);
    if (run === -1 || range.end > (runs[run] as TextRange).end) continue;
    if (atWordEdges(text, range)) ranges.push(range);
  }
  return ranges;
}

/** The folded text right before `offset` in its run, without the whitespace that touches it. */
function foldedBefore(source: SearchableText, range: TextRange): string {
  const run = source.runs[runIndexAt(source.runs, range.start)] as TextRange;
  return foldText(source.text.slice(run.start, range.start)).folded.trimEnd();
}

function foldedAfter(source: SearchableText, range: TextRange): string {
  const run = source.runs[runIndexAt(source.runs, range.start)] as TextRange;
  return foldText(source.text.slice(range.end, run.end)).folded.trimStart();
}

/** Does the range have the selector's prefix and suffix around it? A missing one always fits. */
function fitsContext(source: SearchableText, range: TextRange, selector: Omit<QuoteSelector, 'quote'>): boolean {
  if (selector.prefix !== undefined && !foldedBefore(source, range).endsWith(foldQuote(selector.prefix))) return false;
  if (selector.suffix !== undefined && !foldedAfter(source, range).startsWith(foldQuote(selector.suffix))) return false;
  return true;
}

/** Every place that matches the selector. */
export function findQuote(source: SearchableText, selector: QuoteSelector): TextRange[] {
  return findAll(source, foldQuote(selector.quote)).filter((range) => fitsContext(source, range, selector));
}
