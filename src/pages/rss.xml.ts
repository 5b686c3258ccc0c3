/** `/rss.xml`: the newest notes, for feed readers, which only ever read the latest items of a feed. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allNotes, links } from '../data/notes.ts';
import { PAGE_SIZE, SITE_LANGUAGE, WORDS } from 'virtual:gloss/options';
import { monthsCovered } from '../values/partial-date.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'Gloss',
    description: WORDS.site.feedDescription,
    customData: `<language>${SITE_LANGUAGE}</language>`,
    site: site ?? 'https://gloss.example.org',
    trailingSlash: true,
    items: (await allNotes()).slice(0, PAGE_SIZE.notes).map(({ slug, note }) => ({
      title: note.title,
      link: links.note(slug),
      description: note.summary,
      ...(note.source?.published
        ? {
            pubDate: new Date(
              Date.UTC(
                note.source.published.year,
                monthsCovered(note.source.published).first - 1,
                note.source.published.day ?? 1,
              ),
            ),
          }
        : {}),
      categories: note.tags,
    })),
  });
