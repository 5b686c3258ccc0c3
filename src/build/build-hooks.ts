/**
 * The Astro integration `npm run build` adds to its build: once every page is written, every note that was not
 * left out for its drafts must have its page (a store that came up empty would otherwise publish a site without
 * notes), and the Pagefind index of the notes' pages is built, in a process of its own (see index-search.ts:
 * Pagefind's death would otherwise leave a promise that never settles). A failure is handed to `refuse`, which
 * says it in one line and ends the build: thrown from a hook, Astro would print a line of its own before it.
 */
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCheck } from '../loading/notes-check.ts';
import { missingNotePages } from '../site/missing-note-pages.ts';
import { indexSearchApart } from '../search/index-search.ts';

export interface BuildHooksOptions {
  /** The notes folder, relative to the project. */
  notes: string;
  /** The language of the site's own words, which a note with no language of its own is indexed in. */
  language: string;
  search: boolean;
  /** Given Pagefind's process, which the build stops with itself when it is interrupted. */
  started: (child: ChildProcess) => void;
  refuse: (reason: string) => never;
}

export default function buildHooks({ notes, language, search, started, refuse }: BuildHooksOptions): AstroIntegration {
  let root = '';
  let cacheDir = '';
  return {
    name: 'gloss:build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Notes left out while their drafts await review were said so by the loader.
        const leftOut = new Set(readCheck(cacheDir)?.leftOut ?? []);
        const missing = missingNotePages(resolve(root, notes), fileURLToPath(dir), root).filter(
          (file) => !leftOut.has(file),
        );
        if (missing.length > 0)
          refuse(
            `${missing.length} note(s) have no page in the new build: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
          );
        if (!search) return;
        logger.info('Indexing the notes for search…');
        const failed = await indexSearchApart(fileURLToPath(dir), language, started);
        if (failed) refuse(failed);
      },
    },
  };
}
