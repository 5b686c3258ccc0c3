/** The notes collection as the pages use it: parsed, with where their annotations stand, newest first. */
import { getCollection } from 'astro:content';
import { anchoredTextOf } from '../lib/anchored-text.ts';
import { newestFirst, type IndexedNote } from '../lib/site-index.ts';
import { siteLinks } from '../lib/site-links.ts';
import { ANNOTATION_PAGES } from '../settings.ts';

export async function allNotes(): Promise<IndexedNote[]> {
  const entries = await getCollection('notes');
  return newestFirst(
    entries.map((entry) => ({ slug: entry.id, note: entry.data, anchors: anchoredTextOf(entry.rendered, entry.id) })),
  );
}

/** The site's addresses, under the base path it is built for. */
export const links = siteLinks(import.meta.env.BASE_URL, { annotationPages: ANNOTATION_PAGES });
