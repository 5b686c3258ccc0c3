/**
 * What the notes say together: every party across notes (one party where notes share its `sameAs`, else its
 * id), every date in time order, every figure. Pure: notes in, entries out.
 */
import type { PassageInContext } from '../anchoring/anchored-text.ts';
import { excerptOf } from './passage-excerpt.ts';
import { pageHref, pagesOf } from './paginate.ts';
import { comparePartialDates, type PartialDate } from '../values/partial-date.ts';
import { entryIdOf, type SiteLinks } from './site-links.ts';
import type { DatedEvent } from '../schemas/dated-event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Note } from '../schemas/note.ts';
import type { Party } from '../schemas/party.ts';

/** A note as the lists across notes need it. */
export interface IndexedNote {
  slug: string;
  note: Note;
}

/** A note as the party pages need it: its passages and mentions, each in its sentence. */
export interface QuotedNote extends IndexedNote {
  inContext: readonly PassageInContext[];
}

interface PartyAppearance {
  slug: string;
  title: string;
  party: Party;
  /** The party's passage and every other mention of it, in text order. */
  passages: PassageInContext[];
}

export interface PartyGroup {
  /** The id its page is known by: the first id it had, in note order. */
  id: string;
  ids: string[];
  name: string;
  kind: Party['kind'];
  sameAs?: string | undefined;
  appearances: PartyAppearance[];
  mentions: number;
}

export function partyGroups(notes: readonly QuotedNote[]): PartyGroup[] {
  const groups: PartyGroup[] = [];
  const bySameAs = new Map<string, PartyGroup>();
  const byId = new Map<string, PartyGroup>();
  const withoutSameAs: Array<[QuotedNote, Party]> = [];

  const add = (group: PartyGroup, note: QuotedNote, party: Party): void => {
    const passages = note.inContext.filter((quoted) => quoted.id === party.id);
    group.appearances.push({ slug: note.slug, title: note.note.title, party, passages });
    group.mentions += passages.length;
    if (!group.ids.includes(party.id)) group.ids.push(party.id);
    if (!byId.has(party.id)) byId.set(party.id, group);
  };
  const create = (party: Party): PartyGroup => {
    const group: PartyGroup = {
      id: party.id,
      ids: [],
      name: party.name,
      kind: party.kind,
      sameAs: party.sameAs,
      appearances: [],
      mentions: 0,
    };
    groups.push(group);
    return group;
  };

  // Authority records decide first; parties without one then join a party of the same id.
  for (const note of notes) {
    for (const party of note.note.parties) {
      if (!party.sameAs) {
        withoutSameAs.push([note, party]);
        continue;
      }
      const group = bySameAs.get(party.sameAs) ?? create(party);
      bySameAs.set(party.sameAs, group);
      add(group, note, party);
    }
  }
  for (const [note, party] of withoutSameAs) add(byId.get(party.id) ?? create(party), note, party);
  return groups.sort((a, b) => a.name.localeCompare(b.name));
}

/** A note as the lists across notes read it, with its passages in their sentences where it has been rendered. */
type ListedNote = IndexedNote & Partial<Pick<QuotedNote, 'inContext'>>;

/** Where an annotation has no label, the words of the text around it, for its row (see passage-excerpt.ts). */
const excerptFor = (note: ListedNote, annotation: DatedEvent | Figure): { excerpt?: string } => {
  const excerpt = annotation.label === undefined ? excerptOf(annotation.id, note.inContext) : undefined;
  return excerpt === undefined ? {} : { excerpt };
};

export interface DatedEntry {
  slug: string;
  title: string;
  event: DatedEvent;
  excerpt?: string;
}

/**
 * Every date of every note, oldest first; a coarser date before the finer ones within it. Dates of one day go by
 * label, or by their words where they have none: never by what rendering adds, so that the rows' pages are the
 * same whether worked out before the notes are rendered (their links) or after (the pages).
 */
