/** The picture a shared link to a note shows (`og:image`): its title and source. Drawn by builds only. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { CACHE_FOLDER, cacheKeyOf, site } from 'virtual:gloss/options';
import { cardDigest } from '../../../build-cache/card-cache.ts';
import { allNotes } from '../../../data/notes.ts';
import { noteCard } from '../../../share-cards/card-content.ts';
import { cardResponse, notDrawnInDev } from '../../../share-cards/card-response.ts';

export const getStaticPaths = (async () =>
  (await allNotes()).map(({ slug, note }) => {
    const card = noteCard(note, site);
    return { params: { slug }, props: { card }, cacheKey: cacheKeyOf(cardDigest(card)) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  import.meta.env.DEV ? notDrawnInDev() : cardResponse(props.card, CACHE_FOLDER);
