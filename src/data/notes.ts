/** The notes collection as the pages use it: parsed, with where their annotations stand, newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { anchoredTextOf, textLayoutOf, type TextLayout } from '../anchoring/anchored-text.ts';
import { devNoteOf } from '../loading/dev-notes.ts';
import { entryHrefs as rowHrefs, newestFirst, type IndexedNote } from '../site/site-index.ts';
import { entryIdOf, siteLinks } from '../site/site-links.ts';
import type { NoteContext } from '../margin/margin-note.ts';
import { annotationsOf, type Note } from '../schemas/note.ts';
import { ANNOTATION_PAGES, PAGE_SIZE, SITE_LANGUAGE } from '../settings.ts';

/** A note with what its own pages need besides: its file, its rendered text and where that text stands. */
export interface SiteNote extends IndexedNote {
  /** The note's file, relative to the project. */
  file: string;
  /** The rendered text, with the places of its margin notes. */
  html: string;
  layout: TextLayout;
  /** Changes whenever the note or the code that rendered it changes (see the notes loader). */
  digest: string;
}

interface Memo {
  key: string;
  notes: SiteNote[];
  hrefs?: Map<string, string>;
}

/**
 * The notes' entries, whole. Under `astro dev` the store holds only each note's digest, and the note itself is
 * kept by the server's process (see dev-notes.ts).
 */
export async function noteEntries(): Promise<Array<CollectionEntry<'notes'>>> {
  return (await getCollection('notes')).map((entry) => {
    if (entry.rendered) return entry;
    const kept = devNoteOf(entry.id, entry.digest);
    if (!kept) throw new Error(`Gloss: note "${entry.id}" is in the store without its text; restart the dev server`);
    return { ...entry, data: kept.data, rendered: kept.rendered };
  });
}

// Every page across notes asks for all of them; they are worked out once per state of the collection.
let memo: Memo | undefined;

async function current(): Promise<Memo> {
  const entries = await noteEntries();
  const key = entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`).join();
  if (memo?.key === key) return memo;
  const notes = newestFirst(
    entries.map((entry) => ({
      slug: entry.id,
      note: entry.data,
      anchors: anchoredTextOf(entry.rendered, entry.id),
      file: entry.filePath ?? '',
      html: entry.rendered?.html ?? '',
      layout: textLayoutOf(entry.rendered, entry.id),
      digest: String(entry.digest ?? ''),
    })),
  );
  memo = { key, notes };
  return memo;
}

export const allNotes = async (): Promise<SiteNote[]> => (await current()).notes;

/** The site's addresses, under the base path it is built for. */
export const links = siteLinks(import.meta.env.BASE_URL, { annotationPages: ANNOTATION_PAGES });

/**
 * Where the dates and figures of a note are listed across notes (each row's address), by id. Asked for once
 * in getStaticPaths and handed to each page: asking for every note again for each page would cost the square
 * of their number.
 */
export async function entryHrefs(): Promise<(slug: string, note: Note) => Record<string, string>> {
  const state = await current();
  const hrefs = (state.hrefs ??= rowHrefs(state.notes, links, PAGE_SIZE.rows));
  return (slug, note) =>
    Object.fromEntries(
      annotationsOf(note).flatMap((annotation) => {
        const href = hrefs.get(entryIdOf(slug, annotation.id));
        return href ? [[annotation.id, href]] : [];
      }),
    );
}

/** What a note's margin notes link to: the same on its page and wherever their text is counted. */
export const noteContextOf = (slug: string, note: Note, entries: Record<string, string>): NoteContext => ({
  slug,
  links,
  sourceUrl: note.source?.url,
  entryHref: (id) => entries[id],
  textLanguage: textLanguageOf(note),
});

/** The language of a note's text, when it is not the site's (and so must be marked on the page). */
export const textLanguageOf = (note: Note): string | undefined =>
  note.language && note.language !== SITE_LANGUAGE ? note.language : undefined;
