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
import { rmSync, writeFileSync } from 'node:fs';
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

/** A module that reads the store's text from `file` when it runs, and stops the process if it cannot. */
export const storeReadFrom = (file: string): string => `import { readFileSync } from 'node:fs';
let text;
try {
  text = readFileSync(${JSON.stringify(file)}, 'utf8');
} catch (error) {
  console.error(\`Gloss: the pages cannot read the notes' store (\${error.code ?? error.message}: ${JSON.stringify(file).slice(1, -1)}); nothing was built.\`);
  process.exit(1);
}
${PREFIX}text${SUFFIX};
`;

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
      return { code: storeReadFrom(file), map: { mappings: '' } };
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
