/**
 * Astro integration, for builds: the pages read the content store from a file when they run, rather than from
 * a copy of it bundled as one JavaScript string literal (`export default JSON.parse("…")`). A build's store holds
 * every note rendered, with its records: 16 MB at 1,000 notes, 164 MB at 10,000. Bundled, Vite parses and writes
 * it again at every build, and V8 takes the square of a literal's length to compile it past about 10 MB (16 MB:
 * 0.5 s, 40 MB: 5.7 s, 80 MB: 22 s), so the cost of a note grew with the number of notes. Astro's own remedy,
 * `experimental.collectionStorage: 'chunked'`, writes its chunks a character at a time and added 65 s to a build
 * of 5,000 notes.
 *
 * The file holds exactly the text Astro put in the literal. This depends on the text of Astro's generated module,
 * checked against the versions in CHECKED_ASTRO (a unit test fails on an upgrade nobody checked): a module of
 * any other form is left as Astro made it and the build says so in one line; a build in which the module never
 * came by says so too. The pages stop the build when the file is missing, as Astro's own reader would swallow
 * the error and publish a site without notes. `astro dev` is left alone: its store holds each note's digest
 * alone (see dev-notes.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { CHECKED_ASTRO } from '../build-cache/checked-astro.ts';

const DATA_STORE_MODULE = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** The store's text in Astro's module for it, if the module is that one literal. */
export function storeTextOf(code: string): string | undefined {
  if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return undefined;
  try {
    const text: unknown = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A module that reads the store's text from `file` when it runs, and stops the process if it cannot, or if the
 * text is not the one written for it (`digest`): the pages never read a store other than the one the build made.
 */
export const storeReadFrom = (file: string, digest?: string): string => `import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
const stop = (reason) => {
  console.error(\`Gloss: the pages cannot read the notes' store (\${reason}: ${JSON.stringify(file).slice(1, -1)}); nothing was built.\`);
  process.exit(1);
};
let text;
try {
  text = readFileSync(${JSON.stringify(file)}, 'utf8');
} catch (error) {
  stop(error.code ?? error.message);
}
${digest === undefined ? '' : `if (createHash('sha256').update(text).digest('base64url') !== ${JSON.stringify(digest)}) stop('it was changed during the build');\n`}${PREFIX}text${SUFFIX};
`;

const digestOf = (text: string): string => createHash('sha256').update(text).digest('base64url');

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

/**
 * Before a build: a store that is not JSON any more is removed, and the reason returned. Astro would set it aside
 * without a word and start from an empty store; now the build says why every note is rendered again. So is one
 * whose collections are not of the form Astro reads (above). A store that passes is Astro's to read, and each note in it the loader's to check (see the seals in note-record.ts).
 */
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

/** What became of Astro's store module in a build. */
interface Outcome {
  seen: boolean;
  /** Megabytes moved to the file, when it was. */
  moved?: number;
}

function storeFromDiskPlugin(file: string, outcome: Outcome): Plugin {
  return {
    name: 'gloss:data-store-from-disk',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE) return null;
      outcome.seen = true;
      const text = storeTextOf(code);
      if (text === undefined) return null;
      writeFileSync(file, text);
      outcome.moved = text.length / 1e6;
      return { code: storeReadFrom(file, digestOf(text)), map: { mappings: '' } };
    },
  };
}

export default function dataStoreFromDisk(): AstroIntegration {
  let file: string | undefined;
  const outcome: Outcome = { seen: false };
  return {
    name: 'gloss:data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        file = fileURLToPath(new URL('data-store.pages.json', config.cacheDir));
        updateConfig({ vite: { plugins: [storeFromDiskPlugin(file, outcome)] } });
      },
      'astro:build:generated': ({ logger }) => {
        if (!file) return;
        if (outcome.moved !== undefined)
          logger.info(`the pages read the notes' store from disk (${outcome.moved.toFixed(1)} MB)`);
        else if (outcome.seen)
          logger.warn(
            `Astro's store module is not of the form checked with astro ${CHECKED_ASTRO.join(', ')}: the pages read it as Astro bundled it (slower past a few thousand notes)`,
          );
        else
          logger.warn("Astro's store module was not found in this build: the pages read the notes as Astro gives them");
      },
      // The pages have been written: the copy is not needed any more (the store itself stays, for the next build).
      'astro:build:done': () => {
        if (file) rmSync(file, { force: true });
      },
    },
  };
}
