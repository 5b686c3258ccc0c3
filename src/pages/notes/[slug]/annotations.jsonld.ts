/** `/notes/<slug>/annotations.jsonld`: the note's annotations as a W3C Web Annotation collection. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allNotes, links } from '../../../data/notes.ts';
import type { IndexedNote } from '../../../lib/site-index.ts';
import { annotationCollection } from '../../../lib/web-annotations.ts';
import { annotationsOf } from '../../../schemas/note.ts';

export const getStaticPaths = (async () =>
  (await allNotes()).map((note) => ({ params: { slug: note.slug }, props: { note } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { note, slug, anchors } = (props as { note: IndexedNote }).note;
  const absolute = (path: string) => new URL(path, site).href;
  const collection = annotationCollection(note, annotationsOf(note), anchors, {
    page: absolute(links.note(slug)),
    collection: absolute(links.annotations(slug)),
    vocabulary: absolute(`${links.home}vocabulary/#`),
  });
  return new Response(JSON.stringify(collection), { headers: { 'content-type': 'application/ld+json' } });
};
