/** The page a note file gets, named as Astro's glob() loader names its entries: `Deal Notes.md` is `deal-notes`. */
import { slug } from 'github-slugger';

export const pageSlugOf = (fileName: string): string =>
  slug(fileName.split(/[\\/]/).at(-1)?.replace(/\.md$/i, '') ?? '');
