/**
 * A step of `npm run build` that runs the notes loader as Astro's content sync does at the start of a build, then
 * writes the stand-in's pages (tests/support/stand-in-build.ts): for the refusals the loader makes before any page
 * is built, in the test's process. The settings are read from astro.config.mjs afresh when the step starts, as
 * Astro reads it then, so that what the command put in the environment (GLOSS_STRICT for `--strict`) counts.
 * Astro's loader context is stood in for by a map, and a logger that prints as Astro's does.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { BuildPages } from '../../src/build/astro-pages.ts';
import { notesLoader } from '../../src/loading/notes-loader.ts';
import { standInPages } from '../support/stand-in-build.ts';
import { freshSettings } from './fault-site.ts';

/** Astro's loader context, as far as the notes loader reads it, over an empty store. */
function loaderContext(cacheDir: string): LoaderContext {
  const entries = new Map<string, { id: string }>();
  const store = {
    set: (entry: { id: string }) => (entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
  };
  const print = (message: string): void => console.log(`[gloss:notes] ${message}`);
  mkdirSync(cacheDir, { recursive: true });
  return {
    config: { root: pathToFileURL(`${process.cwd()}/`), cacheDir: pathToFileURL(`${cacheDir}/`), base: '/' },
    store,
    logger: { info: print, warn: print, error: print },
    generateDigest: (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16),
  } as unknown as LoaderContext;
}

export const loaderPages: BuildPages = async (step) => {
  const settings = await freshSettings();
  // A cache of the loader's own beside the build's: it only reads the notes and the record of published links.
  await notesLoader(settings.options.notes, settings).load(loaderContext(join(step.cache, 'loader-step')));
  await standInPages(step);
};
