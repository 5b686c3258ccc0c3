/**
 * What a note's page and a query are searched as, on both sides alike (index-search.ts and the search page):
 * ligatures and letters such as "ø" and "ł" written out, since Pagefind ignores accents but no Unicode
 * decomposition splits "œ" or "ß", or takes the stroke off "ø".
 */
/** Letters no Unicode decomposition splits or strips, written out for search: Pagefind already ignores accents. */
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
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
};

/** The text as it is indexed and searched: "Cœuré" as "Coeuré", so that "Coeure" finds it. */
export const foldLigatures = (text: string): string =>
  text.replace(/[œŒæÆßẞĳĲﬀ-ﬆøØđĐłŁıþÞðÐ]/gu, (letter) => LIGATURES[letter] ?? letter);
