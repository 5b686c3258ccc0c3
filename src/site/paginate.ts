/**
 * Lists that grow with the notes (the notes, the timeline of a year, the figures, a party's notes) are cut into
 * pages of a fixed size, so no page of the site grows without bound. A list's first page keeps the list's own
 * address; the others are `<first>page/<n>/`. How many items a page holds is a setting (`PAGE_SIZE`).
 */

export interface Page<T> {
  items: T[];
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has; at least 1, as an empty list still has its first page. */
  count: number;
}

export function pagesOf<T>(items: readonly T[], size: number): Array<Page<T>> {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
  }));
}

/** The address of page `number` of the list whose first page is at `first` (which ends in a slash). */
export const pageHref = (first: string, number: number): string => (number <= 1 ? first : `${first}page/${number}/`);

/** The route parameter of page `number`: none for the first page, `page/<n>` for the others. */
export const pageParam = (number: number): string | undefined => (number <= 1 ? undefined : `page/${number}`);
