/**
 * Astro integration: after a build has written every page, every note that was not left out for its drafts must
 * have its page (a store that came up empty would otherwise publish a site without notes), and the links the build
 * would publish (each note's page and its annotations' ids, the pages of lists cut into pages, whether annotations
 * have pages of their own) are left in the cache folder. `npm run build` adds them to the record of published
 * links once the new site is in place, so a build that is stopped or refused never records a link it did not
 * publish.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetCheck, readCheck } from '../loading/notes-check.ts';
import { lockPathOf, PENDING_LOCK, readLock, writePendingLock } from '../loading/links-lock.ts';
import { missingNotePages } from '../site/missing-note-pages.ts';
import { extendLock } from '../site/published-links.ts';
import { ANNOTATION_PAGES, NOTES_FOLDER } from '../settings.ts';

/** Notes with no page in the site just built. */
export class MissingPagesError extends Error {
  override name = 'MissingPagesError';
  constructor(missing: string[]) {
    super(
      `${missing.length} note(s) have no page in the new build: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
    );
  }
}

export default function recordLinks(): AstroIntegration {
  let root: string | undefined;
  let pending: string | undefined;
  let cacheDir: string | undefined;
  return {
    name: 'gloss:record-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        pending = fileURLToPath(new URL(PENDING_LOCK, config.cacheDir));
        // Before the notes are loaded: the check read at the end is the one this build's loader wrote.
        forgetCheck(cacheDir);
      },
      'astro:build:done': ({ dir, pages }) => {
        if (!cacheDir || !pending || !root) return;
        const checked = readCheck(cacheDir);
        // Notes left out while their drafts await review were said so by the loader.
        const leftOut = new Set(checked?.leftOut ?? []);
        const missing = missingNotePages(resolve(root, NOTES_FOLDER), fileURLToPath(dir), root).filter(
          (file) => !leftOut.has(file),
        );
        if (missing.length > 0) throw new MissingPagesError(missing);
        if (!checked) return;
        const path = lockPathOf(root);
        writePendingLock(pending, {
          path,
          lock: path
            ? extendLock(
                readLock(path),
                checked.published,
                // Astro gives them without the base path, with or without their slashes.
                pages.map((page) => `${page.pathname.replace(/^\/|\/$/g, '')}/`),
                ANNOTATION_PAGES,
              )
            : undefined,
          leftOut: [...leftOut],
        });
      },
    },
  };
}
