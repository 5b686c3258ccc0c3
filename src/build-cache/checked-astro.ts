/**
 * The versions of Astro whose private files Gloss reads (the generated store module in data-store-from-disk.ts,
 * the incremental cache in build-cache/page-cache.ts), each checked by hand and by tests/faults/. A unit test
 * fails when the installed Astro is not one of them: an upgrade is checked before it is trusted.
 */
export const CHECKED_ASTRO = ['7.3.5'];
