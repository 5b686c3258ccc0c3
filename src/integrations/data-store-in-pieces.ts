/**
 * A Vite plugin for the build: Astro bundles its content store for the pages as one JavaScript string literal
 * (`export default JSON.parse("…")`), and V8 takes the square of a literal's length to compile it past about
 * 10 MB: 0.5 s at 16 MB, 5.7 s at 40 MB, 22 s at 80 MB. A build's store holds every note rendered with its
 * records, 16 MB at 1,000 notes and 164 MB at 10,000, so this alone made the cost of a note grow with the number
 * of notes. The plugin cuts the literal into pieces joined when the module runs, which compiles in linear time
 * (80 MB: 2.4 s; 160 MB: 4.2 s). Astro's own remedy, `experimental.collectionStorage: 'chunked'`, writes its
 * chunks a character at a time and added 65 s to a build of 5,000 notes.
 *
 * Code that is not the expected single literal is left as it is.
 */
import type { Plugin } from 'vite';

const DATA_STORE_MODULE = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** The same module, with its string literal in pieces of at most `piece` characters; undefined if not one literal. */
export function dataStoreInPieces(code: string, piece: number): string | undefined {
  const literal = code.trim();
  if (!literal.startsWith(PREFIX) || !literal.endsWith(SUFFIX)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(literal.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return undefined;
  }
  if (typeof json !== 'string') return undefined;
  const pieces: string[] = [];
  for (let start = 0; start < json.length; start += piece)
    pieces.push(JSON.stringify(json.slice(start, start + piece)));
  return `${PREFIX}[\n${pieces.join(',\n')}\n].join(''))`;
}

/** Pieces of 2 million characters: well inside the length V8 compiles in linear time. */
export function dataStoreInPiecesPlugin(piece = 2_000_000): Plugin {
  return {
    name: 'gloss:data-store-in-pieces',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE || code.length <= piece) return null;
      const split = dataStoreInPieces(code, piece);
      return split === undefined ? null : { code: split, map: { mappings: '' } };
    },
  };
}
