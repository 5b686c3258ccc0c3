/**
 * A share card as SVG, 1200 by 630 (the size Open Graph and Twitter show large): the passage large on a band of
 * its kind's colour, as the reader page marks it (a note's title instead, in bold); under it what the annotation
 * says; then the site's name and the source. In the light scheme of global.css. Laid out from the bottom up, so
 * the passage gets the room left, at the largest size at which it fits, cut at a word past the smallest.
 */
import { cardFonts } from './card-fonts.ts';
import type { ShareCard } from './card-content.ts';
import { lineSvg, lineWidth, wrapText, type Direction, type TextBox } from './text-lines.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** global.css's light scheme. */
const PALETTE = {
  page: '#fffdf8',
  text: '#1d1b18',
  muted: '#5c574f',
  rule: '#d9d0bf',
  link: '#8a3b00',
  party: '#fde8b0',
  date: '#d7ecfb',
  figure: '#dff3d8',
};

const MARGIN = 64;
const TOP = 52;
/** How far a passage's band reaches past its words. */
const BAND = 14;
const PASSAGE_SIZES = [96, 84, 76, 68, 60, 54, 48];
const HEADLINE = { size: 48, pitch: 60 };
const DETAIL = { size: 38, pitch: 48, lines: 2 };
const FOOTER = { size: 36, baseline: CARD_HEIGHT - 44 };

interface Block {
  svg: string;
  /** Where its top is. */
  top: number;
}

function group(fill: string, paths: string[]): string {
  return `<g fill="${fill}">${paths.join('')}</g>`;
}

/** Lines upwards from a baseline: the last line's baseline at `bottom`. */
function linesUp(box: TextBox, text: string, fill: string, bottom: number, pitch: number): Block {
  const { lines } = wrapText(text, box);
  const first = bottom - (lines.length - 1) * pitch;
  const paths = lines.map((line, index) =>
    lineSvg(line, box.faces, box.direction, box.size, { x: MARGIN, y: first + index * pitch, width: box.width }),
  );
  return { svg: group(fill, paths), top: first - box.size };
}

/** The passage (or title) at the largest size at which it fits between `top` and `bottom`, centred there. */
function passage(card: ShareCard, top: number, bottom: number): string {
  const fonts = cardFonts();
  const faces = card.kind === 'note' ? fonts.bold : fonts.regular;
  const band = card.kind === 'note' ? undefined : PALETTE[card.kind];
  const inset = band ? BAND : 0;
  const width = CARD_WIDTH - 2 * MARGIN - 2 * inset;
  const direction: Direction = card.direction;
  const fitted = PASSAGE_SIZES.map((size) => {
    const pitch = Math.round(size * 1.42);
    const box = {
      faces,
      size,
      width,
      direction,
      lines: Math.max(1, Math.floor((bottom - top + pitch - size * 1.3) / pitch)),
    };
    return { box, pitch, ...wrapText(card.text, box) };
  });
  const { box, pitch, lines } = fitted.find((fit) => !fit.cut) ?? (fitted.at(-1) as (typeof fitted)[number]);
  const height = (lines.length - 1) * pitch + box.size * 1.3;
  const firstBaseline = Math.round(top + (bottom - top - height) / 2 + box.size * 1.0);
  const bands: string[] = [];
  const words = lines.map((line, index) => {
    const y = firstBaseline + index * pitch;
    if (band) {
      const lineWide = lineWidth(line, faces, direction, box.size);
      const x = direction === 'rtl' ? CARD_WIDTH - MARGIN - lineWide - 2 * BAND : MARGIN;
      bands.push(
        `<rect x="${x.toFixed(1)}" y="${(y - box.size * 0.98).toFixed(1)}" width="${(lineWide + 2 * BAND).toFixed(1)}" height="${(box.size * 1.3).toFixed(1)}" rx="6" fill="${band}"/>`,
      );
    }
    return lineSvg(line, faces, direction, box.size, { x: MARGIN + inset, y, width });
  });
  return `${bands.join('')}${group(PALETTE.text, words)}`;
}

/** The bottom line: the site's name on the left, the source on the right. */
function footer(card: ShareCard): string {
  const { regular, bold } = cardFonts();
  const at = { y: FOOTER.baseline };
  const site = lineSvg(card.site, bold, 'ltr', FOOTER.size, { x: MARGIN, ...at, width: 0 });
  const siteWidth = lineWidth(card.site, bold, 'ltr', FOOTER.size);
  let source = '';
  if (card.source) {
    const width = CARD_WIDTH - 2 * MARGIN - siteWidth - 48;
    const [line = ''] = wrapText(card.source, {
      faces: regular,
      size: FOOTER.size,
      width,
      lines: 1,
      direction: 'ltr',
    }).lines;
    const wide = lineWidth(line, regular, 'ltr', FOOTER.size);
    source = group(PALETTE.muted, [
      lineSvg(line, regular, 'ltr', FOOTER.size, { x: CARD_WIDTH - MARGIN - wide, ...at, width: wide }),
    ]);
  }
  const rule = `<rect x="${MARGIN}" y="${FOOTER.baseline - FOOTER.size - 30}" width="${CARD_WIDTH - 2 * MARGIN}" height="2" fill="${PALETTE.rule}"/>`;
  return `${rule}${group(PALETTE.link, [site])}${source}`;
}

export function cardSvg(card: ShareCard): string {
  const { regular, bold } = cardFonts();
  const width = CARD_WIDTH - 2 * MARGIN;
  let bottom = FOOTER.baseline - FOOTER.size - 30 - 34;
  const parts: string[] = [];
  if (card.detail) {
    const block = linesUp(
      { faces: regular, size: DETAIL.size, width, lines: DETAIL.lines, direction: 'ltr' },
      card.detail,
      PALETTE.muted,
      bottom,
      DETAIL.pitch,
    );
    parts.push(block.svg);
    bottom = block.top - (HEADLINE.pitch - HEADLINE.size);
  }
  if (card.headline) {
    const block = linesUp(
      { faces: bold, size: HEADLINE.size, width, lines: 1, direction: 'ltr' },
      card.headline,
      PALETTE.text,
      bottom,
      HEADLINE.pitch,
    );
    parts.push(block.svg);
    bottom = block.top;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PALETTE.page}"/>`,
    passage(card, TOP, bottom - 36),
    ...parts,
    footer(card),
    '</svg>',
  ].join('');
}
