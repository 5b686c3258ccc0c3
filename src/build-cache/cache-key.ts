/**
 * A page's `cacheKey` for Astro's incremental build: a hash of everything from the notes that the page shows.
 * Astro copies the page from the last build when this key and the page's code are both unchanged, so the key
 * must cover every value the page reads that does not come from its code.
 */
import { createHash } from 'node:crypto';
import { settingsDigest, type SiteSettings } from '../options/site.ts';

/**
 * The keys of a site's pages. Every page is written with the site's settings (its words, its addresses, its
 * lists' sizes), which its code does not hold: their digest is in every key.
 */
export function pageCacheKey(settings: SiteSettings): (...parts: unknown[]) => string {
  const version = settingsDigest(settings);
  return (...parts) =>
    createHash('sha256')
      .update(JSON.stringify([version, parts]))
      .digest('base64url')
      .slice(0, 24);
}
