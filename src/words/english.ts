/**
 * The site's own words in English: every word a page, a margin note, the search script and the open data say
 * that is not a note's. Other languages' tables have the same shape (`SiteWords`). In a sentence, `[words]` is a
 * link and `` `words` `` code; `{name}` is filled in after the sentence is cut up, so a title is never read as either.
 */
import type { DateWords } from '../values/format-date.ts';
import type { BlockKind, PartyKind, SiteWords } from './site-words.ts';
import { counted } from './counted.ts';

const LOCALE = 'en-GB';
const count = (n: number, one: string, other: string): string => counted(LOCALE, n, { one, other });

const dates: DateWords = {
  locale: LOCALE,
  around: (date) => `around ${date}`,
  partOfYear: (third, year) => `${['early', 'mid', 'late'][third]} ${year}`,
  season: (season, year, hemisphere) =>
    `${['spring', 'summer', 'autumn', 'winter'][season]} ${year}${hemisphere ? ` (${hemisphere}ern hemisphere)` : ''}`,
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  third: (third, year) => `${['first', 'second', 'last'][third - 1]} third of ${year}`,
  half: (half, year) => `H${half} ${year}`,
  precision: {
    year: 'to the year',
    semester: 'to the half year',
    quadrimester: 'to the third of the year',
    season: 'to the season',
    quarter: 'to the quarter',
    month: 'to the month',
    day: 'to the day',
  },
};

const kinds: Record<PartyKind, string> = {
  organization: 'organization',
  person: 'person',
  product: 'product',
  initiative: 'initiative',
  group: 'group',
  place: 'place',
  other: 'other',
};

const blocks: Record<BlockKind, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  list: 'list',
  quotation: 'quotation',
  table: 'table',
  block: 'block',
};

