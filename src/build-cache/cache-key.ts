/**
 * A page's `cacheKey` for Astro's incremental build: a hash of everything from the notes that the page shows.
 * Astro copies the page from the last build when this key and the page's code are both unchanged, so the key
 * must cover every value the page reads that does not come from its code.
 */
import { createHash } from 'node:crypto';
import { SITE_LANGUAGE } from '../settings.ts';

/** Every page is written in the site's words, which its code does not hold: their language is in every key. */
export const cacheKeyOf = (...parts: unknown[]): string =>
  createHash('sha256')
    .update(JSON.stringify([SITE_LANGUAGE, parts]))
    .digest('base64url')
    .slice(0, 24);
