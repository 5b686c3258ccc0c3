/**
 * Vitest global setup: builds, with `npm run build`'s own script, the site of the tests' own notes and the site of the
 * fixture notes shared across notes, once, for the site and browser tests.
 */
import { buildOrThrow } from './build.ts';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { CROSS_DIST, CROSS_ENV, CROSS_LOCK_FIXTURE, SITE_NOTES, TEST_DIST } from './paths.ts';

let built = false;

export default function buildSites(): void {
  if (built) return;
  buildOrThrow(TEST_DIST, {
    GLOSS_NOTES: SITE_NOTES,
    SITE_AUTHOR: 'Test Annotator',
    SITE_AUTHOR_URL: 'https://annotator.example.org/',
  });
  mkdirSync('.test-dist', { recursive: true });
  // The fixture is a record in the old JSON form, which the build carries over to one link a line; a JSON record
  // an earlier run left beside it would be read with it.
  rmSync(`${CROSS_ENV.GLOSS_LOCK}.json`, { force: true });
  copyFileSync(CROSS_LOCK_FIXTURE, CROSS_ENV.GLOSS_LOCK);
  buildOrThrow(CROSS_DIST, CROSS_ENV);
  built = true;
}
