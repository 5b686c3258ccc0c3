/**
 * Builds the Pagefind index of a built site from its note pages alone (the parts marked `data-pagefind-body`).
 * The rest of the site (annotation pages, pages across notes) repeats what they hold, and parsing it all took
 * longer than the build itself. A note's annotations are found through its page: the search page reads which
 * passages and margin notes hold the words found (`src/site/search-passages.ts`), so they need no records of their
 * own, which would have grown the index every search loads first twelvefold.
 *
 * Each page is indexed under the language its text is written in, one bundle per language (see search-bundles.ts),
 * with its ligatures written out ("Cœuré" as "Coeuré"), as the search page writes out those of a query.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundles, searchLanguageOf } from '../src/site/search-bundles.ts';
import { foldLigatures } from '../src/site/search-folding.ts';

/** The language NoteBody.astro marks a note's text with, when it is not the site's. */
const TEXT_LANGUAGE = /<div class="note-body"(?: lang="([^"]+)")?/;

interface NotePage {
  url: string;
  content: string;
  language: string;
}

function notePages(site: string): NotePage[] {
  const folder = join(site, 'notes');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((slug) => {
    const file = join(folder, slug, 'index.html');
    if (!existsSync(file)) return [];
    const content = readFileSync(file, 'utf8');
    // A note's former address has a page that only points on, with no `data-pagefind-body`: it is left out.
    if (!content.includes('data-pagefind-body')) return [];
    const language = searchLanguageOf(TEXT_LANGUAGE.exec(content)?.[1]);
    return [{ url: `/notes/${slug}/`, content: foldLigatures(content), language }];
  });
}

export async function indexSearch(site: string): Promise<void> {
  const pages = notePages(site);
  try {
    for (const bundle of searchBundles(pages.map((page) => page.language))) {
      const { index, errors } = await pagefind.createIndex({
        forceLanguage: bundle.language,
        // Link labels and hidden helper text are not what a note says.
        excludeSelectors: ['.gloss-links', '.visually-hidden', '.heading-link', '.overview'],
      });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      for (const page of pages.filter((each) => each.language === bundle.language)) {
        const added = await index.addHTMLFile({ url: page.url, content: page.content });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: join(site, bundle.path) });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
}
