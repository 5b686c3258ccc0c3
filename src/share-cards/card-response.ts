/** A share card as its route answers it: from the build's cache of cards, or drawn and kept there. */
import { cachedCard } from '../build-cache/card-cache.ts';
import { CACHE_FOLDER } from '../settings.ts';
import type { ShareCard } from './card-content.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-svg.ts';
import { renderCard } from './render-card.ts';

export function cardResponse(card: ShareCard): Response {
  const { png } = cachedCard(CACHE_FOLDER, card, { width: CARD_WIDTH, height: CARD_HEIGHT }, () => renderCard(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

/** Under `astro dev` no card is drawn: the pages link to them, and a build makes them. */
export const notDrawnInDev = (): Response => new Response('Share cards are drawn by the build.', { status: 404 });
