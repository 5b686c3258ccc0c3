/**
 * Astro integration: after a build has written every page, the links it would publish (each note's page and its
 * annotations' ids, the pages of lists cut into pages, whether annotations have pages of their own) are left in
 * the cache folder. `npm run build` adds them to the record of published links once the new site is in place,
 * so a build that is stopped or refused never records a link it did not publish.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetCheck, readCheck } from '../loading/notes-check.ts';
import { lockPathOf, PENDING_LOCK, readLock, writePendingLock } from '../loading/links-lock.ts';
import { extendLock } from '../site/published-links.ts';
import type { GlossOptions } from '../options/options-schema.ts';

export default function recordLinks(options: GlossOptions): AstroIntegration {
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
      'astro:build:done': ({ pages }) => {
        const checked = cacheDir ? readCheck(cacheDir) : undefined;
        const path = root && lockPathOf(root, options);
        if (!checked || !pending) return;
        writePendingLock(pending, {
          path,
          lock: path
            ? extendLock(
                readLock(path),
                checked.published,
                // Astro gives them without the base path, with or without their slashes.
                pages.map((page) => `${page.pathname.replace(/^\/|\/$/g, '')}/`),
                options.annotationPages,
              )
            : undefined,
          leftOut: checked.leftOut ?? [],
        });
      },
    },
  };
}
