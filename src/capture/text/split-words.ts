/**
 * A word split at a line's end ("in- / stead") joined again, or a hyphenated word ("long- / term") kept whole
 * with its hyphen: the split is undone when the joined word is one (the text writes it so elsewhere, or an English
 * dictionary of 274,137 words, `word-list`, has it) and the text never writes it with its hyphen.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let dictionary: ReadonlySet<string> | undefined;

/** The English word list, read once and only when a split word is met (2.8 MB, about 60 ms). */
function englishWords(): ReadonlySet<string> {
  dictionary ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return dictionary;
}

/** What a text writes: its words, and its hyphenated words, in lower case. */
export interface TextWords {
  words: ReadonlySet<string>;
  hyphenated: ReadonlySet<string>;
}

export function wordsOf(text: string): TextWords {
  const lower = text.toLowerCase();
  return {
    words: new Set(lower.match(/\p{L}+/gu) ?? []),
    // Only where the hyphen stands inside a line: "long-term", not "long-" at a line's end.
    hyphenated: new Set(lower.match(/\p{L}+-\p{L}+/gu) ?? []),
  };
}

/**
 * `before` ends with a hyphen and `after` goes on on the next line: the two as one text, the hyphen dropped when
 * it only split a word. A part that starts with a capital ("Baden- / Württemberg") is a name's, never split.
 */
export function joinAtHyphen(before: string, after: string, text: TextWords): string {
  const head = /(\p{L}+)-$/u.exec(before)?.[1];
  const tail = /^(\p{L}+)/u.exec(after)?.[1];
  if (!head || !tail || /^\p{Lu}/u.test(tail)) return `${before}${after}`;
  const whole = `${head}${tail}`.toLowerCase();
  const joined =
    !text.hyphenated.has(`${head}-${tail}`.toLowerCase()) && (text.words.has(whole) || englishWords().has(whole));
  return joined ? `${before.slice(0, -1)}${after}` : `${before}${after}`;
}
