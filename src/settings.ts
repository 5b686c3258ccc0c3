/**
 * The site's settings that come from the environment (SITE_URL and BASE_PATH are read by astro.config.mjs).
 *
 * - GLOSS_NOTES: the notes folder; `content/notes` unless a test builds fixture notes.
 * - ANNOTATION_PAGES=off: no page per annotation (`/notes/<slug>/<id>/`), for very large sites.
 * - SITE_AUTHOR: who writes the notes, named as the creator of every annotation in the open data.
 * - SITE_AUTHOR_URL: the author's own address (a home page, an ORCID, a `mailto:`), the creator's `id` there.
 * - PAGE_SIZE: how many items every list cut into pages holds on a page, instead of the sizes below (the tests
 *   use 2, to see lists of a few notes cut into pages).
 * - GLOSS_STRICT=1 (`npm run build -- --strict`): any draft stops the build, even in a note never published.
 * - SITE_LANGUAGE: the language of the site's own words, `en` unless set (see src/words/).
 */
import { siteWordsFor } from './words/site-words.ts';

export const NOTES_FOLDER = process.env['GLOSS_NOTES'] ?? 'content/notes';

export const ANNOTATION_PAGES = process.env['ANNOTATION_PAGES'] !== 'off';

export const SITE_AUTHOR = process.env['SITE_AUTHOR'] || undefined;

/** SITE_AUTHOR_URL, if it is an absolute IRI; any other value stops every command at once, in one line. */
function authorUrl(): string | undefined {
  const value = process.env['SITE_AUTHOR_URL'] || undefined;
  if (value === undefined || URL.canParse(value)) return value;
  process.stderr.write(
    `SITE_AUTHOR_URL "${value}" is not an absolute address: write one like https://example.org/me\n`,
  );
  return process.exit(1);
}

export const SITE_AUTHOR_URL = authorUrl();

export const STRICT_DRAFTS = process.env['GLOSS_STRICT'] === '1';

/** What a build keeps for the next one (GLOSS_CACHE_DIR, as astro.config.mjs's `cacheDir`): the share cards too. */
export const CACHE_FOLDER = process.env['GLOSS_CACHE_DIR'] ?? '.cache';

/** The words for SITE_LANGUAGE; a setting no table answers stops every command at once, in one line. */
function siteWords(): ReturnType<typeof siteWordsFor> {
  try {
    return siteWordsFor(process.env['SITE_LANGUAGE'] || 'en');
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return process.exit(1);
  }
}

const site = siteWords();

/** The language of the site's own words: its pages (`<html lang>`) and the descriptions in its open data. */
export const SITE_LANGUAGE = site.language;

/** The site's own words in that language, its dates and numbers written for it by Intl. */
export const WORDS = site.words;

const pageSize = Number(process.env['PAGE_SIZE']) || undefined;

/** How many items a page of each list holds: small enough for a phone at any number of notes. */
export const PAGE_SIZE = {
  /** Notes on a page of the home page. */
  notes: pageSize ?? 50,
  /** Rows of the timeline of a year, or of the figures in one order. */
  rows: pageSize ?? 400,
  /** A party's notes on a page of its own, each with its passages in context. */
  appearances: pageSize ?? 40,
  /** Parties on a page of the index of parties. */
  parties: pageSize ?? 400,
};
