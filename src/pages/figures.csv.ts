/** `/figures.csv`: every figure, for spreadsheets. */
import type { APIRoute } from 'astro';
import { allNotes, links } from '../data/notes.ts';
import { figuresCsv } from '../open-data/figures-csv.ts';
import { figureEntries } from '../site/site-index.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (slug: string, id: string) => new URL(links.passage(slug, id), site).href;
  return new Response(figuresCsv(figureEntries(await allNotes()), absolute), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
