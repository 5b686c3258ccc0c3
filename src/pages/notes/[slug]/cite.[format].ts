/**
 * `/notes/<slug>/cite.json`, `cite.bib` and `cite.ris`: the article a note annotates, as a citation a reference
 * manager imports (CSL-JSON, BibTeX, RIS). Only notes that name a source have them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKeyOf } from 'virtual:gloss/options';
import { citationFile, CITATION_TYPES } from '../../../citation/citation-files.ts';
import { sourceCitation, type CslItem } from '../../../citation/source-citation.ts';
import { allNotes } from '../../../data/notes.ts';
import { CITATION_FORMATS, type CitationFormat } from '../../../site/site-links.ts';

export const getStaticPaths = (async () =>
  (await allNotes()).flatMap((note) => {
    const item = sourceCitation(note.note, note.slug);
    if (!item) return [];
    return CITATION_FORMATS.map((format) => ({
      params: { slug: note.slug, format },
      props: { item, format },
      cacheKey: cacheKeyOf(JSON.stringify(item), format),
    }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { item, format } = props as { item: CslItem; format: CitationFormat };
  return new Response(citationFile(item, format), { headers: { 'content-type': CITATION_TYPES[format] } });
};