export const english: SiteWords = {
  locale: LOCALE,
  colon: ': ',
  quoted: (words) => `“${words}”`,
  site: {
    tagline: 'annotated reading notes',
    description: 'Close readings of texts, with every party, date and figure annotated.',
    feedTitle: 'new notes',
    feedDescription:
      'Annotated reading notes: close readings with every party, date and figure checked against the text.',
    skipLink: 'Skip to content',
    navigation: 'Site',
    sections: { notes: 'Notes', parties: 'Parties', timeline: 'Timeline', figures: 'Figures', search: 'Search' },
    footer: 'Annotated reading notes. Every annotation is checked against its text when the site is built.',
    page: (title, number) => `${title}, page ${number}`,
    moved: (title) => `Moved: ${title}`,
  },
  notFound: {
    title: 'Page not found',
    heading: 'This page is not here',
    text: 'The address may be mistyped, or the page may have moved. [All notes] are listed on the home page.',
  },
  pager: {
    first: 'First',
    previous: 'Previous',
    next: 'Next',
    last: 'Last',
    position: (number, count) => `Page ${number} of ${count}`,
  },
  lists: {
    notes: 'the notes',
    parties: 'the parties',
    partyNotes: 'this party’s notes',
    figures: 'the figures',
    timelineOf: (year) => `the timeline of ${year}`,
    pastTheEnd:
      'This page of {list} is empty now: the list has grown shorter since it was published. [Go to its first page].',
    pagesOf: (list) => `Pages of ${list}`,
  },
  home: {
    counts: (parties, dates, figures) =>
      [count(parties, 'party', 'parties'), count(dates, 'date', 'dates'), count(figures, 'figure', 'figures')].join(
        ' · ',
      ),
  },
  note: {
    annotationsLink: 'Annotations (W3C Web Annotation)',
    dateBasis: 'Date',
    source: 'Source',
    original: 'Original',
    archivedCopy: 'archived copy',
    movedHeading: 'This note has moved',
    moved: '[{title}] is now at a new address.',
    itsPassages: 'Its passages',
    overview: 'In this note',
    cite: 'Cite the source',
    takeAway: 'Take the note away',
  },
  annotation: {
    of: 'An annotation of [{title}]',
    readInContext: 'Read in context',
    movedHeading: 'This annotation has moved',
    moved: '[{name}], an annotation of {title}, is now at a new address.',
    collection: (title) => `Annotations of “${title}”`,
  },
  margin: {
    toPassage: ' (link to this passage)',
    party: (kind) => `party, ${kind}`,
    date: (precision) => `date, ${precision}`,
    dateApproximate: 'date, approximate',
    figure: 'figure',
    figureApproximate: 'figure, approximate',
    draft: (kind) => `${kind}, draft`,
    basis: 'Basis',
    asOf: (date) => `as of ${date}`,
    share: 'Share',
    inAllNotes: 'In all notes',
    inTimeline: 'In the timeline',
    inFigures: 'In the figures',
    inOriginal: 'In the original',
    showNote: (what) => `Note on ${what}`,
    notesOn: (block, position) => `Notes on ${blocks[block]} ${position}`,
    sectionLink: 'Link to this section',
    footnotes: 'Footnotes',
    backToReference: (number) => `Back to reference ${number}`,
  },
  kinds,
  dates,
  parties: {
    description: 'Every person, organisation and product the notes are about.',
    intro: 'Everyone and everything the notes annotate, in all notes together.',
    columns: { party: 'Party', kind: 'Kind', notes: 'Notes', mentions: 'Mentions' },
    named: (kind, notes, times) =>
      `${kind}, named in ${count(notes, 'note', 'notes')}, ${count(times, 'time', 'times')}.`,
    authority: 'Authority record',
    all: 'All parties',
  },
  timeline: {
    description: 'Every dated event in the notes, in order.',
    intro:
      'Every date the notes annotate, by year. Within a year, a date known only to the year or month comes before the days within it; vague dates are marked.',
    dates: (n) => count(n, 'date', 'dates'),
    allYears: 'All years',
    approximate: 'approximate',
    inNote: (title) => `in ${title}`,
  },
  figures: {
    description: 'Every figure the notes annotate, with its unit.',
    order: 'Order',
    orders: { note: 'by note, newest first', size: 'by unit and size', label: 'by label' },
    csv: 'Download as CSV',
    columns: { figure: 'Figure', value: 'Value', unit: 'Unit', asOf: 'As of', note: 'Note' },
    approximate: '(approximate)',
  },
  search: {
    description: 'Search the notes and their annotations.',
    label: 'Words to find in the notes and their annotations',
    button: 'Search',
    withoutScript:
      'Search runs in your browser and needs JavaScript. Without it, every note, [party], [date] and [figure] is one link away.',
    script: {
      searching: 'Searching…',
      results: { one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' },
      more: 'and {count} more',
    },
  },
  vocabulary: {
    title: 'Vocabulary',
    description: 'Terms used in Gloss’s Web Annotation data.',
    intro:
      'Each note’s `annotations.jsonld` is a W3C Web Annotation collection; values that neither Web Annotation nor schema.org names use these terms, under the prefix `gloss:` (this page’s address followed by `#`).',
    terms: {
      Date: 'A calendar date an annotation resolves a passage to, at the precision the text allows.',
      date: 'The date at its precision: 2025, 2025-05 or 2025-05-14 (ISO 8601); a part of a year as EDTF (ISO 8601-2) writes it: 2019-21 is spring 2019, 2022-35 the third quarter of 2022, 2026-41 the second half of 2026.',
      precision: 'How precisely the date is known: year, semester, quadrimester, season, quarter, month or day.',
      approximate: 'True when the text itself is vague (“late 2022”, “about 3,000”).',
      asOf: 'The date a figure holds for, at its precision, written as date is.',
      partyKind: 'What sort of party: `organization`, `person`, `product`, `initiative`, `group`, `place` or `other`.',
    },
  },
};
