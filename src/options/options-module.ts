/**
 * The Vite plugin behind `virtual:gloss/options`: the site's settings, validated once by `gloss()`, as the module
 * pages, components and the content config import (typed in virtual-options.d.ts). It holds the settings as
 * JSON, and derives the rest with the same pure functions the commands use.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { SiteSettings } from './site.ts';

const ID = 'virtual:gloss/options';
const RESOLVED = `\0${ID}`;

/** A module of `src/`, by its absolute path, for the virtual module to import. */
const source = (path: string): string => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));

/** `folders`: Astro's cache folder and the record of published links, absolute (the latter, if any). */
export function glossOptionsModule(
  settings: SiteSettings,
  folders: { cacheFolder: string; linksLock: string | undefined },
): Plugin {
  return {
    name: 'gloss:options',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? [
            `import { siteOf } from ${source('./site.ts')};`,
            `import { pageCacheKey } from ${source('../build-cache/cache-key.ts')};`,
            `export const site = siteOf(${JSON.stringify(settings)});`,
            'export const options = site.options;',
            'export const SITE_LANGUAGE = site.language;',
            'export const WORDS = site.words;',
            'export const PAGE_SIZE = options.pageSize;',
            'export const ANNOTATION_PAGES = options.annotationPages;',
            'export const SITE_AUTHOR = options.author.name;',
            'export const SITE_AUTHOR_URL = options.author.url;',
            `export const CACHE_FOLDER = ${JSON.stringify(folders.cacheFolder)};`,
            `export const LINKS_LOCK = ${JSON.stringify(folders.linksLock)};`,
            'export const cacheKeyOf = pageCacheKey(site);',
          ].join('\n')
        : undefined,
  };
}
