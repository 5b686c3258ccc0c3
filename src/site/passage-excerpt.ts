/**
 * A passage in a few of its sentence's words: what the pages show for a date or figure the author gave no label,
 * so that a row of the timeline says what happened in the text's own words ("…the plant opened in April 2024").
 */
import type { PassageInContext } from '../anchoring/anchored-text.ts';

/** Words of the sentence kept around the passage, at most, before it is cut with an ellipsis. */
export const EXCERPT_WORDS = 12;

/** Words, not the punctuation standing between them (", a deal": one word). */
const wordsOf = (text: string): RegExpExecArray[] => [...text.matchAll(/\S*[\p{L}\p{N}]\S*/gu)];

/** The passage with the nearest words of its sentence, after it first (where a clause goes on), then before. */
export function passageExcerpt({ before, passage, after }: PassageInContext, most = EXCERPT_WORDS): string {
  const [left, right] = [wordsOf(before), wordsOf(after)];
  let [leftKept, rightKept] = [0, 0];
  for (let turn = 0, room = most - wordsOf(passage).length; room > 0; turn++) {
    if (leftKept === left.length && rightKept === right.length) break;
    if (turn % 3 === 2 ? leftKept < left.length && ++leftKept : rightKept < right.length && ++rightKept) room--;
  }
  // Cut at words, keeping the text's own spaces and punctuation between them.
  const from = leftKept === 0 ? before.length : (left[left.length - leftKept]?.index ?? 0);
  const lastKept = right[rightKept - 1];
  const to = lastKept ? lastKept.index + lastKept[0].length : 0;
  const head = leftKept < left.length ? '…' : '';
  const text = `${before.slice(from)}${passage}${after.slice(0, to)}`.replace(/\s+/gu, ' ').trim();
  // A sentence's last stop is dropped; a cut one ends in an ellipsis, after no comma.
  return rightKept < right.length ? `${head}${text.replace(/[,;:]$/u, '')}…` : `${head}${text.replace(/[.!?]$/u, '')}`;
}

/** The excerpt for an annotation's own passage (not another mention), if the note's record has it. */
export function excerptOf(id: string, inContext: readonly PassageInContext[] | undefined): string | undefined {
  const context = inContext?.find((each) => each.id === id && !each.mention);
  return context ? passageExcerpt(context) : undefined;
}
