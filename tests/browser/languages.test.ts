/**
 * A site whose own words are French, with a French note and an Arabic one (tests/fixtures/language-notes/): no
 * accessibility violation on any page, and the Arabic note read right to left, its margin on the left, at a
 * phone's width and a laptop's.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { french } from '../../src/words/french.ts';
import { testSite } from '../support/test-sites.ts';
import { LANGUAGE_SITE_PATHS, SCREENSHOTS } from '../paths.ts';
import { pagesOf } from '../site-pages.ts';
import { AXE, axeViolations, useSite } from './harness.ts';

const OUT = testSite('languagesFrench').out;
const site = useSite(OUT);

describe('every page of the French site', () => {
  const paths = LANGUAGE_SITE_PATHS;

  test.each(paths)('%s has no accessibility violation and no console error', async (path) => {
    const { page, troubles } = await site.visit(path, {}, AXE);
    expect(await axeViolations(page)).toEqual([]);
    expect(troubles).toEqual([]);
  });

  test('the paths above are every kind of page the site has', () => {
    const kinds = new Set(pagesOf(OUT).map((path) => path.split('/')[1] ?? ''));
    expect([...kinds].filter((kind) => !paths.some((path) => path.split('/')[1] === kind))).toEqual([]);
  });
});

describe.each([375, 1280])('the Arabic note at %i px', (width) => {
  test('reads right to left, its margin notes on the left when they stand beside the text, nothing overlapping', async () => {
    const { page, troubles } = await site.visit('/notes/tahlia/', { viewport: { width, height: 800 } });
    const layout = await page.evaluate(() => {
      const body = document.querySelector('.note-body') as HTMLElement;
      const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
      return {
        direction: getComputedStyle(body).direction,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        text: [...body.children].filter((child) => !child.matches('.margin')).map(box),
        notes: [...document.querySelectorAll('.gloss')].map((note) => ({
          box: box(note),
          direction: getComputedStyle(note).direction,
        })),
      };
    });
    expect(layout.direction).toBe('rtl');
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.notes.length).toBeGreaterThan(0);
    for (const note of layout.notes) {
      // The margin notes are in the site's words, French, read left to right.
      expect(note.direction).toBe('ltr');
      expect(note.box.left).toBeGreaterThanOrEqual(0);
      expect(note.box.right).toBeLessThanOrEqual(width);
      for (const block of layout.text) {
        const apart =
          note.box.right <= block.left ||
          block.right <= note.box.left ||
          note.box.bottom <= block.top ||
          block.bottom <= note.box.top;
        expect(apart).toBe(true);
      }
      // Beside the text from 64rem up: on its left, where a right-to-left text's margin is.
      if (width >= 1024)
        expect(note.box.right).toBeLessThanOrEqual(Math.min(...layout.text.map((block) => block.left)));
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/arabic-note-on-french-site-${width}.png`, fullPage: true });
    expect(troubles).toEqual([]);
  });
});

test('the search script speaks French: its count in French words, in the form French plural rules pick', async () => {
  const { page, troubles } = await site.visit('/search/?q=hydrogene');
  const { one } = french.search.script.results;
  await expect
    .poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 })
    .toBe(one.replace('{count}', '1').replace('{query}', 'hydrogene'));
  expect(troubles).toEqual([]);
});

test('writes a screenshot of the French note on the French site for people to look at', async () => {
  const { page } = await site.visit('/notes/hydrogene/', { viewport: { width: 1280, height: 800 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/french-site-1280.png`, fullPage: true });
});
