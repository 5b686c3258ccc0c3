/**
 * Share cards: lines cut at a word with an ellipsis, a right-to-left line in visual order, cards that render as
 * 1200x630 PNGs (written to tests/screenshots/ for a person to look at), and the cache of cards: the same card
 * is found again, a changed one is drawn.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cachedCard, CARD_FOLDER, cardDigest, pngSize, pruneCardCache } from '../../src/build-cache/card-cache.ts';
import { cardFonts } from '../../src/share-cards/card-fonts.ts';
import { cardAlt, type ShareCard } from '../../src/share-cards/card-content.ts';
import { renderCard } from '../../src/share-cards/render-card.ts';
import { shapeLine, wrapText } from '../../src/share-cards/text-lines.ts';
import { SCREENSHOTS } from '../paths.ts';

const LONG =
  'The deal, which had been under discussion for months, was finalized in May, according to three sources familiar with the matter, who asked not to be named because the negotiations were private; it marks a striking collaboration between two of the most prominent competitors in the artificial intelligence sector.';
const ARABIC = 'أعلنت وزارة الطاقة افتتاح محطة جديدة بقدرة 500 ميغاواط.';

const card = (overrides: Partial<ShareCard>): ShareCard => ({
  kind: 'date',
  text: 'finalized in May',
  direction: 'ltr',
  headline: 'May 2025',
  detail: 'OpenAI and Google finalise the cloud deal',
  source: 'Example News',
  site: 'Gloss',
  ...overrides,
});

describe('lines', () => {
  test('a long text is cut at a word, with an ellipsis, in as many lines as allowed', () => {
    const { lines, cut } = wrapText(LONG, {
      faces: cardFonts().regular,
      size: 60,
      width: 1000,
      lines: 3,
      direction: 'ltr',
    });
    expect(cut).toBe(true);
    expect(lines).toHaveLength(3);
    const last = lines[2] as string;
    expect(last.endsWith('…')).toBe(true);
    // Every word shown is a whole word of the text, in its order, and punctuation before the ellipsis goes.
    const shown = lines.join(' ').slice(0, -1).split(' ');
    const words = LONG.split(' ');
    shown.forEach((word, index) => expect(words[index]?.replace(/[,;.]$/, '')).toBe(word.replace(/[,;.]$/, '')));
    expect(last).not.toMatch(/[,;.]…$/);
  });

  test('a short text is not cut', () => {
    const box = { faces: cardFonts().regular, size: 60, width: 1000, lines: 3, direction: 'ltr' as const };
    expect(wrapText('$10 billion', box)).toEqual({ lines: ['$10 billion'], cut: false });
  });

  test('an Arabic line reads right to left, its number left to right, its full stop at the left end', () => {
    const line = shapeLine(ARABIC, cardFonts().regular, 'rtl');
    const xOf = (index: number): number => {
      const glyphs = line.glyphs.filter((glyph) => glyph.at === index);
      expect(glyphs.length).toBeGreaterThan(0);
      return Math.min(...glyphs.map((glyph) => glyph.x));
    };
    const first = xOf(0); // أ, the first letter
    const five = xOf(ARABIC.indexOf('500'));
    const zero = xOf(ARABIC.indexOf('500') + 2);
    const stop = xOf(ARABIC.length - 1);
    expect(first).toBeGreaterThan(five);
    expect(five).toBeLessThan(zero);
    expect(stop).toBe(Math.min(...line.glyphs.map((glyph) => glyph.x)));
    // Letters joined: the Arabic face's contextual forms, not a box (glyph 0) for any character.
    expect(line.glyphs.every((glyph) => glyph.id !== 0)).toBe(true);
  });

  test('a long Arabic text is cut at a word, its ellipsis at the left end of its last line', () => {
    const text = `${ARABIC} وقالت الوزارة إن المحطة ستخدم آلاف المنازل في المنطقة الشرقية، وإن العمل على توسعتها سيبدأ العام المقبل.`;
    const box = { faces: cardFonts().regular, size: 60, width: 1000, lines: 2, direction: 'rtl' as const };
    const { lines, cut } = wrapText(text, box);
    expect(cut).toBe(true);
    const last = lines[1] as string;
    expect(text.startsWith(`${lines[0]} ${last.slice(0, -1)}`)).toBe(true);
    const glyphs = shapeLine(last, box.faces, 'rtl').glyphs;
    const ellipsis = glyphs.find((glyph) => glyph.at === last.length - 1);
    expect(ellipsis?.x).toBe(Math.min(...glyphs.map((glyph) => glyph.x)));
  });

  test('Greek, Cyrillic and Hebrew have glyphs of their own', () => {
    const line = shapeLine('Ελληνικά Русский עברית', cardFonts().regular, 'ltr');
    expect(line.glyphs.every((glyph) => glyph.id !== 0)).toBe(true);
  });
});

describe('cards', () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  test.each([
    [
      'arabic',
      card({ kind: 'party', text: ARABIC, direction: 'rtl', headline: 'وزارة الطاقة', detail: 'Opens the plant.' }),
    ],
    ['long', card({ text: LONG })],
    [
      'note',
      card({ kind: 'note', text: 'OpenAI Partners with Google Cloud', headline: undefined, detail: '11 June 2025' }),
    ],
  ])('the %s card is a 1200x630 PNG', (name, shown) => {
    const png = renderCard(shown);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    writeFileSync(join(SCREENSHOTS, `share-card-${name}.png`), png);
  });

  test('its description says the quote, what it is, the source and the site', () => {
    expect(cardAlt(card({}))).toBe(
      '“finalized in May” · May 2025: OpenAI and Google finalise the cloud deal · Example News · Gloss',
    );
  });
});

describe('the cache of cards', () => {
  const cache = mkdtempSync(join(tmpdir(), 'gloss-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  const size = { width: 1200, height: 630 };

  test('a card drawn once is found again; a changed label is drawn', () => {
    let draws = 0;
    const draw = (shown: ShareCard) => () => {
      draws++;
      return renderCard(shown);
    };
    const first = cachedCard(cache, card({}), size, draw(card({})));
    const again = cachedCard(cache, card({}), size, draw(card({})));
    const changed = card({ detail: 'OpenAI and Google sign the cloud deal' });
    const relabelled = cachedCard(cache, changed, size, draw(changed));
    expect([first.drawn, again.drawn, relabelled.drawn]).toEqual([true, false, true]);
    expect(draws).toBe(2);
    expect(again.png.equals(first.png)).toBe(true);
  });

  test('after a build, the cards no page shows are removed once they are many', () => {
    const site = mkdtempSync(join(tmpdir(), 'gloss-site-'));
    const pruned = mkdtempSync(join(tmpdir(), 'gloss-cards-'));
    try {
      const cards = Array.from({ length: 20 }, (_, index) => card({ text: `passage ${index}` }));
      const pngs = cards.map((shown) => cachedCard(pruned, shown, size, () => renderCard(shown)).png);
      // The site shows the first two; the other 18 were left by earlier versions of their notes.
      for (const [index, png] of pngs.slice(0, 2).entries()) {
        mkdirSync(join(site, 'notes', String(index)), { recursive: true });
        writeFileSync(join(site, 'notes', String(index), 'card.png'), png);
      }
      expect(pruneCardCache(pruned, site)).toBe(18);
      const drawn = (from: number, to: number) =>
        cards.slice(from, to).map((shown) => cachedCard(pruned, shown, size, () => renderCard(shown)).drawn);
      expect(drawn(0, 12)).toEqual([false, false, ...Array.from({ length: 10 }, () => true)]);
      // Ten left behind, of twelve: kept, until they are many.
      expect(pruneCardCache(pruned, site)).toBe(0);
      expect(drawn(0, 12)).toEqual(Array.from({ length: 12 }, () => false));
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(pruned, { recursive: true, force: true });
    }
  });

  test('a card cut short in the cache is drawn again', () => {
    const shown = card({ text: 'cut short' });
    cachedCard(cache, shown, size, () => renderCard(shown));
    const path = join(cache, CARD_FOLDER, `${cardDigest(shown)}.png`);
    writeFileSync(path, readFileSync(path).subarray(0, 1000));
    expect(cachedCard(cache, shown, size, () => renderCard(shown)).drawn).toBe(true);
    expect(pngSize(readFileSync(path))).toEqual(size);
  });
});
