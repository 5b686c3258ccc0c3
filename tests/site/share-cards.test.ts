/**
 * Share cards in built sites: every note page and annotation page links its card with absolute addresses (the
 * site's SITE_URL and BASE_PATH) to a 1200x630 PNG the build wrote beside it; with ANNOTATION_PAGES=off only the
 * notes have cards; a build that renders every page again draws no card again (they come from the cache).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { beforeAll, describe, expect, test } from 'vitest';
import { CARD_FOLDER, pngSize } from '../../src/build-cache/card-cache.ts';
import { buildOrThrow } from '../support/build.ts';
import { LANGUAGE_NOTES } from '../paths.ts';
import { pagesOf } from '../site-pages.ts';
import { testSite } from '../support/test-sites.ts';
import { builtPage } from '../support/built-page.ts';

const OFF = '.test-dist/cards-off';
const OFF_ENV = {
  GLOSS_NOTES: LANGUAGE_NOTES,
  ANNOTATION_PAGES: 'off',
  SITE_URL: 'https://reading.example.net',
  BASE_PATH: '/gloss/',
};

const content = (page: Root, selector: string): unknown => select(selector, page)?.properties['content'];

/** The pages that show a note or an annotation (not the small pages left at a former address). */
const sharedPages = (site: string): string[] =>
  pagesOf(site).filter((path) => {
    if (!/^\/notes\/[^/]+\/([^/]+\/)?$/.test(path)) return false;
    return !readFileSync(join(site, path, 'index.html'), 'utf8').includes('name="robots" content="noindex"');
  });

/** Every card tag of a page, and the card's file in the built site. */
function cardOf(site: string, path: string, origin: string, base: string) {
  const page = builtPage(site, path);
  const image = String(content(page, 'meta[property="og:image"]'));
  const expected = `${origin}${base}${path.slice(1)}card.png`;
  return {
    image,
    expected,
    width: content(page, 'meta[property="og:image:width"]'),
    height: content(page, 'meta[property="og:image:height"]'),
    alt: String(content(page, 'meta[property="og:image:alt"]') ?? ''),
    twitter: content(page, 'meta[name="twitter:card"]'),
    file: join(site, `${path}card.png`),
  };
}

describe('the test site', () => {
  const pages = sharedPages(testSite('site').out);

  test('has note pages and annotation pages to share', () => {
    expect(pages).toContain('/notes/openai-google-cloud/');
    expect(pages).toContain('/notes/openai-google-cloud/revenue-run-rate/');
    expect(pages.length).toBeGreaterThan(10);
  });

  test('every one links its card: absolute, 1200x630, described, large on Twitter, a PNG of that size', () => {
    for (const path of pages) {
      const card = cardOf(testSite('site').out, path, 'https://gloss.example.org', '/');
      expect(card.image, path).toBe(card.expected);
      expect([card.width, card.height, card.twitter], path).toEqual(['1200', '630', 'summary_large_image']);
      expect(card.alt.length, path).toBeGreaterThan(10);
      expect(existsSync(card.file), path).toBe(true);
      expect(pngSize(readFileSync(card.file)), path).toEqual({ width: 1200, height: 630 });
    }
  });

  test("an annotation's card is described by its words and what the page says of it", () => {
    const card = cardOf(
      testSite('site').out,
      '/notes/openai-google-cloud/revenue-run-rate/',
      'https://gloss.example.org',
      '/',
    );
    // The fixture note names no publisher or address: no source.
    expect(card.alt).toBe("“$10 billion” · US$10 billion: OpenAI's annualized revenue run rate · Gloss");
  });
});

describe('built with ANNOTATION_PAGES=off, for another address and subfolder', () => {
  let cacheBefore: Record<string, number>;
  const cacheOf = (): Record<string, number> => {
    const folder = join(`${OFF}.cache`, CARD_FOLDER);
    return Object.fromEntries(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));
  };

  beforeAll(() => {
    // From an empty cache: the cards of an earlier run of the tests are not this one's.
    rmSync(`${OFF}.cache`, { recursive: true, force: true });
    buildOrThrow(OFF, OFF_ENV);
    cacheBefore = cacheOf();
    // Every page rendered again (Astro's caches forced), the cards' cache kept.
    buildOrThrow(OFF, OFF_ENV, { args: ['--clean'] });
  });

  test('the notes have cards under SITE_URL and BASE_PATH, and no annotation has one', () => {
    for (const path of ['/notes/tahlia/', '/notes/hydrogene/']) {
      const card = cardOf(OFF, path, 'https://reading.example.net', '/gloss/');
      expect(card.image).toBe(card.expected);
      expect(pngSize(readFileSync(card.file))).toEqual({ width: 1200, height: 630 });
    }
    const cards = readdirSync(OFF, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('card.png'));
    expect(cards.sort()).toEqual(['notes/hydrogene/card.png', 'notes/tahlia/card.png']);
  });

  test('a second build draws no card: each is found in the cache, untouched', () => {
    expect(Object.keys(cacheBefore)).toHaveLength(2);
    expect(cacheOf()).toEqual(cacheBefore);
  });
});
