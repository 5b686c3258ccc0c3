/**
 * Before a build, Astro's content store (`data-store.json` in the cache folder) is looked at once: Astro sets a
 * store that is not JSON aside without a word, and stops with a stack trace on one that is JSON of another form.
 * Either is removed here, in one line, so that every note is rendered again; each note of a store that passes is
 * the loader's to check (see the seals in loading/note-record.ts).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's content store, in the cache folder (`experimental.collectionStorage` left as 'single-file'). */
export const STORE_FILE = 'data-store.json';

/**
 * Whether `values` is, as far as Astro reads it before the loaders run, a store in devalue's form: a list of values
 * whose first is a map of collections by name, each a map of its entries by id (the meta collection's are
 * strings, every other's objects). Astro would stop on anything else with a stack trace.
 */
function isStoreShaped(values: unknown): boolean {
  if (!Array.isArray(values)) return false;
  const at = (index: unknown): unknown =>
    Number.isInteger(index) && (index as number) >= 0 ? values[index as number] : undefined;
  const pairsOf = (map: unknown): Array<[unknown, unknown]> | undefined => {
    if (!Array.isArray(map) || map[0] !== 'Map' || map.length % 2 !== 1) return undefined;
    const pairs: Array<[unknown, unknown]> = [];
    for (let i = 1; i < map.length; i += 2) pairs.push([at(map[i]), at(map[i + 1])]);
    return pairs;
  };
  const collections = pairsOf(values[0]);
  if (!collections) return false;
  return collections.every(([name, collection]) => {
    const entries = pairsOf(collection);
    return (
      typeof name === 'string' &&
      entries !== undefined &&
      entries.every(([id, entry]) =>
        name === 'meta::meta'
          ? typeof id === 'string' && typeof entry === 'string'
          : typeof id === 'string' && typeof entry === 'object' && entry !== null && !Array.isArray(entry),
      )
    );
  });
}

/** Before a build: a store that is not JSON, or not of the form Astro reads (above), is removed, and the reason returned. */
export function discardUnreadableStore(cacheDir: string): string | undefined {
  const file = join(cacheDir, STORE_FILE);
  if (!existsSync(file)) return undefined;
  let reason: string | undefined;
  try {
    if (!isStoreShaped(JSON.parse(readFileSync(file, 'utf8')))) reason = "it is not of the form of Astro's store";
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  if (reason === undefined) return undefined;
  rmSync(file, { force: true });
  return `Gloss: the notes' store ${file} could not be read (${reason.slice(0, 120)}): it was removed, and every note is rendered again.`;
}
