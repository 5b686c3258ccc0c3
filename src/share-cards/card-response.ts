/** A share card as its route answers it: from the build's cache of cards, or drawn and kept there. */
import { cachedCard } from '../build-cache/card-cache.ts';
import type { ShareCard } from './card-content.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-svg.ts';
import { renderCard } from './render-card.ts';

/** `cacheFolder`: where the build keeps what it makes for the next one (Astro's `cacheDir`). */
export function cardResponse(card: ShareCard, cacheFolder: string): Response {
  const { png } = cachedCard(cacheFolder, card, { width: CARD_WIDTH, height: CARD_HEIGHT }, () => renderCard(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

/** Under `astro dev` no card is drawn: the pages link to them, and a build makes them. */
export const notDrawnInDev = (): Response => new Response('Share cards are drawn by the build.', { status: 404 });
