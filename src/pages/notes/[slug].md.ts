/**
 * `/notes/<slug>.md`: the note as one Markdown file for Obsidian and other note-taking tools (see
 * src/markdown-export/note-markdown.ts). Built once per note, like its page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CACHE_FOLDER, cacheKeyOf, WORDS } from 'virtual:gloss/options';
import { noteDates } from '../../data/note-history.ts';
import { allNotes, links, type SiteNote } from '../../data/notes.ts';
import { noteMarkdown } from '../../markdown-export/note-markdown.ts';

export const getStaticPaths = (async () =>
  (await allNotes()).map((note) => ({
    params: { slug: note.slug },
    props: { note },
    // Besides the note and its rows across notes (its digest): when git says it was published and changed.
    cacheKey: cacheKeyOf(note.digest, noteDates(note.file, CACHE_FOLDER)),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { note, slug, html, selectors, file } = (props as { note: SiteNote }).note;
  const absolute = (path: string) => new URL(path, site).href;
  const text = noteMarkdown({
    words: WORDS,
    note,
    html,
    passages: Object.fromEntries(Object.entries(selectors).map(([id, selector]) => [id, selector.exact])),
    at: { page: absolute(links.note(slug)), passage: (id) => absolute(links.passage(slug, id)) },
    dates: noteDates(file, CACHE_FOLDER),
  });
  return new Response(text, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
