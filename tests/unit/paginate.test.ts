/** Lists cut into pages: every item on exactly one page, in order, and the addresses of the pages. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { pageHref, pageParam, pagesOf } from '../../src/site/paginate.ts';

test('every item lands on exactly one page, in order, no page over its size, only the last one short', () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 20 }), (items, size) => {
      const pages = pagesOf(items, size);
      expect(pages.flatMap((page) => page.items)).toEqual(items);
      expect(pages.every((page, at) => page.number === at + 1 && page.count === pages.length)).toBe(true);
      expect(pages.slice(0, -1).every((page) => page.items.length === size)).toBe(true);
      expect(pages.at(-1)?.items.length).toBeLessThanOrEqual(size);
    }),
  );
});

test('an empty list still has its first page', () => {
  expect(pagesOf([], 10)).toEqual([{ items: [], number: 1, count: 1 }]);
});

test('the first page keeps the list’s address; the others are page/<n>/ under it', () => {
  expect(pageHref('/timeline/2025/', 1)).toBe('/timeline/2025/');
  expect(pageHref('/timeline/2025/', 3)).toBe('/timeline/2025/page/3/');
  expect(pageParam(1)).toBeUndefined();
  expect(pageParam(2)).toBe('page/2');
});
