/** A share card as PNG: its SVG, all glyph outlines, rasterised by resvg. */
import { Resvg } from '@resvg/resvg-js';
import type { ShareCard } from './card-content.ts';
import { cardSvg } from './card-svg.ts';

export function renderCard(card: ShareCard): Buffer {
  // No fonts: the SVG holds outlines only.
  return new Resvg(cardSvg(card), { font: { loadSystemFonts: false } }).render().asPng();
}
