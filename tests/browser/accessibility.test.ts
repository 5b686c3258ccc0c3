/**
 * axe-core on every page of the site, in both colour schemes: no WCAG 2.2 A or AA violation. Each page is loaded
 * afresh in one tab per colour scheme, with axe-core already in it (`AXE`).
 */
import { describe, expect, test } from 'vitest';
import { testSite } from '../support/test-sites.ts';

import { pagesOf } from '../site-pages.ts';
import { AXE, axeViolations, useSite } from './harness.ts';

const site = useSite();

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test.each(pagesOf(testSite('site').out))('%s has no accessibility violation and no console error', async (path) => {
    const { page, troubles } = await site.visit(path, { colorScheme }, AXE);
    expect(await axeViolations(page)).toEqual([]);
    expect(troubles).toEqual([]);
  });
});

describe('the lists of the site of notes across notes, cut into pages', () => {
  const cross = useSite(testSite('cross').out);
  // Page 2 of each kind of list, with its pager, and a page kept from the links lock.
  const paths = [
    '/page/2/',
    '/timeline/',
    '/timeline/2025/',
    '/figures/page/2/',
    '/parties/google/page/2/',
    '/parties/page/2/',
    '/page/5/',
  ];

  test.each(paths)('%s has no accessibility violation, in either colour scheme', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, troubles } = await cross.visit(path, { colorScheme }, AXE);
      expect((await axeViolations(page)).map((violation) => `${colorScheme} ${violation}`)).toEqual([]);
      expect(troubles).toEqual([]);
    }
  });
});
