/** Where the tests build things; all git-ignored. */
export const TEST_DIST = '.test-dist/site';
export const SEED_NOTE = 'content/notes/openai-google-cloud.md';
/** The site built from the fixture notes that share parties across notes. */
export const CROSS_DIST = '.test-dist/cross';
export const CROSS_NOTES = 'tests/fixtures/cross-notes';
