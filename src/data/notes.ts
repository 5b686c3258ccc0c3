/** The notes collection as the pages use it: parsed, with where their annotations stand, newest first. */
import { getCollection } from 'astro:content';
import { anchoredTextOf, textLayoutOf, type TextLayout } from '../lib/anchored-text.ts';
import { newestFirst, type IndexedNote } from '../lib/site-index.ts';
import { siteLinks } from '../lib/site-links.ts';
import type { NoteContext } from '../margin/margin-note.ts';
import type { Note } from '../schemas/note.ts';
import { ANNOTATION_PAGES } from '../settings.ts';

/** A note with what its own pages need besides: its file, its rendered text and where that text stands. */
export interface SiteNote extends IndexedNote {
  /** The note's file, relative to the project. */
  file: string;
  /** The rendered text, with the places of its margin notes. */
  html: string;
  layout: TextLayout;
}

export async function allNotes(): Promise<SiteNote[]> {
  const entries = await getCollection('notes');
  return newestFirst(
    entries.map((entry) => ({
      slug: entry.id,
      note: entry.data,
      anchors: anchoredTextOf(entry.rendered, entry.id),
      file: entry.filePath ?? '',
      html: entry.rendered?.html ?? '',
      layout: textLayoutOf(entry.rendered, entry.id),
    })),
  );
}

/** The site's addresses, under the base path it is built for. */
export const links = siteLinks(import.meta.env.BASE_URL, { annotationPages: ANNOTATION_PAGES });

/** What a note's margin notes link to: the same on its page and wherever their text is counted. */
export const noteContextOf = (slug: string, note: Note): NoteContext => ({
  slug,
  links,
  sourceUrl: note.source?.url,
});
