/**
 * How close an extracted text is to the article a person extracted by hand, scored as the public
 * article-extraction benchmark scores it: runs of four words (`\w+` runs) counted on both sides, a page's true and
 * false positives and false negatives divided by their sum, precision and recall averaged over the pages, and F1
 * taken from the two averages.
 */

/** A page's share of shingles found (tp), extracted in excess (fp) and missed (fn); the three sum to 1 (or are 0). */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Python's `\w` in Unicode: letters, numbers and the underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

/** Every run of four consecutive words, counted. */
export function shingles(text: string, size = 4): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= words.length; i++) {
    const shingle = words.slice(i, i + size).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** One page: the shingles both texts have (the smaller count of each), the extra and the missed, normalised. */
export function scorePage(expected: string, extracted: string): PageScore {
  const want = shingles(expected);
  const got = shingles(extracted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, count] of got) {
    const wanted = want.get(shingle) ?? 0;
    tp += Math.min(count, wanted);
    fp += Math.max(0, count - wanted);
  }
  for (const [shingle, count] of want) fn += Math.max(0, count - (got.get(shingle) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** A page's precision and recall: 1 each when nothing was wrong, 0 each when nothing matched. */
export function precisionRecall({ tp, fp, fn }: PageScore): { precision: number; recall: number } {
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0) return { precision: 0, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

/** Precision and recall averaged over the pages, and F1 from the two averages. */
export function scorePages(pages: readonly PageScore[]): { f1: number; precision: number; recall: number } {
  if (pages.length === 0) return { f1: 0, precision: 0, recall: 0 };
  let precision = 0;
  let recall = 0;
  for (const page of pages) {
    const scored = precisionRecall(page);
    precision += scored.precision;
    recall += scored.recall;
  }
  precision /= pages.length;
  recall /= pages.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}
