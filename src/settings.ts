/**
 * The site's settings that come from the environment (SITE_URL and BASE_PATH are read by astro.config.mjs).
 *
 * - GLOSS_NOTES: the notes folder; `content/notes` unless a test builds fixture notes.
 * - ANNOTATION_PAGES=off: no page per annotation (`/notes/<slug>/<id>/`), for very large sites.
 * - SITE_AUTHOR: who writes the notes, named as the creator of every annotation in the open data.
 */
export const NOTES_FOLDER = process.env['GLOSS_NOTES'] ?? 'content/notes';

export const ANNOTATION_PAGES = process.env['ANNOTATION_PAGES'] !== 'off';

export const SITE_AUTHOR = process.env['SITE_AUTHOR'] || undefined;

/** The language of the site's own words: its pages (`<html lang>`) and the descriptions in its open data. */
export const SITE_LANGUAGE = 'en';
