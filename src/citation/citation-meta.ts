/**
 * What a note's page says of itself in `<meta>` tags for reference managers: Highwire Press `citation_*` tags
 * (Google Scholar's) and Dublin Core (`DC.*`, declared by a `schema.DC` link), as Zotero's Embedded Metadata
 * translator reads them. The page is cited as a web page by its annotator, naming the article it annotates.
 *
 * How Zotero decides the item type (zotero/translators, `Embedded Metadata.js` and `RDF.js`): `citation_title`
 * alone makes it guess a journal article, and `citation_journal_title`, `citation_conference_title`,
 * `citation_book_title`, `citation_dissertation_institution` or `citation_technical_report_institution` would
 * impose another type, so none of those is written. `z.itemType` (Zotero's own namespace, which the translator
 * knows without a schema link) set to "webpage" decides before any guess; `DC.type` would do it too, but is shown
 * as the website's type. `DC.source` would become the website's title, so the article is named by `DC.relation`.
 */

export interface CitationMetaInput {
  title: string;
  /** The page's address, absolute. */
  url: string;
  /** The language of the note's text (BCP 47). */
  language: string;
  /** Who annotated the note (SITE_AUTHOR), when the site says. */
  annotator?: string | undefined;
  /** When the note was first published (xsd:dateTime), when git knows. */
  published?: string | undefined;
  /** The annotated article's address. */
  source?: string | undefined;
  /** The note's summary. */
  summary?: string | undefined;
  tags?: readonly string[];
}

/** The Dublin Core elements' namespace, which Zotero reads `DC.*` in. */
export const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/** The page's tags as [name, content] pairs, in the order they are written. */
export function citationMeta(input: CitationMetaInput): Array<[name: string, content: string]> {
  const day = input.published?.slice(0, 10);
  const tags: Array<[string, string | undefined]> = [
    ['citation_title', input.title],
    ['citation_author', input.annotator],
    // Google Scholar's form of a date: 2025/06/11.
    ['citation_publication_date', day?.replaceAll('-', '/')],
    ['citation_public_url', input.url],
    ['citation_language', input.language],
    ...(input.tags ?? []).map((tag): [string, string] => ['citation_keywords', tag]),
    ['z.itemType', 'webpage'],
    ['DC.title', input.title],
    ['DC.creator', input.annotator],
    ['DC.date', day],
    ['DC.identifier', input.url],
    ['DC.language', input.language],
    ['DC.relation', input.source],
    ['DC.description', input.summary],
  ];
  return tags.filter((tag): tag is [string, string] => tag[1] !== undefined && tag[1] !== '');
}
