/**
 * The shape of a table of the site's own words, and the table for a language: English and French are complete.
 * The `language` option of `gloss()` picks the site's (src/options/); a language with no table is refused, naming those there are.
 */
import type { DateWords } from '../values/format-date.ts';
import type { Party } from '../schemas/party.ts';
import { english } from './english.ts';
import { french } from './french.ts';

export type PartyKind = Party['kind'];

/** What a group of margin notes is beside, by the element of the text it follows. */
export type BlockKind = 'paragraph' | 'heading' | 'list' | 'quotation' | 'table' | 'block';

/** A sentence in which `[words]` is a link, `` `words` `` is code and `{name}` a value filled in (see Sentence.astro). */
type Sentence = string;

export interface SiteWords {
  /** The locale Intl writes dates and numbers in, when the site's language names no region. */
  locale: string;
  /** What comes between a value and what it is about: ": " in English, " : " in French. */
  colon: string;
  /** Words of the text, quoted: “…” in English, « … » in French. */
  quoted: (words: string) => string;
  site: {
    /** What Gloss is, after its name in the home page's title. */
    tagline: string;
    /** The home page's description for search engines. */
    description: string;
    /** The feed's title, after the site's name. */
    feedTitle: string;
    /** The feed's description. */
    feedDescription: string;
    /** The first link of every page, to its content. */
    skipLink: string;
    /** The name of the site's navigation, for screen readers. */
    navigation: string;
    /** The sections in the navigation. */
    sections: { notes: string; parties: string; timeline: string; figures: string; search: string };
    /** The line at the foot of every page. */
    footer: string;
    /** A page after the first of a list: "Notes, page 2". */
    page: (title: string, number: number) => string;
    /** The title of the page left at a former address. */
    moved: (title: string) => string;
  };
  notFound: {
    /** The 404 page's title. */
    title: string;
    /** Its heading. */
    heading: string;
    /** What it says, linking to the home page. */
    text: Sentence;
  };
  pager: {
    /** The links between pages of a list. */
    first: string;
    previous: string;
    next: string;
    last: string;
    /** Where the reader is: "Page 2 of 5". */
    position: (number: number, count: number) => string;
  };
  lists: {
    /** The lists cut into pages, as a sentence names them. */
    notes: string;
    parties: string;
    partyNotes: string;
    figures: string;
    timelineOf: (year: number) => string;
    /** A published page past a list's end, naming `{list}` and linking to its first page. */
    pastTheEnd: Sentence;
    /** The name of a list's pages, for screen readers: "Pages of the notes". */
    pagesOf: (list: string) => string;
  };
  home: {
    /** A note's card: "3 parties · 2 dates · 1 figure". */
    counts: (parties: number, dates: number, figures: number) => string;
  };
  note: {
    /** The title of the link to the note's open data. */
    annotationsLink: string;
    /** The heading of how the note's date was worked out. */
    dateBasis: string;
    /** Where a note comes from, when its source has no publisher and no address. */
    source: string;
    /** The link to the original text. */
    original: string;
    /** The link to a web archive's copy of the original, before its date in brackets. */
    archivedCopy: string;
    /** The heading of the page at a note's former address. */
    movedHeading: string;
    /** What that page says, linking `{title}` to the note. */
    moved: Sentence;
    /** The heading of the former address's passages. */
    itsPassages: string;
    /** The heading of the note at a glance. */
    overview: string;
    /** The heading of the downloads that cite the note's source (CSL-JSON, BibTeX, RIS). */
    cite: string;
    /** The heading of the note's own downloads (Markdown). */
    takeAway: string;
  };
  annotation: {
    /** Above an annotation's own page, linking `{title}` to its note. */
    of: Sentence;
    /** The link back to the passage. */
    readInContext: string;
    /** The heading of the page at an annotation's former address. */
    movedHeading: string;
    /** What that page says, linking `{name}` to the annotation. */
    moved: Sentence;
    /** The open data's name of a note's annotations. */
    collection: (title: string) => string;
  };
  margin: {
    /** Read after a margin note's headline, which links to its passage. */
    toPassage: string;
    /** A margin note's kind and sureness: "party, organization", "date, to the month", "figure, approximate". */
    party: (kind: string) => string;
    date: (precision: string) => string;
    dateApproximate: string;
    figure: string;
    figureApproximate: string;
    /** A suggestion not yet reviewed: "figure, draft". */
    draft: (kind: string) => string;
    /** The heading of how a value was worked out. */
    basis: string;
    /** The date a figure holds for. */
    asOf: (date: string) => string;
    /** The links of a margin note: its own page, its row across notes, the words in the original. */
    share: string;
    inAllNotes: string;
    inTimeline: string;
    inFigures: string;
    inOriginal: string;
    /** The hidden words of a note's marker after its passage, which shows or hides the note on narrow screens. */
    showNote: (what: string) => string;
    /** The name of a block's margin, for screen readers: "Notes on paragraph 3". */
    notesOn: (block: BlockKind, position: number) => string;
    /** The hidden words of a heading's own link. */
    sectionLink: string;
    /** The heading of a note's footnotes. */
    footnotes: string;
    /** The link from a footnote back to where it is called. */
    backToReference: (number: string) => string;
  };
  /** The kinds of parties, as readers read them. */
  kinds: Record<PartyKind, string>;
  /** Dates in words: seasons, quarters, vagueness and precision. */
  dates: DateWords;
  parties: {
    /** The index of parties' description. */
    description: string;
    /** Its first paragraph. */
    intro: string;
    /** Its table's headings. */
    columns: { party: string; kind: string; notes: string; mentions: string };
    /** A party's page: "organization, named in 3 notes, 7 times." */
    named: (kind: string, notes: number, times: number) => string;
    /** The link to a party's authority record. */
    authority: string;
    /** The link back to the index of parties. */
    all: string;
  };
  timeline: {
    /** The timeline's description. */
    description: string;
    /** Its first paragraph. */
    intro: string;
    /** How many dates a year has: "3 dates". */
    dates: (n: number) => string;
    /** The link to the index of years. */
    allYears: string;
    /** The mark of a vague date. */
    approximate: string;
    /** The note a date is in. */
    inNote: (title: string) => string;
  };
  figures: {
    /** The figures' description. */
    description: string;
    /** Before the orders the figures can be listed in. */
    order: string;
    /** The orders. */
    orders: { note: string; size: string; label: string };
    /** The link to the CSV. */
    csv: string;
    /** The table's headings. */
    columns: { figure: string; value: string; unit: string; asOf: string; note: string };
    /** After a vague figure's value. */
    approximate: string;
  };
  search: {
    /** The search page's description. */
    description: string;
    /** The label of the search field. */
    label: string;
    /** The search button. */
    button: string;
    /** What the page says until its script runs, linking to the parties, the timeline and the figures. */
    withoutScript: Sentence;
    /** The search script's words, `{count}` and `{query}` filled in by it; `results` in the plural form Intl picks. */
    script: { searching: string; results: { one: string; other: string }; more: string };
  };
  vocabulary: {
    /** The vocabulary page's title and heading. */
    title: string;
    /** Its description. */
    description: string;
    /** Its first paragraph. */
    intro: Sentence;
    /** What each term of the open data's vocabulary means. */
    terms: Record<'Date' | 'date' | 'precision' | 'approximate' | 'asOf' | 'partyKind', string>;
  };
}

const TABLES: Record<string, SiteWords> = { en: english, fr: french };

/** The languages the site's words are written in. */
export const SITE_LANGUAGES = Object.keys(TABLES);

/**
 * The words for a language tag, their dates and numbers in that tag's region when it names one (`en-US` writes
 * "June 10, 2025"); a clear refusal for a tag that is not one, or a language with no table.
 */
export function siteWordsFor(tag: string): { language: string; words: SiteWords } {
  let language: string;
  try {
    language = Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0] ?? tag;
  } catch {
    throw new Error(`"${tag}" is not a language tag: write one like "en", "fr" or "en-US"`);
  }
  const parts = new Intl.Locale(language);
  const table = TABLES[parts.language];
  if (!table) {
    throw new Error(
      `"${tag}": the site's own words are written in ${SITE_LANGUAGES.join(' and ')} only; add a table for it in src/words/`,
    );
  }
  const locale = parts.region ? language : table.locale;
  return { language, words: { ...table, locale, dates: { ...table.dates, locale } } };
}
