/**
 * The picture a shared link to an annotation's page shows (`og:image`): its passage, what it says of it, the
 * source. Drawn by builds only, and only where those pages are (ANNOTATION_PAGES).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cardDigest } from '../../../../build-cache/card-cache.ts';
import { allNotes } from '../../../../data/notes.ts';
import { annotationsOf } from '../../../../schemas/note.ts';
import { ANNOTATION_PAGES, CACHE_FOLDER, cacheKeyOf, site } from 'virtual:gloss/options';
import { annotationCard } from '../../../../share-cards/card-content.ts';
import { cardResponse, notDrawnInDev } from '../../../../share-cards/card-response.ts';
import { passageOf } from '../../../../share-cards/passage-of.ts';

export const getStaticPaths = (async () => {
  if (!ANNOTATION_PAGES) return [];
  return (await allNotes()).flatMap((indexed) =>
    annotationsOf(indexed.note).map((annotation) => {
      const card = annotationCard(indexed.note, annotation, passageOf(indexed, annotation), site);
      return {
        params: { slug: indexed.slug, id: annotation.id },
        props: { card },
        cacheKey: cacheKeyOf(cardDigest(card)),
      };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  import.meta.env.DEV ? notDrawnInDev() : cardResponse(props.card, CACHE_FOLDER);
