/**
 * Astro integration that `npm run build` adds to its build: once every page is written, the Pagefind index of the
 * notes' pages, built in a process of its own (see index-search.ts: Pagefind's death would otherwise leave a
 * promise that never settles). A failure stops the build with the reason in one line.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSearchApart } from './index-search.ts';

/** The search index could not be written; `message` says why, in one line. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** `started` is given Pagefind's process, which the build stops with itself when it is interrupted. */
export default function searchIndex(started?: (child: ChildProcess) => void): AstroIntegration {
  return {
    name: 'gloss:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('Indexing the notes for search…');
        const failed = await indexSearchApart(fileURLToPath(dir), started);
        if (failed) throw new SearchIndexError(failed);
      },
    },
  };
}
