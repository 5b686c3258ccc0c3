/** Where the tests find their notes and build their sites; the sites are git-ignored. */
/** The test site's own notes: a copy of the first note as it was written, and notes made for the tests. */
export const SITE_NOTES = 'tests/fixtures/site-notes';
export const TEST_DIST = '.test-dist/site';
/** The site built from the fixture notes that share parties across notes. */
export const CROSS_DIST = '.test-dist/cross';
export const CROSS_NOTES = 'tests/fixtures/cross-notes';
