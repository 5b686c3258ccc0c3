/**
 * The page a note file gets: `Deal Notes.md` is `deal-notes`, as Astro's glob() loader named its entries, so the
 * pages published before the site had a loader of its own keep their addresses.
 */
import { slug } from 'github-slugger';

export const pageSlugOf = (fileName: string): string =>
  slug(fileName.split(/[\\/]/).at(-1)?.replace(/\.md$/i, '') ?? '');
