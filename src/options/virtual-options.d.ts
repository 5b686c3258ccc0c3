/** The module `gloss()` serves (options-module.ts): the site's settings, validated once in astro.config.mjs. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient module cannot import relative paths: its types are named by import() */
declare module 'virtual:gloss/options' {
  /** The settings, with the words of the site's language. */
  export const site: import('./site.ts').Site;
  /** The `gloss()` options, validated, every default filled in. */
  export const options: import('./options-schema.ts').GlossOptions;
  /** The language of the site's own words: its pages (`<html lang>`) and the descriptions in its open data. */
  export const SITE_LANGUAGE: string;
  /** The site's own words in that language. */
  export const WORDS: import('../words/site-words.ts').SiteWords;
  /** How many items a page of each list holds. */
  export const PAGE_SIZE: import('./options-schema.ts').GlossOptions['pageSize'];
  /** Whether each annotation has a page of its own. */
  export const ANNOTATION_PAGES: boolean;
  /** Who writes the notes, and their address: the creator of every annotation in the open data. */
  export const SITE_AUTHOR: string | undefined;
  export const SITE_AUTHOR_URL: string | undefined;
  /** Astro's cache folder, absolute: the share cards are kept in it too. */
  export const CACHE_FOLDER: string;
  /** The record of published links, absolute, if the site has one (the `linksLock` option). */
  export const LINKS_LOCK: string | undefined;
  /** A page's `cacheKey` for Astro's incremental build, over the settings and `parts`. */
  export const cacheKeyOf: (...parts: unknown[]) => string;
}
