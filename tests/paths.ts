/** Where the tests find their notes and build their sites; the sites are git-ignored. */
/** The test site's own notes: a copy of the first note as it was written, and notes made for the tests. */
export const SITE_NOTES = 'tests/fixtures/site-notes';
export const TEST_DIST = '.test-dist/site';
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
/** The site built from the fixture notes that share parties across notes. */
export const CROSS_DIST = '.test-dist/cross';
export const CROSS_NOTES = 'tests/fixtures/cross-notes';
/**
 * How that site is built: two items a page, so its few notes fill lists of several pages; and a record of
 * published links (copied, as a build extends it) that names pages the lists no longer need.
 */
export const CROSS_ENV = { GLOSS_NOTES: CROSS_NOTES, PAGE_SIZE: '2', GLOSS_LOCK: '.test-dist/cross.lock' };
export const CROSS_LOCK_FIXTURE = 'tests/fixtures/lock/split-pages/links.lock.json';

/** Where the browser tests write screenshots for people to look at (not committed). */
export const SCREENSHOTS = 'tests/screenshots';
