/**
 * A readable ASCII name for an address (a new note's page, a suggested annotation's id): accents taken off and
 * ligatures spelt out ("Benoît Cœuré" → `benoit-coeure`), lowercase words joined by single hyphens, at most 60
 * characters, cut at a word. Any language's Latin letters come through; other scripts leave nothing, and the
 * caller gives a name of its own.
 */

/** Letters that Unicode does not decompose into a base letter and an accent. */
const SPELT_OUT: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};

export const MAX_SLUG_LENGTH = 60;

export function asciiSlug(text: string, max = MAX_SLUG_LENGTH): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[æœßøđðþłıħ]/g, (letter) => SPELT_OUT[letter] ?? letter)
    // An apostrophe joins the letters around it ("l'Autorité", "OpenAI's"): it is dropped, not a break.
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > max) return slug || word.slice(0, max);
    slug = longer;
  }
  return slug;
}
