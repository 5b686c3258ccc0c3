/**
 * Folds text for matching quotes the way a reader compares words: runs of whitespace are one space,
 * curly quotes are straight, every dash is a hyphen-minus, "…" is "...". Keeps a map back to the original.
 */

export interface FoldedText {
  folded: string;
  /** `origin[i]` is the index in the original text of folded character `i`; one extra entry holds the original length. */
  origin: Int32Array;
}

const FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
};

const WHITESPACE = /\s/;
const DASHES = new Set(['-', ...Object.keys(FOLDS).filter((char) => FOLDS[char] === '-')]);
const SOFT_HYPHEN = '\u00AD';
/**
 * Every character the fold may change; the text between two of them is copied as it is, in one go. A lone
 * space between two words folds to itself, so only a space next to other whitespace (or a soft hyphen) is one.
 */
const SPECIAL = new RegExp(
  ` (?=[\\s${SOFT_HYPHEN}])|(?<=[\\s${SOFT_HYPHEN}]) |[^\\S ]|[${SOFT_HYPHEN}${[...Object.keys(FOLDS), '-'].join('')}]`,
  'g',
);

export function foldText(text: string): FoldedText {
  // "…" folds to three characters, so the folded text is at most three times as long.
  const origin = new Int32Array(text.length * 3 + 1);
  let folded = '';
  let length = 0;
  let inSpace = false;
  let plainFrom = 0;
  const special = new RegExp(SPECIAL);
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const i = match.index;
    if (i > plainFrom) {
      folded += text.slice(plainFrom, i);
      for (let k = plainFrom; k < i; k++) origin[length++] = k;
      inSpace = false;
    }
    plainFrom = i + 1;
    const char = match[0];
    if (char === SOFT_HYPHEN) continue;
    if (WHITESPACE.test(char)) {
      if (!inSpace) {
        folded += ' ';
        origin[length++] = i;
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    const replacement = FOLDS[char] ?? char;
    // A run of dashes ("--", "—-") is one dash, as typists write an em dash.
    if (replacement === '-' && DASHES.has(text[i - 1] ?? '')) continue;
    folded += replacement;
    for (let k = 0; k < replacement.length; k++) origin[length++] = i;
  }
  if (plainFrom < text.length) {
    folded += text.slice(plainFrom);
    for (let k = plainFrom; k < text.length; k++) origin[length++] = k;
  }
  origin[length] = text.length;
  return { folded, origin: origin.subarray(0, length + 1) };
}

/** Folds a quote, prefix or suffix written by an author; the edges are trimmed since they are compared loosely. */
export const foldQuote = (quote: string): string => foldText(quote).folded.trim();
