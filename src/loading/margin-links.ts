/**
 * What each note's margin notes link to, which depends on every note: a date's or a figure's row across notes is
 * on a page of the timeline or the figures that the rows before it decide. Worked out from the notes' data alone,
 * before any is rendered, so that each note is rendered once with its links in place.
 */
import type { NoteContext } from '../margin/margin-note.ts';
import { annotationsOf, type Note } from '../schemas/note.ts';
import type { Site } from '../options/site.ts';
import { entryHrefs, newestFirst, type IndexedNote } from '../site/site-index.ts';
import { entryIdOf, type SiteLinks } from '../site/site-links.ts';

/** A note's margin links, and a key that changes whenever any of them does (part of the note's digest). */
export interface MarginLinks {
  context: NoteContext;
  /** Where each of its dates and figures has its row across notes, by id. */
  entries: Record<string, string>;
  key: string;
}

/** The language of a note's text, when it is not the site's (and so must be marked on the page). */
export const textLanguageOf = (note: Note, siteLanguage: string): string | undefined =>
  note.language && note.language !== siteLanguage ? note.language : undefined;

/** For the notes to be published together: each one's margin links. */
export function marginLinksOf(
  notes: readonly IndexedNote[],
  links: SiteLinks,
  /** The site's absolute address, for the addresses printed under margin notes. */
  site: string | undefined,
  /** The site's settings: its language, and how many rows a page of the figures holds. */
  { language, options }: Pick<Site, 'language' | 'options'>,
): (slug: string, note: Note) => MarginLinks {
  // The figures are listed by note, newest first, as the pages list them.
  const rows = entryHrefs(newestFirst([...notes]), links, options.pageSize.rows);
  return (slug, note) => {
    const entries: Record<string, string> = {};
    for (const annotation of annotationsOf(note)) {
      const href = rows.get(entryIdOf(slug, annotation.id));
      if (href) entries[annotation.id] = href;
    }
    return {
      context: {
        slug,
        sourceUrl: note.source?.url,
        entryHref: (id) => entries[id],
        textLanguage: textLanguageOf(note, language),
        pageUrl: site ? new URL(links.note(slug), site).href : undefined,
      },
      entries,
      key: JSON.stringify(entries),
    };
  };
}
