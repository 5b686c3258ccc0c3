/**
 * Text copied from a PDF, made back into paragraphs: lines wrapped at the page's width are joined, a word split
 * at a line's end ("govern- / ment") is joined again when the whole word occurs elsewhere in the text or is a
 * common word (else its hyphen stays: "well- / known" is "well-known"), the running headers and footers a PDF
 * repeats on every page ("Annual Report 2024 — Page 3 of 12") are dropped and handed back, and numbered or bulleted
 * items stay items of a list.
 */

export interface UnwrappedText {
  /** Blocks: paragraphs, and list items written as Markdown list items ("1. …", "- …"). */
  blocks: string[];
  /** Lines left out as running headers, footers and page numbers, each once. */
  cut: string[];
  /** Whether the blocks are Markdown list items where they start with a marker. */
  listItems: ReadonlySet<string>;
}

const SENTENCE_END = /[.!?:;"”’)\]]$/;
const LIST_ITEM = /^(?:(\d{1,3})[.)]|[•●▪◦·*–-])\s+(.*)$/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|of|sur|von|de)\s*\d{1,4})?$/i;
// prettier-ignore
const COMMON_WORDS = new Set(['government', 'management', 'development', 'environment', 'information', 'international',
  'performance', 'investment', 'production', 'generation', 'electricity', 'infrastructure', 'organisation',
  'organization', 'regulation', 'regulatory', 'consumption', 'significant', 'additional', 'operational', 'available',
  'including', 'increase', 'decrease', 'between', 'following', 'however', 'therefore', 'company', 'customers',
  'community', 'communities', 'financial', 'sustainability', 'renewable', 'capacity', 'emissions', 'reduction',
  'approximately', 'programme', 'program', 'strategy', 'strategic', 'important', 'different', 'construction']);

/** A line with its digits as one sign, so "Page 3 of 12" and "Page 4 of 12" are the same running line. */
const shapeOf = (line: string): string => line.trim().replace(/\d+/g, '#').toLowerCase();

/**
 * Whether a text is a PDF's copy: many of its lines stop mid-sentence and the next goes on in lower case, which
 * a page saved as text (a paragraph a line, a menu's items in capitals) never does.
 */
export function looksHardWrapped(lines: readonly string[]): boolean {
  const full = lines.map((line) => line.trim()).filter((line) => line.length > 0);
  if (full.length < 6) return false;
  let wrapped = 0;
  full.forEach((line, at) => {
    const next = full[at + 1] ?? '';
    if (!SENTENCE_END.test(line) && /^\p{Ll}/u.test(next)) wrapped++;
  });
  return wrapped / full.length >= 0.25;
}

/** The lines a PDF repeats on its pages (three times or more, short), and its page numbers. */
function runningLines(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.length === 0 || trimmed.length > 90) continue;
    counts.set(shapeOf(trimmed), (counts.get(shapeOf(trimmed)) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 3).map(([shape]) => shape));
}

/** "govern" + "ment": one word when the text has it elsewhere or it is common; else the hyphen was the word's. */
function joinSplitWord(before: string, after: string, words: ReadonlySet<string>): string {
  const head = /([\p{L}]+)-$/u.exec(before)?.[1];
  const tail = /^([\p{L}]+)/u.exec(after)?.[1];
  if (!head || !tail) return `${before} ${after}`;
  const whole = `${head}${tail}`.toLowerCase();
  if (words.has(whole) || COMMON_WORDS.has(whole)) return `${before.slice(0, -1)}${after}`;
  return `${before}${after}`;
}

export function unwrapPdfText(lines: readonly string[]): UnwrappedText {
  const running = runningLines(lines);
  const cut = new Set<string>();
  const kept = lines
    .map((line) => line.replace(/\f/g, '').trim())
    .filter((line) => {
      if (line === '') return true;
      if (PAGE_NUMBER.test(line) || running.has(shapeOf(line))) {
        cut.add(line);
        return false;
      }
      return true;
    });
  // Words the text writes whole, to tell a split word from a hyphenated one.
  const words = new Set(
    kept
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? [],
  );
  const lengths = kept
    .filter(Boolean)
    .map((line) => line.length)
    .sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.75)] ?? 80;
  const blocks: string[] = [];
  const listItems = new Set<string>();
  let current = '';
  let currentIsItem = false;
  const close = (): void => {
    if (current) {
      blocks.push(current);
      if (currentIsItem) listItems.add(current);
    }
    current = '';
    currentIsItem = false;
  };
  kept.forEach((line, at) => {
    const next = kept[at + 1] ?? '';
    if (line === '') {
      close();
      return;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      close();
      current = item[1] ? `${item[1]}. ${item[2]}` : `- ${item[2]}`;
      currentIsItem = true;
    } else if (!current) current = line;
    else current = current.endsWith('-') ? joinSplitWord(current, line, words) : `${current} ${line}`;
    // A line short of the page's width that ends a sentence ends its paragraph; a short line that ends none,
    // followed by a capital, is a heading.
    const short = line.length < width * 0.92;
    if ((SENTENCE_END.test(line) && short) || (line.length < width * 0.7 && /^\p{Lu}/u.test(next))) close();
  });
  close();
  return { blocks, cut: [...cut], listItems };
}
