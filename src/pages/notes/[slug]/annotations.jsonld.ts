/**
 * `/notes/<slug>/annotations.jsonld`: the note's annotations as a W3C Web Annotation collection. Each
 * annotation's IRI is this document's address and its id (`annotations.jsonld#<id>`), kept by the links lock.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { noteDates } from '../../../data/note-history.ts';
import { allNotes, entryHrefs, links, noteContextOf, type SiteNote } from '../../../data/notes.ts';
import { cacheKeyOf } from '../../../build-cache/cache-key.ts';
import { annotationCollection } from '../../../open-data/web-annotations.ts';
import { marginTexts } from '../../../margin/with-margin-notes.ts';
import { annotationsOf } from '../../../schemas/note.ts';
import { SITE_AUTHOR, SITE_LANGUAGE } from '../../../settings.ts';

// A note's former addresses keep its collection too, so annotation IRIs published under them still resolve.
export const getStaticPaths = (async () => {
  const entriesOf = await entryHrefs();
  return (await allNotes()).flatMap((note) => {
    const entries = entriesOf(note.slug, note.note);
    // Besides the note: where its dates and figures are listed, and when git says it was published and changed.
    const cacheKey = cacheKeyOf(note.digest, entries, noteDates(note.file));
    return [note.slug, ...note.note.formerSlugs].map((slug) => ({
      params: { slug },
      props: { note, entries },
      cacheKey,
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { note: siteNote, entries } = props as { note: SiteNote; entries: Record<string, string> };
  const { note, slug, layout, html, file } = siteNote;
  const context = noteContextOf(slug, note, entries);
  const absolute = (path: string) => new URL(path, site).href;
  const collection = annotationCollection({
    note,
    annotations: annotationsOf(note),
    layout,
    marginTexts: marginTexts(html, note, context),
    at: {
      page: absolute(links.note(slug)),
      collection: absolute(links.annotations(slug)),
      vocabulary: absolute(`${links.home}vocabulary/#`),
      party: (id) => absolute(links.party(id)),
      entry: (id) => absolute(context.entryHref?.(id) ?? links.note(slug)),
    },
    language: SITE_LANGUAGE,
    creator: SITE_AUTHOR,
    dates: noteDates(file),
  });
  return new Response(JSON.stringify(collection), { headers: { 'content-type': 'application/ld+json' } });
};
