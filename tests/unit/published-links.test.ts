import { describe, expect, test } from 'vitest';
import { extendLock, lostLinks, type PublishedNote } from '../../src/lib/published-links.ts';

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
    expect(lostLinks(lock, [note('the-deal', ['openai', 'may'])])).toMatchObject([
      { link: '/notes/deal/', fix: 'add `formerSlugs: [deal]` to the note that took its place, or put the note back' },
    ]);
  });

  test('names each id that the note no longer answers to, in the note that should', () => {
    expect(lostLinks(lock, [note('deal', ['openai', 'in-may'])])).toMatchObject([
      { file: 'deal.md', link: '/notes/deal/#may', fix: expect.stringContaining('`formerIds: [may]`') },
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
