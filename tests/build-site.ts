/** Vitest global setup: builds the site once, with `npm run build`'s own script, for the site and browser tests. */
import { buildOrThrow } from './build.ts';
import { TEST_DIST } from './paths.ts';

let built = false;

export default function buildSite(): void {
  if (built) return;
  buildOrThrow(TEST_DIST);
  built = true;
}
