/**
 * A readable ASCII name for an address (a new note's page, a suggested annotation's id), whatever the script:
 * letters transliterated ("Benoît Cœuré" → `benoit-coeure`, "Министерство энергетики" → `ministerstvo-energetiki`,
 * "وزارة الطاقة" → `wzr-ltq`, "国家能源局" → `guo-jia-neng-yuan-ju`, with the `transliteration` package), lowercase
 * words joined by single hyphens, at most 60 characters, cut at a word.
 */
import { transliterate } from 'transliteration';

export const MAX_SLUG_LENGTH = 60;

export function asciiSlug(text: string, max = MAX_SLUG_LENGTH): string {
  const words = transliterate(
    // An apostrophe joins the letters around it ("l'Autorité", "OpenAI's"): it is dropped, not a break.
    text.replace(/['’]/g, ''),
  )
    .toLowerCase()
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
