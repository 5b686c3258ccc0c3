/**
 * Where a note's annotations ended up in its text, as the Markdown plugin found them: the pages across notes,
 * the open data and the search index are all built from this one record.
 */
import type { TextRange } from './find-quote.ts';
import type { Mention, Passage } from './place-annotations.ts';

export interface AnchoredText {
  /** The article's text as a reader sees it, runs joined by blank lines. */
  text: string;
  runs: TextRange[];
  passages: Passage[];
  mentions: Mention[];
}

/**
 * Where passages stand in the text of the page's body as a browser's DOM has it (`textContent`: whitespace
 * between blocks and heading links included), before the margin notes are put in their slots.
 */
export interface TextLayout {
  /** The text itself. */
  text: string;
  /** Where each top-level block (paragraph, heading, table, …) starts and ends: margin notes go between them. */
  blocks: Array<[number, number]>;
  /** Each passage's start and end. */
  passages: Record<string, [number, number]>;
  /** Where each margin slot stands, in document order: its notes' text goes in there. */
  slots: number[];
}

/** The keys under which the notes loader keeps the records in a rendered entry's metadata. */
export const ANCHORS_KEY = 'glossAnchors';
export const LAYOUT_KEY = 'glossTextLayout';

/** The record kept on a rendered entry, or an error saying it is missing. */
export function anchoredTextOf(
  rendered: { metadata?: Record<string, unknown> | undefined } | undefined,
  id: string,
): AnchoredText {
  const anchors = rendered?.metadata?.[ANCHORS_KEY] as AnchoredText | undefined;
  if (!anchors || typeof anchors.text !== 'string')
    throw new Error(`note "${id}" was rendered without its annotations' places`);
  return anchors;
}

/** The text layout kept on a rendered entry, or an error saying it is missing. */
export function textLayoutOf(
  rendered: { metadata?: Record<string, unknown> | undefined } | undefined,
  id: string,
): TextLayout {
  const layout = rendered?.metadata?.[LAYOUT_KEY] as TextLayout | undefined;
  if (!layout || !Array.isArray(layout.slots)) throw new Error(`note "${id}" was rendered without its text layout`);
  return layout;
}

const isStop = (char: string | undefined): boolean => char === '.' || char === '!' || char === '?';

/** The sentence that holds a range, split around it: the passage in its context. */
export function sentenceAround(
  anchors: AnchoredText,
  range: TextRange,
): { before: string; passage: string; after: string } {
  const run = anchors.runs.find((candidate) => candidate.start <= range.start && range.end <= candidate.end) ?? range;
  const text = anchors.text;
  // A sentence starts after a stop and a space, and ends at a stop; it never leaves its paragraph. The cross-note
  // pages ask this for every passage of every note, so characters are compared one by one, not sliced.
  let start = range.start;
  while (start > run.start && !(isStop(text[start - 2]) && /\s/.test(text[start - 1] ?? ''))) start--;
  let end = range.end;
  while (end < run.end && !isStop(text[end - 1])) end++;
  return {
    before: text.slice(start, range.start),
    passage: text.slice(range.start, range.end),
    after: text.slice(range.end, end),
  };
}
