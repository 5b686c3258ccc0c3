/** schema.org data for a note's page: the article, who published it, and the parties it mentions. */
import type { Note } from '../schemas/note.ts';

const TYPE = { person: 'Person', organization: 'Organization', place: 'Place', product: 'Product' } as const;

export function articleJsonLd(note: Note, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: note.title,
    url,
    ...(note.summary ? { description: note.summary } : {}),
    ...(note.source?.published ? { datePublished: note.source.published.iso } : {}),
    ...(note.source?.publisher ? { publisher: { '@type': 'Organization', name: note.source.publisher } } : {}),
    ...(note.source?.url ? { isBasedOn: note.source.url } : {}),
    ...(note.tags.length > 0 ? { keywords: note.tags } : {}),
    mentions: note.parties.map((party) => ({
      '@type': party.kind in TYPE ? TYPE[party.kind as keyof typeof TYPE] : 'Thing',
      name: party.name,
      ...(party.sameAs ? { sameAs: party.sameAs } : {}),
    })),
  };
}

/** JSON for a <script> element: "<" escaped so no text in it can close the element. */
export const scriptSafeJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
