/** axe-core on every page of the site, in both colour schemes: no WCAG 2.2 A or AA violation. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { testSite } from '../support/test-sites.ts';

import { pagesOf } from '../site-pages.ts';
import { useSite } from './harness.ts';

const site = useSite();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test.each(pagesOf(testSite('site').out))('%s has no accessibility violation and no console error', async (path) => {
    const { page, troubles } = await site.open(path, { colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
    expect(found).toEqual([]);
    expect(troubles).toEqual([]);
    await page.context().close();
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
      const { page, troubles } = await cross.open(path, { colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((violation) => `${colorScheme} ${violation.id}`)).toEqual([]);
      expect(troubles).toEqual([]);
      await page.context().close();
    }
  });
});
