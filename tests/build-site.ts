/**
 * Vitest global setup: builds, with `npm run build`'s own script, the site of the tests' own notes and the site of the
 * fixture notes shared across notes, once, for the site and browser tests.
 */
import { buildOrThrow } from './build.ts';
import { CROSS_DIST, CROSS_NOTES, SITE_NOTES, TEST_DIST } from './paths.ts';

let built = false;

export default function buildSites(): void {
  if (built) return;
  buildOrThrow(TEST_DIST, { GLOSS_NOTES: SITE_NOTES, SITE_AUTHOR: 'Test Annotator' });
  buildOrThrow(CROSS_DIST, { GLOSS_NOTES: CROSS_NOTES });
  built = true;
}
