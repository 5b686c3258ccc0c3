/**
 * Under `astro dev`, each note as the loader checked and rendered it (its data, its HTML and the records of where
 * its text and passages stand) is kept here, in the dev server's process, and Astro's content store holds only the
 * note's id, file and digest. Astro writes its whole store to disk, reads it back and parses it again at every
 * save, so what the author waits for grows with the store: at 1,000 notes, the store with every note in it
 * (7.5 MB, 49,600 values to serialise) made a save take 1.14x plain Astro's (see docs/performance.md). The digest
 * in the store still changes with the note, which is what tells Astro to serve the pages anew. A build keeps it
 * all in the store, where the next build finds it.
 *
 * The loader runs where Astro loads the content config, not in the pages' module graph, so the notes are kept on
 * the process under a registered symbol.
 */
import type { Note } from '../schemas/note.ts';

/** A note as the pages read it from a content entry. */
export interface DevNote {
  digest: string;
  data: Note;
  rendered: { html: string; metadata: { imagePaths: string[]; [key: string]: unknown } };
}

const KEY = Symbol.for('gloss.dev-notes');

const shared = globalThis as typeof globalThis & { [KEY]?: Map<string, DevNote> };
const kept = (): Map<string, DevNote> => (shared[KEY] ??= new Map());

export function keepDevNote(id: string, note: DevNote): void {
  kept().set(id, note);
}

/** The note kept for this id as rendered with this digest, if this process rendered it. */
export function devNoteOf(id: string, digest: string | number | undefined): DevNote | undefined {
  const note = kept().get(id);
  return note && note.digest === String(digest) ? note : undefined;
}
