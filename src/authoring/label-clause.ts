/**
 * A suggestion's first label: the clause that carries its passage, not the whole sentence, in at most 80
 * characters cut at a word, so that an author edits a few words instead of rewriting every label.
 */

export const MAX_LABEL_LENGTH = 80;

/** Where a clause ends: a semicolon, colon, dash or bracket, or a comma that is not inside a number. */
const BOUNDARY = /[;:()\u2013\u2014]|,(?!\d)|\s-\s/;
const BOUNDARIES = new RegExp(BOUNDARY.source, 'g');

/** The clause of a sentence that holds `passage`, given the sentence's words before and after it. */
export function clauseAround(before: string, passage: string, after: string, max = MAX_LABEL_LENGTH): string {
  const squash = (text: string): string => text.replace(/\s+/g, ' ');
  const [head, core, tail] = [squash(before), squash(passage).trim(), squash(after)];
  if (core.length >= max) return core.slice(0, core.lastIndexOf(' ', max) > 0 ? core.lastIndexOf(' ', max) : max);
  const cut = [...head.matchAll(BOUNDARIES)].at(-1);
  const left = (cut ? head.slice((cut.index ?? 0) + cut[0].length) : head).trim();
  const end = tail.search(BOUNDARY);
  const right = (end >= 0 ? tail.slice(0, end) : tail).replace(/[.!?…"”’\s]+$/, '').trim();
  // Words are taken on either side in turn, nearest first, while they fit.
  const wordsBefore = left.split(' ').filter(Boolean).reverse();
  const wordsAfter = right.split(' ').filter(Boolean);
  const leftKept: string[] = [];
  const rightKept: string[] = [];
  const length = (): number =>
    [
      leftKept.length > 0 ? [...leftKept].reverse().join(' ') + (head.endsWith(' ') ? ' ' : '') : '',
      core,
      rightKept.length > 0 ? (tail.startsWith(' ') ? ' ' : '') + rightKept.join(' ') : '',
    ].join('').length;
  for (let turn = 0; leftKept.length < wordsBefore.length || rightKept.length < wordsAfter.length; turn++) {
    const [from, into] = turn % 2 === 0 ? [wordsAfter, rightKept] : [wordsBefore, leftKept];
    const word = from[into.length];
    if (word === undefined) continue;
    into.push(word);
    if (length() > max) {
      into.pop();
      // A side that cannot take its next word takes no more, so the label stays one run of words.
      from.length = into.length;
    }
  }
  const leftText = leftKept.length > 0 ? [...leftKept].reverse().join(' ') + (head.endsWith(' ') ? ' ' : '') : '';
  const rightText = rightKept.length > 0 ? (tail.startsWith(' ') ? ' ' : '') + rightKept.join(' ') : '';
  return `${leftText}${core}${rightText}`.trim();
}
