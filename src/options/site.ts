/**
 * What the site's code reads of its settings: the `gloss()` options validated, with Astro's `site` and `base`,
 * and the words of the site's language. Every cache decision hashes these settings whole, through
 * `settingsDigest`, so that an option added to the schema decides every rebuild without being listed again.
 */
import { createHash } from 'node:crypto';
import { siteWordsFor, type SiteWords } from '../words/site-words.ts';
import { glossOptions, type GlossOptions } from './options-schema.ts';

/** The settings every cache key hashes: plain data, written as JSON into the virtual module. */
export interface SiteSettings {
  /** The `gloss()` options, validated. */
  options: GlossOptions;
  /** Astro's `site`: where the site is published. */
  site: string;
  /** Astro's `base`: the subfolder it is served from. */
  base: string;
}

/** The site's settings, with what follows from them. */
export interface Site extends SiteSettings {
  /** The language of the site's own words, as Intl writes it. */
  language: string;
  /** The site's own words in that language, its dates and numbers written for it by Intl. */
  words: SiteWords;
}

/** A digest of the settings, whole: what every cache key, version and fingerprint takes of them. */
export const settingsDigest = (settings: SiteSettings): string =>
  createHash('sha256')
    .update(JSON.stringify([settings.options, settings.site, settings.base]))
    .digest('hex')
    .slice(0, 16);

/** The settings, with the words of their language. */
export function siteOf(settings: SiteSettings): Site {
  const { language, words } = siteWordsFor(settings.options.language);
  return { ...settings, language, words };
}

/** The default settings (every option at its default, at the domain root): for tests and benchmarks. */
export const defaultSettings = (options: Parameters<typeof glossOptions>[0] = {}): SiteSettings => ({
  options: glossOptions(options),
  site: 'https://gloss.example.org',
  base: '/',
});
