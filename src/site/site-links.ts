/**
 * Every address of the site in one place, under its base path, so pages, the Markdown plugin and the data
 * files cannot disagree on where a note, an annotation or a party lives.
 */

export interface SiteLinks {
  home: string;
  note: (slug: string) => string;
  /** The passage itself, on its note's page. */
  passage: (slug: string, id: string) => string;
  /** The annotation's own page, for sharing; undefined when those pages are switched off. */
  annotationPage: (slug: string, id: string) => string | undefined;
  annotations: (slug: string) => string;
  /** The note's source as a citation to download: CSL-JSON, BibTeX or RIS. */
  citation: (slug: string, format: CitationFormat) => string;
  /** The note as one Markdown file, for Obsidian and other note-taking tools. */
  markdown: (slug: string) => string;
  parties: string;
  party: (id: string) => string;
  /** The index of years. */
  timeline: string;
  /** A year of the timeline (its first page). */
  timelineYear: (year: number) => string;
  figures: string;
  figuresBy: (order: 'size' | 'label') => string;
  figuresCsv: string;
  search: string;
  feed: string;
}

/** The citation files of a note, by the extension of their address. */
export const CITATION_FORMATS = ['json', 'bib', 'ris'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** The id of an annotation's row in the cross-note pages: unique across notes. */
export const entryIdOf = (slug: string, id: string): string => `${slug}--${id}`;

export function siteLinks(base: string, options: { annotationPages: boolean }): SiteLinks {
  const root = base.endsWith('/') ? base : `${base}/`;
  const note = (slug: string) => `${root}notes/${slug}/`;
  return {
    home: root,
    note,
    passage: (slug, id) => `${note(slug)}#${id}`,
    annotationPage: (slug, id) => (options.annotationPages ? `${note(slug)}${id}/` : undefined),
    annotations: (slug) => `${note(slug)}annotations.jsonld`,
    citation: (slug, format) => `${note(slug)}cite.${format}`,
    markdown: (slug) => `${root}notes/${slug}.md`,
    parties: `${root}parties/`,
    party: (id) => `${root}parties/${id}/`,
    timeline: `${root}timeline/`,
    timelineYear: (year) => `${root}timeline/${year}/`,
    figures: `${root}figures/`,
    figuresBy: (order) => `${root}figures/by-${order}/`,
    figuresCsv: `${root}figures.csv`,
    search: `${root}search/`,
    feed: `${root}rss.xml`,
  };
}
