/**
 * Astro integration, for builds: the pages read the content store from a file when they run, rather than from
 * a copy of it bundled as one JavaScript string literal (`export default JSON.parse("…")`). A build's store holds
 * every note rendered, with its records: 16 MB at 1,000 notes, 164 MB at 10,000. Bundled, Vite parses and writes
 * it again at every build, and V8 takes the square of a literal's length to compile it past about 10 MB (16 MB:
 * 0.5 s, 40 MB: 5.7 s, 80 MB: 22 s), so the cost of a note grew with the number of notes. Astro's own remedy,
 * `experimental.collectionStorage: 'chunked'`, writes its chunks a character at a time and added 65 s to a build
 * of 5,000 notes.
 *
 * The file holds exactly the text Astro put in the literal. A module of any other form is left as Astro made it.
 * `astro dev` is left alone: its store holds each note's digest alone (see dev-notes.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

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

/** A module that reads the store's text from `file` when it runs. */
export const storeReadFrom = (file: string): string =>
  `import { readFileSync } from 'node:fs';\n${PREFIX}readFileSync(${JSON.stringify(file)}, 'utf8')${SUFFIX};\n`;

function storeFromDiskPlugin(file: string): Plugin {
  return {
    name: 'gloss:data-store-from-disk',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE) return null;
      const text = storeTextOf(code);
      if (text === undefined) return null;
      writeFileSync(file, text);
      return { code: storeReadFrom(file), map: { mappings: '' } };
    },
  };
}

export default function dataStoreFromDisk(): AstroIntegration {
  let file: string | undefined;
  return {
    name: 'gloss:data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        file = fileURLToPath(new URL('data-store.pages.json', config.cacheDir));
        updateConfig({ vite: { plugins: [storeFromDiskPlugin(file)] } });
      },
      // The pages have been written: the copy is not needed any more (the store itself stays, for the next build).
      'astro:build:done': () => {
        if (file) rmSync(file, { force: true });
      },
    },
  };
}
