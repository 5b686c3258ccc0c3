/**
 * What a note's stored rendering depends on, so the loader renders it again only when one of them changes: its
 * bytes and the version of the code and settings that render it (`renderVersion`), then what its margin notes
 * link to across notes (its dates' and figures' rows, which the notes before them decide: see margin-links.ts).
 * Astro's `generateDigest` hashes the keys.
 */

/** The key of a note's bytes under a rendering version: when it is unchanged, the note need not be read again. */
export const sourceKey = (version: string, raw: string): string => `${version}\0${raw}`;

/** The key of a note's rendering: its source's digest and its links across notes. */
export const renderKey = (sourceDigest: string, linksKey: string): string => `${sourceDigest}\0${linksKey}`;
