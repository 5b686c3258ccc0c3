/**
 * Links that outlive edits: a note renamed with `formerSlugs`, an annotation with `formerIds`, and the old links
 * still land on the same passage; without them the build fails and names the links it would break.
 */
import { readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOrThrow, runBuild } from '../support/build.ts';
import { testSite } from '../support/test-sites.ts';

import { useSite } from './harness.ts';

const FIXTURES = 'tests/fixtures/lock';
const LOCK = '.test-dist/lock/links.lock.json';
const build = (version: string) =>
  runBuild(`.test-dist/lock/${version}`, { GLOSS_NOTES: `${FIXTURES}/${version}`, GLOSS_LOCK: LOCK });

beforeAll(() => {
  rmSync('.test-dist/lock', { recursive: true, force: true });
  buildOrThrow('.test-dist/lock/v1', { GLOSS_NOTES: `${FIXTURES}/v1`, GLOSS_LOCK: LOCK });
});

describe('without formerSlugs or formerIds', () => {
  test('renaming a note fails the build and names the page it would lose', () => {
    const result = build('v2-page-lost');
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(
      'the page /notes/old-name/ was published and no note answers to it any more',
    );
    expect(result.stdout + result.stderr).toContain(
      'fix: add `formerSlugs: [old-name]` to the note that took its place',
    );
  });

  test('renaming an annotation fails the build and names the link it would break', () => {
    const result = build('v2-id-lost');
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(`${FIXTURES}/v2-id-lost/new-name.md`);
    expect(result.stdout + result.stderr).toContain('the link /notes/old-name/#deal was published');
    expect(result.stdout + result.stderr).toContain('fix: add `formerIds: [deal]`');
  });
});

describe('with formerSlugs and formerIds', () => {
  beforeAll(() =>
    buildOrThrow('.test-dist/lock/v2-with-former', { GLOSS_NOTES: `${FIXTURES}/v2-with-former`, GLOSS_LOCK: LOCK }),
  );
  const site = useSite('.test-dist/lock/v2-with-former');

  test.each(['/notes/old-name/#deal', '/notes/old-name/#deal-finalized', '/notes/new-name/#deal'])(
    '%s lands on the passage, marked, at the new address',
    async (link) => {
      const { page, troubles } = await site.visit(link);
      await page.waitForURL(/\/notes\/new-name\//);
      const passage = page.locator('mark#deal-finalized');
      await expect.poll(() => passage.evaluate((mark) => getComputedStyle(mark).outlineStyle)).toBe('solid');
      expect(await passage.isVisible()).toBe(true);
      expect(
        await page.locator('[id="deal-finalized--note"]').evaluate((note) => getComputedStyle(note).outlineStyle),
      ).toBe('solid');
      expect(troubles).toEqual([]);
    },
  );

  test('the annotations’ data stays at the old address too, naming them by their current IRIs', () => {
    const read = (slug: string) =>
      readFileSync(`.test-dist/lock/v2-with-former/notes/${slug}/annotations.jsonld`, 'utf8');
    expect(read('old-name')).toBe(read('new-name'));
    const ids = JSON.parse(read('old-name')).first.items.map((item: { id: string }) => item.id);
    expect(ids).toContain('https://gloss.example.org/notes/new-name/annotations.jsonld#deal-finalized');
  });

  test('without JavaScript, the old address says where the note went and links to the passage', async () => {
    const { page } = await site.visit('/notes/old-name/#deal', { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe('This note has moved');
    const link = page.locator('li#deal a');
    expect(await link.getAttribute('href')).toBe('/notes/new-name/#deal-finalized');
  });
});

describe('rows of the lists across notes, linked before the lists were cut into pages', () => {
  // The site of notes across notes is built two rows a page: rows published at /timeline/#… and /figures/#…
  // now stand on later pages.
  const site = useSite(testSite('cross').out);

  test.each([
    ['/timeline/#cloud-deal--deal', '/timeline/2025/'],
    ['/figures/#cloud-deal--run-rate', '/figures/page/2/'],
  ])('%s goes on to the row, on its page now', async (link, now) => {
    const { page, troubles } = await site.visit(link);
    await page.waitForURL((url) => url.pathname === now);
    const row = page.locator(`[id="${link.split('#')[1]}"]`);
    expect(await row.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${link.split('#')[1]}`);
    expect(troubles).toEqual([]);
  });
});
