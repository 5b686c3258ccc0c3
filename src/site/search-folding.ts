/**
 * What a note's page and a query are searched as, on both sides alike (scripts/index-search.ts and the search page):
 * ligatures written out, since Pagefind ignores accents but no Unicode decomposition splits "œ" or "ß".
 */
/** Letters no Unicode decomposition splits, written out for search: Pagefind already ignores accents. */
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ẞ: 'SS',
  ĳ: 'ij',
  Ĳ: 'IJ',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

/** The text as it is indexed and searched: "Cœuré" as "Coeuré", so that "Coeure" finds it. */
export const foldLigatures = (text: string): string =>
  text.replace(/[œŒæÆßẞĳĲﬀ-ﬆ]/gu, (letter) => LIGATURES[letter] ?? letter);
