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
  /** Each margin note (and its marker) inside a block: where it starts and ends. */
  notes: Array<[number, number]>;
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
 * The passage's words with the words around it, widened until prefix, quote and suffix together occur once in the
 * body: first within the text between the margin notes around it, then, if that is not enough, across them (as
 * the page's text has them), but never past its own block.
 */
function quoteOf({ text, blocks, notes }: BodyText, [start, end]: [number, number]) {
  const [blockStart, blockEnd] = blocks.find(([from, to]) => from <= start && end <= to) ?? [start, end];
  const inBlock = notes.filter(([from, to]) => from >= blockStart && to <= blockEnd);
  const between: [number, number] = [
    Math.max(blockStart, ...inBlock.filter(([, to]) => to <= start).map(([, to]) => to)),
    Math.min(blockEnd, ...inBlock.filter(([from]) => from >= end).map(([from]) => from)),
  ];
  const exact = text.slice(start, end);
  for (const [lowest, highest] of [between, [blockStart, blockEnd]]) {
    for (let size = CONTEXT; ; size *= 2) {
      const from = Math.max(lowest as number, start - size);
      const to = Math.min(highest as number, end + size);
      const prefix = text.slice(from, start);
      const suffix = text.slice(end, to);
      if (occurrences(prefix + exact + suffix, text) === 1) return { exact, prefix, suffix };
      if (from === lowest && to === highest) break;
    }
  }
  return { exact, prefix: text.slice(blockStart, start), suffix: text.slice(end, blockEnd) };
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
