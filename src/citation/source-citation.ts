/**
 * A note's source as one CSL-JSON item: the article the note annotates, as a web page (its publisher the site it
 * is on), which the citation downloads are written from.
 */
import { parse as parseName } from '@citation-js/name';
import type { Note } from '../schemas/note.ts';
import type { PartialDate } from '../values/partial-date.ts';

/** The CSL-JSON item (CSL 1.0.2 input data) of a web page. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author?: Array<Record<string, string>>;
  'container-title'?: string;
  issued?: { 'date-parts': [number[]] };
  URL?: string;
  language?: string;
}

/**
 * The authors of a byline: split as Zotero splits a `citation_author` (on semicolons, "and" and "&"; on commas
 * only between names of two words or more, so that "Doe, Jane" stays one name), each parsed into given and family
 * names. A single word is kept whole, as an organisation's name.
 */
export function authorsOf(byline: string): Array<Record<string, string>> {
  let names = byline.split(/\s*(?:;|&|\band\b)\s*/).filter((name) => /\p{L}/u.test(name));
  if (names.length === 1) {
    const byComma = (names[0] as string).split(/\s*,\s*/);
    if (byComma.length > 1 && byComma.every((name) => name.includes(' '))) names = byComma;
  }
  return names.map((name) => (name.includes(' ') || name.includes(',') ? parseName(name) : { literal: name }));
}

/** Year, month and day as far as the date goes; a season, quarter or half of a year gives its year alone. */
const dateParts = (date: PartialDate): number[] =>
  date.group !== undefined ? [date.year] : [date.year, date.month, date.day].filter((part) => part !== undefined);

/** The note's source, or undefined when the note names none. `id`: the item's id (the note's slug). */
export function sourceCitation(note: Note, id: string): CslItem | undefined {
  const { source } = note;
  if (!source) return undefined;
  return {
    id,
    type: 'webpage',
    title: note.title,
    ...(source.author ? { author: authorsOf(source.author) } : {}),
    ...(source.publisher ? { 'container-title': source.publisher } : {}),
    ...(source.published ? { issued: { 'date-parts': [dateParts(source.published)] } } : {}),
    ...(source.url ? { URL: source.url } : {}),
    ...(note.language ? { language: note.language } : {}),
  };
}
