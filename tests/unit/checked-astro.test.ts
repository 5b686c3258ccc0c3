import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CHECKED_ASTRO } from '../../src/build-cache/checked-astro.ts';

test('the installed Astro is one whose private files Gloss was checked against', () => {
  const { version } = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string };
  // An upgrade fails here until data-store-from-disk.ts and build-cache/page-cache.ts are checked against it
  // (tests/faults/ builds with it) and its version is added to CHECKED_ASTRO.
  expect(CHECKED_ASTRO).toContain(version);
});
