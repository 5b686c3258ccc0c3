/**
 * Whether a captured page is mostly a login or paywall rather than an article: it asks the reader to subscribe or
 * sign in (in English or French), and little text is left besides. Such a capture would pass the check and publish
 * a note of a teaser; `npm run new` refuses it unless told `--force`.
 */

const WALL =
  /\b(subscribe|sign in|log ?in|register) (now )?to (read|continue|unlock|keep reading|access)|already (a subscriber|have an account)|subscribers only|for subscribers|create (a free|an) account to|this (article|content) is (reserved|available) (for|to) (subscribers|members)|réservé aux abonnés|abonnez-vous|déjà abonné|connectez-vous pour|pour lire la suite|la suite est réservée/i;

/** Fewer words than this besides the wall's own paragraphs, and the page is taken for a wall. */
const ARTICLE_WORDS = 120;

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

/**
 * The paragraph that asks the reader to subscribe or sign in, when the page is mostly that; else undefined. `cut`
 * is what the import left out as the site's: a wall in a box of its own is found there.
 */
export function paywallOf(markdown: string, cut: readonly string[] = []): string | undefined {
  const paragraphs = markdown.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
  const wall = [...paragraphs, ...cut].filter((paragraph) => WALL.test(paragraph));
  if (wall.length === 0) return undefined;
  const rest = paragraphs.filter((paragraph) => !WALL.test(paragraph)).join(' ');
  return wordCount(rest) < ARTICLE_WORDS ? (wall[0] ?? '').replace(/\s+/g, ' ').slice(0, 80) : undefined;
}
