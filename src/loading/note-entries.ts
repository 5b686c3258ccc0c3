/** Between Astro's content store and the notes loader: a stored note found intact, a note stored, old records removed. */
import { readdirSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { Note } from '../schemas/note.ts';
import { entryState, RECORD_KEY, sealOf, writeRecord, type RecordRef } from './note-record.ts';
import type { KeptNote, NoteText, PublishedEntry } from './publish-notes.ts';

/** Relative to the project, with forward slashes, as Astro's own loaders record it. */
const storedPath = (file: string): string => file.split(sep).join('/');

/** The store's entries found intact, so that each is checked once. */
const intact = new WeakSet<object>();

/** A stored note, if it is as the loader left it; a changed one is taken out of the store, and said so. */
export function keptOf({ store, logger }: LoaderContext, { page, file }: NoteText): KeptNote | undefined {
  const entry = store.get(page);
  if (!entry || entry.filePath !== storedPath(file)) return undefined;
  const ref = entry.rendered?.metadata?.[RECORD_KEY] as RecordRef;
  const digest = String(entry.digest);
  const state = intact.has(entry) ? 'intact' : entryState({ ...entry, digest, ref });
  if (state !== 'intact') {
    store.delete(page);
    if (state === 'damaged') logger.warn(`Gloss: the cached copy of ${entry.filePath} was damaged: rendered again.`);
    return undefined;
  }
  intact.add(entry);
  return { digest, source: ref.source, note: entry.data as Note };
}

export function storeNote(
  { store }: LoaderContext,
  folder: string,
  { file, page, digest, source, note, rendered }: PublishedEntry,
): void {
  if (!rendered || store.get(page)?.digest === digest) return;
  const filePath = storedPath(file);
  const ref: RecordRef = { source, file: writeRecord(folder, rendered.record) };
  ref.seal = sealOf({ id: page, filePath, digest, data: note, ref });
  const metadata = { imagePaths: rendered.images, [RECORD_KEY]: ref };
  // The note's own images: Astro imports them and NoteBody.astro publishes them through its image pipeline.
  store.set({
    id: page,
    filePath,
    digest,
    data: note,
    rendered: { html: '', metadata },
    assetImports: rendered.images,
  });
}

/** After a build's publication: the records no entry names any more are removed (a dev server only adds). */
export function pruneRecords({ store }: LoaderContext, folder: string): void {
  const named = new Set(store.values().map((entry) => (entry.rendered?.metadata?.[RECORD_KEY] as RecordRef).file));
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (!named.has(join(folder, name))) rmSync(join(folder, name), { force: true });
}
