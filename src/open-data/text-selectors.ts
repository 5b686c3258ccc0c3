/**
 * Where each passage stands in its page, as W3C Web Annotation selectors: its words with enough of the words
 * around them to occur once (a TextQuoteSelector), and its place in the text of the note's body as a browser's
 * DOM has it (a TextPositionSelector). Worked out once, when the note is rendered, from the text of the body
 * with its margin notes in place.
 */

/** Characters of context first tried on either side of a quote, as other annotation tools keep. */
const CONTEXT = 32;

/** The text of a note's body as its page has it (`textContent`), and where its blocks and passages stand. */
export interface BodyText {
  text: string;
  /** Each top-level block (a paragraph, a heading, a margin): where it starts and ends. */
  blocks: Array<[number, number]>;
  /** Each passage's start and end. */
  passages: Record<string, [number, number]>;
}

/** A passage's selectors: the quote and its context, and where it starts and ends in the body's text. */
export interface PassageSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

function occurrences(text: string, within: string): number {
  let count = 0;
  for (let at = within.indexOf(text); at !== -1; at = within.indexOf(text, at + 1)) count++;
  return count;
}

/**
 * The passage's words with the words around it in its own block (never across a margin, which is a block of its
 * own), widened until prefix, quote and suffix together occur once in the body.
 */
function quoteOf({ text, blocks }: BodyText, [start, end]: [number, number]) {
  const [blockStart, blockEnd] = blocks.find(([from, to]) => from <= start && end <= to) ?? [start, end];
  const exact = text.slice(start, end);
  for (let size = CONTEXT; ; size *= 2) {
    const from = Math.max(blockStart, start - size);
    const to = Math.min(blockEnd, end + size);
    const prefix = text.slice(from, start);
    const suffix = text.slice(end, to);
    if ((from === blockStart && to === blockEnd) || occurrences(prefix + exact + suffix, text) === 1)
      return { exact, prefix, suffix };
  }
}

/** Every passage's selectors, by annotation id. */
export function passageSelectors(body: BodyText): Record<string, PassageSelectors> {
  return Object.fromEntries(
    Object.entries(body.passages).map(([id, range]) => [
      id,
      { ...quoteOf(body, range), start: range[0], end: range[1] },
    ]),
  );
}
