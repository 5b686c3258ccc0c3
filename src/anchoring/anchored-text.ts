/**
 * Where a note's annotations ended up in its text, as the Markdown plugin found them, and what is quoted of it
 * elsewhere.
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

/** A passage or a mention of a party in its sentence: what pages away from the note quote. */
export interface PassageInContext {
  /** The annotation's id: where a link goes, its passage in the note. */
  id: string;
  before: string;
  passage: string;
  after: string;
  /** Set on another mention of a party, not its passage. */
  mention?: true | undefined;
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
