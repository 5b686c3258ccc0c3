/** schema.org data for a note's page: the article, who published it, and the parties it mentions. */
import type { Note } from '../schemas/note.ts';
import { isoDateOf } from '../values/partial-date.ts';
import { schemaTypeOf } from './schema-org-type.ts';

/** `language`: the text's, which is the site's for a note that names none. */
export function articleJsonLd(note: Note, url: string, language: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: note.title,
    url,
    inLanguage: note.language ?? language,
    ...(note.summary ? { description: note.summary } : {}),
    ...(note.source?.published ? { datePublished: isoDateOf(note.source.published) } : {}),
    ...(note.source?.publisher ? { publisher: { '@type': 'Organization', name: note.source.publisher } } : {}),
    ...(note.source?.author ? { author: { '@type': 'Person', name: note.source.author } } : {}),
    ...(note.source?.url ? { isBasedOn: note.source.url } : {}),
    // The web archive's copy of the original, and when it was made.
    ...(note.source?.archived
      ? { archivedAt: { '@type': 'WebPage', url: note.source.archived.url, dateCreated: note.source.archived.date } }
      : {}),
    ...(note.tags.length > 0 ? { keywords: note.tags } : {}),
    mentions: note.parties.map((party) => ({
      '@type': schemaTypeOf(party.kind),
      name: party.name,
      ...(party.sameAs ? { sameAs: party.sameAs } : {}),
    })),
  };
}

/** JSON for a <script> element: "<" escaped so no text in it can close the element. */
export const scriptSafeJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
