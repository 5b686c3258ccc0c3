/**
 * Runs of text whose capitalised words are no parties of the story: headings ("Strategic Rationale", "Where to
 * Find It"), contact blocks (an e-mail address, a telephone number) and shouted legal text (a sentence in capitals).
 * A name written only there is not suggested; one the article's sentences also use is found there.
 */

const SENTENCE_END = /[.!?:;»"”)]\s*$/;
const CONTACT = /\S+@\S+\.\p{L}{2,}|\+?\d[\d ()./-]{8,}\d|\b(?:Tel|Tél|Teléfono|Telefon|Phone|Fax)\b/u;

/** True when a run is a contact block or shouted text. */
export function isShoutedOrContact(words: string): boolean {
  const trimmed = words.trim();
  if (CONTACT.test(trimmed)) return true;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  const capitals = trimmed.replace(/[^\p{Lu}]/gu, '');
  return trimmed.split(/\s+/).length >= 5 && capitals.length > letters.length * 0.6;
}

/** True when a run is a heading, a contact block or shouted text. */
export function isBoilerplateRun(words: string): boolean {
  const trimmed = words.trim();
  if (isShoutedOrContact(trimmed)) return true;
  const count = trimmed.split(/\s+/).length;
  // A short line that ends no sentence, its long words capitalised: a heading.
  const long = trimmed.split(/\s+/).filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 4);
  return count <= 6 && !SENTENCE_END.test(trimmed) && long.every((word) => /^\P{Ll}*\p{Lu}/u.test(word));
}

/** A word in capitals of six letters or more ("AUSTIN", "SOURCE"): a dateline's or a label's, no name. */
export const isShouted = (word: string): boolean => /^\p{Lu}{6,}$/u.test(word.replace(/[^\p{L}]/gu, ''));

/** Between slashes, as a wire names itself in a dateline ("/Meridian Newswire/"). */
export const isWireName = (before: string, after: string): boolean => before.endsWith('/') && after.startsWith('/');
