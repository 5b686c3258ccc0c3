/**
 * Astro integration: after a build has written every page, the links it published (each note's page and its
 * annotations' ids) are added to the record of published links, which later checks hold the notes to. Only a
 * build that succeeded publishes anything, so only then is the record extended.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lastCheck } from '../loading/last-check.ts';
import { lockPathOf, readLock, writeLock } from '../loading/links-lock.ts';
import { extendLock } from '../lib/published-links.ts';

export default function recordLinks(): AstroIntegration {
  let root: string | undefined;
  return {
    name: 'gloss:record-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ logger, pages }) => {
        const checked = lastCheck();
        const path = root && lockPathOf(root);
        if (!checked || !path) return;
        if (
          writeLock(
            path,
            extendLock(
              readLock(path),
              checked.published,
              // Astro gives them without the base path, with or without their slashes.
              pages.map((page) => `${page.pathname.replace(/^\/|\/$/g, '')}/`),
            ),
          )
        )
          logger.info(`recorded new links in ${path}`);
      },
    },
  };
}
