/**
 * A release's dateline, before its first sentence: "AUSTIN, Texas, March 3, 2026 /Meridian Newswire/ --", "Lyon,
 * le 10 février 2026 –", "MÜNCHEN, 3. März 2026 /PRNewswire/ --". Its place says where the release was sent from,
 * no party of the story (its date is left to the author: the release's own date).
 */
const DATELINE =
  /^\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s[^,–—\n]{2,30}?)?,\s[^–—/\n]{0,30}?\b(?:19|20)\d\d\b[^–—\n]{0,40}?(?=\s(?:[–—]|--?)\s)/u;

/** Where a run's dateline ends (0 when it has none). */
export const datelineEnd = (run: string): number => DATELINE.exec(run)?.[0].length ?? 0;
