import { describe, expect, test } from 'vitest';
import { extendLock, lostLinks, type PublishedNote } from '../../src/site/published-links.ts';

const note = (slug: string, ids: string[], more: Partial<PublishedNote> = {}): PublishedNote => ({
  file: `${slug}.md`,
  slug,
  formerSlugs: [],
  ids,
  formerIds: [],
  ...more,
});

describe('lostLinks', () => {
  const lock = { notes: { deal: ['openai', 'may'] } };

  test('finds nothing lost while every page and id is still answered for', () => {
    expect(lostLinks(lock, [note('deal', ['openai', 'may', 'new'])])).toEqual([]);
    expect(
      lostLinks(lock, [note('the-deal', ['openai', 'in-may'], { formerSlugs: ['deal'], formerIds: ['may'] })]),
    ).toEqual([]);
  });

  test('names a page that no note answers to', () => {
    expect(lostLinks(lock, [note('the-deal', ['openai', 'may'])])).toEqual([{ slug: 'deal' }]);
  });

  test('names each id that the note no longer answers to, in the note that should', () => {
    expect(lostLinks(lock, [note('deal', ['openai', 'in-may'])])).toEqual([
      { file: 'deal.md', slug: 'deal', id: 'may' },
    ]);
  });
});

describe('extendLock', () => {
  test('adds new pages and ids, keeps the old ones, and sorts both', () => {
    const lock = extendLock({ notes: { b: ['z', 'gone'] } }, [
      note('b', ['z', 'y']),
      note('a', ['x'], { formerIds: ['w'] }),
    ]);
    expect(lock).toEqual({ notes: { a: ['w', 'x'], b: ['gone', 'y', 'z'] } });
  });
});

describe('the pages of lists cut into pages', () => {
  test('are recorded as built, kept once recorded, and other pages are not recorded', () => {
    const built = ['', 'page/2/', 'timeline/', 'timeline/2025/', 'timeline/2025/page/3/', 'figures/by-size/page/2/'];
    const first = extendLock({ notes: {} }, [], [...built, 'notes/deal/', 'parties/openai/', 'search/']);
    expect(first.pages).toEqual(['figures/by-size/page/2/', 'page/2/', 'timeline/2025/', 'timeline/2025/page/3/']);
    expect(extendLock(first, [], ['page/3/']).pages).toEqual([...(first.pages ?? []), 'page/3/'].sort());
    expect(extendLock({ notes: {} }, [], ['notes/deal/'])).toEqual({ notes: {} });
  });
});
