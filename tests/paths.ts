/** Where the tests build things; all git-ignored. */
export const TEST_DIST = '.test-dist/site';
export const SEED_NOTE = 'content/notes/openai-google-cloud.md';
