/**
 * Built for the domain root and for a subfolder, each served under its own path by a static server: every
 * page, asset and annotation link resolves, and nothing is loaded from another origin.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../link-check.ts';
import { pagesOf } from '../site-pages.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { testSite } from '../support/test-sites.ts';

const SUBFOLDER_DIST = testSite('subfolder').out;

describe.each([
  { root: testSite('site').out, base: '/' },
  { root: SUBFOLDER_DIST, base: '/reading-notes/' },
])('built for $base', ({ root, base }) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(root, base);
  });
  afterAll(() => site.close());

  test('every page, asset and fragment link resolves, and nothing comes from another origin', async () => {
    const pages = pagesOf(root).map((page) => page.slice(1));
    const report = await checkLinks(site.url, pages);
    expect(report.broken).toEqual([]);
    expect(report.foreign).toEqual([]);
    expect(report.pages.length).toBe(pages.length);
  });

  test('an unknown address gets the 404 page', async () => {
    const response = await fetch(new URL('notes/no-such-note/', site.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This page is not here');
  });
});
