/** Search (Pagefind over the built site): notes and single annotations, an annotation landing on its passage. */
import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { testSite } from '../support/test-sites.ts';
import { useSite } from './harness.ts';

const site = useSite();

describe('the search page', () => {
  test('finds an annotation of the seed note by a word of its note, and its result lands on the passage', async () => {
    const { page, troubles } = await site.visit('/search/');
    await page.locator('#search-query').fill('extrapolates');
    const annotationResult = page.locator('.search-results a[href="/notes/openai-google-cloud/#revenue-run-rate"]');
    await expect.poll(() => annotationResult.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('.search-results a[href="/notes/openai-google-cloud/"]').count()).toBe(1);
    await annotationResult.click();
    await page.waitForURL(/#revenue-run-rate$/);
    expect(await page.locator('mark#revenue-run-rate').evaluate((mark) => mark.matches(':target'))).toBe(true);
    expect(troubles).toEqual([]);
  });

  test('lists under a note only the annotations whose passage or margin note holds the word', async () => {
    // Words of the tests' note: in margin notes and passages, and in the text right after a paragraph's margin.
    const counts: number[] = [];
    for (const word of ['Despite', 'business', 'demand']) {
      const { page, troubles } = await site.visit(`/search/?q=${word}`);
      const note = page
        .locator('.search-results > li')
        .filter({ has: page.locator('a[href$="/openai-google-cloud/"]') });
      await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
      const shown = await note
        .locator('.search-annotations a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
      const reader = await page.context().newPage();
      await reader.goto(site.url('/notes/openai-google-cloud/'));
      // What the search could have found an annotation by: its passage and its margin note, as a reader sees them.
      const holding = await reader.evaluate((found) => {
        const hold = (element: Element | null) => (element?.textContent ?? '').toLowerCase().includes(found);
        return [...document.querySelectorAll('mark.passage[id]')]
          .filter((mark) => hold(mark) || hold(document.getElementById(`${mark.id}--note`)))
          .map((mark) => mark.id);
      }, word.toLowerCase());
      await reader.close();
      expect(
        shown.every((id) => holding.includes(id)),
        `${word}: ${shown.join(', ')}`,
      ).toBe(true);
      expect(shown.length, word).toBe(Math.min(holding.length, 5));
      counts.push(shown.length);
      expect(troubles).toEqual([]);
    }
    // Some words found annotations, and one found the note alone.
    expect(counts.some((count) => count > 0) && counts.includes(0)).toBe(true);
  });

  test.each([375, 1280])('writes a screenshot of a search at %i px for people to look at', async (width) => {
    const { page } = await site.visit('/search/?q=demand', { viewport: { width, height: 800 } });
    await page.locator('.search-annotations li').first().waitFor();
    mkdirSync('tests/screenshots', { recursive: true });
    await page.screenshot({ path: `tests/screenshots/search-${width}.png`, fullPage: true });
  });

  test('loads no search code on the reader page', async () => {
    // A page of its own, with nothing cached: every file it loads is in its resource timings.
    const { page } = await site.open('/notes/openai-google-cloud/');
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript, says so and points to the pages that list everything', async () => {
    const { page } = await site.visit('/search/', { javaScriptEnabled: false });
    expect(await page.locator('.search-status').textContent()).toContain('needs JavaScript');
    expect(await page.locator('.search-status a').count()).toBe(3);
  });
});

describe('the search page of a site built for a subfolder', () => {
  const subfolder = useSite(testSite('subfolder').out, testSite('subfolder').base);

  test('gives results under the subfolder, landing on the passage', async () => {
    const { page, troubles } = await subfolder.visit('/search/?q=extrapolates');
    const result = page.locator('.search-results a[href="/reading-notes/notes/openai-google-cloud/#revenue-run-rate"]');
    await expect.poll(() => result.count(), { timeout: 10_000 }).toBe(1);
    await result.click();
    await page.waitForURL(/\/reading-notes\/notes\/openai-google-cloud\/#revenue-run-rate$/);
    expect(await page.locator('mark#revenue-run-rate').evaluate((mark) => mark.matches(':target'))).toBe(true);
    expect(troubles).toEqual([]);
  });
});

describe('the search page of a site with notes in several languages', () => {
  // A note in the site's language, one in French and one in Arabic: one index each, searched at once.
  const languages = useSite(testSite('mixedLanguages').out);

  test.each([
    ['hydrogène', 'hydrogene'],
    ['hydrogene', 'hydrogene'],
    ['Cœuré', 'hydrogene'],
    ['Coeure', 'hydrogene'],
    ['المحطة', 'tahlia'],
    ['extrapolates', 'openai-google-cloud'],
  ])('"%s" finds the note %s, whatever its language, with or without accents and ligatures', async (query, slug) => {
    const { page, troubles } = await languages.visit(`/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toContain('for “');
    const found = await page
      .locator('.search-results > li > a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(found).toEqual([`/notes/${slug}/`]);
    expect(troubles).toEqual([]);
  });
});

describe("the search page of a site with no note in the site's language", () => {
  const others = useSite(testSite('languages').out);

  test('still finds each note', async () => {
    const { page, troubles } = await others.visit('/search/?q=hydrogene');
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toContain('for “');
    expect(await page.locator('.search-results > li > a[href="/notes/hydrogene/"]').count()).toBe(1);
    expect(troubles).toEqual([]);
  });
});
