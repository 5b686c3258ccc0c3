/**
 * Folds text for matching quotes the way a reader compares words: runs of whitespace are one space,
 * curly quotes are straight, every dash is a hyphen-minus, "…" is "...". Keeps a map back to the original.
 */

export interface FoldedText {
  folded: string;
  /** `origin[i]` is the index in the original text of folded character `i`; one extra entry holds the original length. */
  origin: number[];
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

export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === SOFT_HYPHEN) continue;
    if (WHITESPACE.test(char)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    const replacement = FOLDS[char] ?? char;
    // A run of dashes ("--", "—-") is one dash, as typists write an em dash.
    if (replacement === '-' && folded.endsWith('-') && DASHES.has(text[i - 1] ?? '')) continue;
    folded += replacement;
    for (let k = 0; k < replacement.length; k++) origin.push(i);
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Folds a quote, prefix or suffix written by an author; the edges are trimmed since they are compared loosely. */
export const foldQuote = (quote: string): string => foldText(quote).folded.trim();
