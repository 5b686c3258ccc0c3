/** Where the tests find their notes (the sites they build: `support/test-sites.ts`, git-ignored under .test-dist/). */
/** The test site's own notes: a copy of the first note as it was written, and notes made for the tests. */
export const SITE_NOTES = 'tests/fixtures/site-notes';
/** Notes written in other languages than the site's: French, and Arabic (right to left). */
export const LANGUAGE_NOTES = 'tests/fixtures/language-notes';
/** A page of each kind a site of the language notes has, known before it is built (tests are listed first). */
export const LANGUAGE_SITE_PATHS = [
  '/',
  '/notes/hydrogene/',
  '/notes/tahlia/',
  '/parties/',
  '/timeline/',
  '/figures/',
  '/search/',
  '/vocabulary/',
];
/** The fixture notes that share parties across notes. */
export const CROSS_NOTES = 'tests/fixtures/cross-notes';
export const CROSS_LOCK_FIXTURE = 'tests/fixtures/lock/split-pages/links.lock.json';

/** Where the browser tests write screenshots for people to look at (not committed). */
export const SCREENSHOTS = 'tests/screenshots';
