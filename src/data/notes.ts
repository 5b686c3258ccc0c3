/**
 * The notes as the pages read them: each one's record as the loader stored it (its data, its HTML with the margin
 * notes in place, its passages' selectors and sentences, its rows across notes), newest first. No page works any
 * of it out again.
 */
import { getCollection } from 'astro:content';
import { readRecord, recordRefOf, type NoteRecord } from '../loading/note-record.ts';
import { newestFirst, type IndexedNote } from '../site/site-index.ts';
import { siteLinks } from '../site/site-links.ts';
import { ANNOTATION_PAGES } from 'virtual:gloss/options';

export { textLanguageOf } from '../loading/margin-links.ts';

/** A note with all its own pages need. */
export interface SiteNote extends IndexedNote, NoteRecord {
  /** The note's file, relative to the project. */
  file: string;
  /** Changes whenever the note, the code that rendered it or its rows across notes change (see the loader). */
  digest: string;
  /** The note's own images, as its text names them (beside the note): see NoteBody.astro. */
  images: string[];
}

interface Memo {
  key: string;
  notes: SiteNote[];
}

// Every page asks for all of them; they are put together once per state of the collection.
let memo: Memo | undefined;

/** Every note, newest first, each with its record read from the file its entry names (see note-record.ts). */
export async function allNotes(): Promise<SiteNote[]> {
  const entries = await getCollection('notes');
  const key = entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`).join();
  if (memo?.key === key) return memo.notes;
  const notes = entries.map((entry): SiteNote => {
    return {
      slug: entry.id,
      note: entry.data,
      file: entry.filePath ?? '',
      ...readRecord(recordRefOf(entry.rendered, entry.id)),
      digest: String(entry.digest ?? ''),
      images: (entry.rendered?.metadata?.imagePaths as string[] | undefined) ?? [],
    };
  });
  memo = { key, notes: newestFirst(notes) };
  return memo.notes;
}

/** The site's addresses, under the base path it is built for. */
export const links = siteLinks(import.meta.env.BASE_URL, { annotationPages: ANNOTATION_PAGES });
