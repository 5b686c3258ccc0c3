/**
 * `/notes/<slug>/annotations.jsonld`: the note's annotations as a W3C Web Annotation collection. Each
 * annotation's IRI is this document's address and its id (`annotations.jsonld#<id>`), kept by the links lock.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { noteDates } from '../../../data/note-history.ts';
import { allNotes, links, type SiteNote } from '../../../data/notes.ts';
import { annotationCollection } from '../../../open-data/web-annotations.ts';
import { annotationsOf } from '../../../schemas/note.ts';
import { CACHE_FOLDER, cacheKeyOf, SITE_AUTHOR, SITE_AUTHOR_URL, SITE_LANGUAGE, WORDS } from 'virtual:gloss/options';

// A note's former addresses keep its collection too, so annotation IRIs published under them still resolve.
export const getStaticPaths = (async () =>
  (await allNotes()).flatMap((note) => {
    // Besides the note and its rows across notes (its digest): when git says it was published and changed.
    const cacheKey = cacheKeyOf(note.digest, noteDates(note.file, CACHE_FOLDER));
    return [note.slug, ...note.note.formerSlugs].map((slug) => ({ params: { slug }, props: { note }, cacheKey }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { note, slug, selectors, entries, file } = (props as { note: SiteNote }).note;
  const absolute = (path: string) => new URL(path, site).href;
  const collection = annotationCollection({
    note,
    annotations: annotationsOf(note),
    selectors,
    at: {
      home: absolute(links.home),
      page: absolute(links.note(slug)),
      collection: absolute(links.annotations(slug)),
      vocabulary: absolute(`${links.home}vocabulary/#`),
      party: (id) => absolute(links.party(id)),
      entry: (id) => absolute(entries[id] ?? links.note(slug)),
    },
    language: SITE_LANGUAGE,
    words: WORDS,
    creator: SITE_AUTHOR ? { name: SITE_AUTHOR, url: SITE_AUTHOR_URL } : undefined,
    dates: noteDates(file, CACHE_FOLDER),
  });
  return new Response(JSON.stringify(collection), { headers: { 'content-type': 'application/ld+json' } });
};
