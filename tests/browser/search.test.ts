/** Search (Pagefind over the built site): notes and single annotations, an annotation landing on its passage. */
import { describe, expect, test } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

describe('the search page', () => {
  test('finds an annotation of the seed note by a word of its note, and its result lands on the passage', async () => {
    const { page, troubles } = await site.open('/search/');
    await page.locator('#search-query').fill('extrapolates');
    const annotationResult = page.locator('.search-results a[href="/notes/openai-google-cloud/#revenue-run-rate"]');
    await expect.poll(() => annotationResult.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('.search-results a[href="/notes/openai-google-cloud/"]').count()).toBe(1);
    await annotationResult.click();
    await page.waitForURL(/#revenue-run-rate$/);
    expect(await page.locator('mark#revenue-run-rate').evaluate((mark) => mark.matches(':target'))).toBe(true);
    expect(troubles).toEqual([]);
    await page.context().close();
  });

  test('loads no search code on the reader page', async () => {
    const { page } = await site.open('/notes/openai-google-cloud/');
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript, says so and points to the pages that list everything', async () => {
    const { page } = await site.open('/search/', { javaScriptEnabled: false });
    expect(await page.locator('.search-status').textContent()).toContain('needs JavaScript');
    expect(await page.locator('.search-status a').count()).toBe(3);
    await page.context().close();
  });
});
