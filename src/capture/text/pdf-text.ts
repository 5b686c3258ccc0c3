/**
 * Text copied from a PDF, made back into paragraphs: lines wrapped at the page's width are joined, across a page's
 * break too when its sentence goes on; a word split at a line's end ("in- / stead") is joined again when it is a
 * word (see split-words.ts), else its hyphen stays ("long- / term" is "long-term"); the page numbers and running
 * headers and footers (see pdf-page-lines.ts) are dropped and handed back; numbered or bulleted items stay items
 * of a list.
 */
import { pageLines } from './pdf-page-lines.ts';
import { joinAtHyphen, wordsOf } from './split-words.ts';

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

export function unwrapPdfText(lines: readonly string[]): UnwrappedText {
  const trimmed = lines.map((line) => line.replace(/\f/g, '').trim());
  const breaks = new Set(lines.flatMap((line, at) => (line.includes('\f') ? [at] : [])));
  const page = pageLines(trimmed, breaks);
  const cut = new Set([...page].sort((a, b) => a - b).map((at) => trimmed[at] as string));
  // A page's own lines leave a page break behind them, written as a form feed.
  const kept = trimmed.flatMap((line, at) => (!page.has(at) ? [line] : page.has(at - 1) ? [] : ['\f']));
  // Words the text writes, whole or hyphenated, to tell a split word from a hyphenated one.
  const words = wordsOf(kept.join('\n'));
  const text = kept.filter((line) => line !== '\f');
  const lengths = text
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
  /** Whether the text goes on from `line` to the next line that has any: a sentence or word cut by a page. */
  const goesOn = (line: string, at: number): boolean => {
    const next = kept.slice(at + 1).find((line) => line !== '' && line !== '\f') ?? '';
    return line.endsWith('-') || (!SENTENCE_END.test(line) && /^\p{Ll}/u.test(next));
  };
  kept.forEach((line, at) => {
    const next = kept[at + 1] ?? '';
    if (line === '' || line === '\f') {
      // A blank line or a page's end ends a paragraph, unless the break fell in its sentence.
      if (!current || !goesOn(current, at)) close();
      return;
    }
    const item = LIST_ITEM.exec(line);
    if (item && !(current && goesOn(current, at - 1))) {
      close();
      current = item[1] ? `${item[1]}. ${item[2]}` : `- ${item[2]}`;
      currentIsItem = true;
    } else if (!current) current = line;
    else current = current.endsWith('-') ? joinAtHyphen(current, line, words) : `${current} ${line}`;
    // A line short of the page's width that ends a sentence ends its paragraph; a short line that ends none,
    // followed by a capital, is a heading (not one cut at a hyphen or a comma).
    const short = line.length < width * 0.92;
    const heading = line.length < width * 0.7 && /^\p{Lu}/u.test(next) && !/[-,]$/.test(line);
    if ((SENTENCE_END.test(line) && short) || heading) close();
  });
  close();
  return { blocks, cut: [...cut], listItems };
}
