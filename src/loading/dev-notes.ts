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

const WAITING = Symbol.for('gloss.dev-notes.waiting');

const shared = globalThis as typeof globalThis & {
  [KEY]?: Map<string, DevNote>;
  [WAITING]?: Set<(id: string) => void>;
};
const kept = (): Map<string, DevNote> => (shared[KEY] ??= new Map());
const waiting = (): Set<(id: string) => void> => (shared[WAITING] ??= new Set());

export function keepDevNote(id: string, note: DevNote): void {
  kept().set(id, note);
  for (const wake of waiting()) wake(id);
}

/**
 * The note as the loader next keeps it for this id, once its digest is no longer `digest`; none after `ms`
 * (the loader left the note out, or never saw the change). Review shows a save with it before Astro's reload.
 */
export function nextDevNote(id: string, digest: string | undefined, ms: number): Promise<DevNote | undefined> {
  const now = kept().get(id);
  if (now && now.digest !== digest) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (note: DevNote | undefined): void => {
      clearTimeout(timer);
      waiting().delete(wake);
      resolve(note);
    };
    const wake = (changed: string): void => {
      const note = changed === id ? kept().get(id) : undefined;
      if (note && note.digest !== digest) done(note);
    };
    const timer = setTimeout(() => done(undefined), ms);
    waiting().add(wake);
  });
}

/** The digest of the note kept for this id, if any. */
export const devDigestOf = (id: string): string | undefined => kept().get(id)?.digest;

/** The note kept for this id as rendered with this digest, if this process rendered it. */
export function devNoteOf(id: string, digest: string | number | undefined): DevNote | undefined {
  const note = kept().get(id);
  return note && note.digest === String(digest) ? note : undefined;
}
