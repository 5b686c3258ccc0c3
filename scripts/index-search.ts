/**
 * Builds the Pagefind index of a built site from its note pages alone (the parts marked `data-pagefind-body`).
 * The rest of the site (annotation pages, pages across notes) repeats what they hold, and parsing it all took
 * longer than the build itself. A note's annotations are found through its page: the search page reads which
 * passages and margin notes hold the words found (`src/site/search-passages.ts`), so they need no records of their
 * own, which would have grown the index every search loads first twelvefold.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSearch(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // Link labels and hidden helper text are not what a note says.
    excludeSelectors: ['.gloss-links', '.visually-hidden', '.heading-link', '.overview'],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // A note's former address has a page that only points on, with no `data-pagefind-body`: Pagefind leaves it out.
  const pages = await index.addDirectory({ path: site, glob: 'notes/*/index.html' });
  if (pages.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${pages.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
}