export function timelineEntries(notes: readonly ListedNote[]): DatedEntry[] {
  return notes
    .flatMap((note) =>
      note.note.dates.map((event) => ({ slug: note.slug, title: note.note.title, event, ...excerptFor(note, event) })),
    )
    .sort(
      (a, b) =>
        comparePartialDates(a.event.date, b.event.date) ||
        (a.event.label ?? a.event.quote).localeCompare(b.event.label ?? b.event.quote),
    );
}

/** Timeline entries by year, for headings. */
export function byYear(entries: DatedEntry[]): Array<{ year: number; entries: DatedEntry[] }> {
  const years: Array<{ year: number; entries: DatedEntry[] }> = [];
  for (const entry of entries) {
    const last = years.at(-1);
    if (last?.year === entry.event.date.year) last.entries.push(entry);
    else years.push({ year: entry.event.date.year, entries: [entry] });
  }
  return years;
}

/** Each year's pages of the timeline, `rows` dates a page. */
export const timelinePages = (notes: readonly ListedNote[], rows: number) =>
  byYear(timelineEntries(notes)).map(({ year, entries }) => ({ year, pages: pagesOf(entries, rows) }));

/**
 * Where each date and figure of every note has its row across notes, by `entryIdOf(slug, id)`: its page of the
 * timeline, and its page of the figures in note order. Pages hold a fixed number of rows, so a row's page
 * depends on the rows before it; the note pages and open data that link to it are rebuilt when it moves.
 */
export function entryHrefs(
  notes: readonly IndexedNote[],
  links: Pick<SiteLinks, 'timelineYear' | 'figures'>,
  rows: number,
) {
  const hrefs = new Map<string, string>();
  for (const { year, pages } of timelinePages(notes, rows)) {
    for (const page of pages) {
      const href = pageHref(links.timelineYear(year), page.number);
      for (const { slug, event } of page.items)
        hrefs.set(entryIdOf(slug, event.id), `${href}#${entryIdOf(slug, event.id)}`);
    }
  }
  for (const page of pagesOf(figureEntries(notes), rows)) {
    const href = pageHref(links.figures, page.number);
    for (const { slug, figure } of page.items)
      hrefs.set(entryIdOf(slug, figure.id), `${href}#${entryIdOf(slug, figure.id)}`);
  }
  return hrefs;
}

export interface FigureEntry {
  slug: string;
  title: string;
  published?: PartialDate | undefined;
  figure: Figure;
  excerpt?: string;
}

export type FigureOrder = 'note' | 'size' | 'label';

/** Every figure: by note (newest first, then text order), by size (per unit, largest first) or by label. */
export function figureEntries(notes: readonly ListedNote[], order: FigureOrder = 'note'): FigureEntry[] {
  const entries = notes.flatMap((note) =>
    note.note.figures.map((figure) => ({
      slug: note.slug,
      title: note.note.title,
      published: note.note.source?.published,
      figure,
      ...excerptFor(note, figure),
    })),
  );
  if (order === 'size') {
    return entries.sort((a, b) => a.figure.unit.localeCompare(b.figure.unit) || b.figure.value - a.figure.value);
  }
  // Unlabelled figures go by their words in the text, as their rows show them.
  const about = (entry: FigureEntry): string => entry.figure.label ?? entry.excerpt ?? entry.figure.quote;
  if (order === 'label') return entries.sort((a, b) => about(a).localeCompare(about(b)));
  return entries;
}

/** Notes newest first by publication date; undated ones last, by title. */
export function newestFirst<T extends { note: Pick<Note, 'title' | 'source'> }>(notes: T[]): T[] {
  return [...notes].sort((a, b) => {
    const [da, db] = [a.note.source?.published, b.note.source?.published];
    if (da && db) return comparePartialDates(db, da) || a.note.title.localeCompare(b.note.title);
    return da ? -1 : db ? 1 : a.note.title.localeCompare(b.note.title);
  });
}
