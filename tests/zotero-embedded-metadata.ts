/**
 * What Zotero's Embedded Metadata translator makes of a page's <head>, re-written after its rules for the tests
 * (zotero/translators: `Embedded Metadata.js`, last updated 2024-06-13, and the `RDF.js` import it hands
 * namespaced tags to; not their code). Only what decides a web page's item and its main fields is followed:
 *
 * - `init()`: each `<meta name|property>` is split on `.`, `:` or `_`; a prefix Zotero knows (its defaults, or one
 *   declared by `<link rel="schema.X">`) makes an RDF statement; otherwise a `citation_*` tag decides `hwType`
 *   (`citation_journal_title` a journal article, `…_conference_title` a conference paper, `…_book_title` a book
 *   section, `…_dissertation_institution` a thesis, `…_technical_report_institution` a report) or guesses one
 *   (`citation_title` guesses a journal article, `citation_isbn` a book).
 * - The type: `hwType` if any; else RDF's `detectType()`: `z:itemType`, then og:type (`website`: web page; `article`
 *   only guesses a journal article), then `dc:type` naming a Zotero type, then the default (the Highwire guess, or
 *   a web page when there are RDF statements), then the guesses.
 * - Fields: RDF's (`dc:title`, `dc:creator`, `dc:date`…), then Highwire's over them (`HIGHWIRE_MAPPINGS`, the
 *   last tag of the map found winning; `citation_author` replaces RDF's creators), then what is still missing from
 *   `meta[name=description]` and `link[rel=canonical]`.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

const DEFAULT_PREFIXES: Record<string, string> = {
  bib: 'http://purl.org/net/biblio#',
  bibo: 'http://purl.org/ontology/bibo/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  prism: 'http://prismstandard.org/namespaces/1.2/basic/',
  z: 'http://www.zotero.org/namespaces/export#',
  og: 'http://ogp.me/ns#',
  article: 'http://ogp.me/ns/article#',
};
const DC = DEFAULT_PREFIXES['dc'] as string;
const Z = DEFAULT_PREFIXES['z'] as string;
const OG = DEFAULT_PREFIXES['og'] as string;

/** The Zotero item types a page could name (a few of Zotero's 30-odd). */
const ZOTERO_TYPES = new Set([
  'webpage',
  'newspaperArticle',
  'magazineArticle',
  'journalArticle',
  'blogPost',
  'report',
  'book',
]);

const HW_TYPES: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};

/** HIGHWIRE_MAPPINGS, in its order: a later tag found overrides an earlier one for the same field. */
const HIGHWIRE_MAPPINGS: Array<[string, string]> = [
  ['citation_title', 'title'],
  ['citation_publication_date', 'date'],
  ['citation_cover_date', 'date'],
  ['citation_date', 'date'],
  ['citation_journal_title', 'publicationTitle'],
  ['citation_publisher', 'publisher'],
  ['citation_abstract', 'abstractNote'],
  ['citation_public_url', 'url'],
  ['citation_language', 'language'],
];

export interface ZoteroCreator {
  firstName?: string;
  lastName: string;
}

export interface ZoteroItem {
  itemType: string | undefined;
  title?: string | undefined;
  creators: ZoteroCreator[];
  date?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  abstractNote?: string | undefined;
  publicationTitle?: string | undefined;
}

/** ZU.cleanAuthor for "First Last" and "Last, First". */
function cleanAuthor(name: string): ZoteroCreator {
  if (name.includes(',')) {
    const [last = '', first = ''] = name.split(/\s*,\s*/);
    return { firstName: first, lastName: last };
  }
  const words = name.trim().split(/\s+/);
  const lastName = words.pop() as string;
  return words.length > 0 ? { firstName: words.join(' '), lastName } : { lastName };
}

/** processHighwireCreators: one tag per creator, or several in one tag split on ";" (or "," between full names). */
function highwireCreators(values: string[]): ZoteroCreator[] {
  return values.flatMap((value) => {
    let names = value.split(/\s*;\s*/);
    if (names.length === 1 && values.length === 1) {
      const byComma = (names[0] as string).split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0]?.includes(' ') && byComma[1]?.includes(' ')) names = byComma;
    }
    return names.filter((name) => /[^\s,-.;]/.test(name)).map((name) => cleanAuthor(name));
  });
}

export function embeddedMetadata(html: string): ZoteroItem {
  const tree = fromHtml(html);
  const head = selectAll('head', tree)[0] as Element;
  const prefixes = { ...DEFAULT_PREFIXES };
  for (const link of selectAll('link[rel]', head)) {
    const rel = String(([] as unknown[]).concat(link.properties['rel']).join(' '));
    const match = /^schema\.([a-zA-Z]+)/.exec(rel);
    if (match) prefixes[(match[1] as string).toLowerCase()] = String(link.properties['href']);
  }

  const statements = new Map<string, string[]>();
  const highwire = new Map<string, string[]>();
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  for (const meta of selectAll('meta', head)) {
    const names = String(meta.properties['name'] ?? meta.properties['property'] ?? '');
    const value = meta.properties['content'];
    if (!names || typeof value !== 'string' || !value) continue;
    for (const tag of names.split(/\s+/)) {
      const parts = tag.split(/[.:_]/);
      const prefix = (parts[0] as string).toLowerCase();
      const namespace = prefixes[prefix];
      if (namespace) {
        const property = tag.slice((parts[0] as string).length + 1);
        const key = namespace + property.charAt(0).toLowerCase() + property.slice(1);
        statements.set(key, [...(statements.get(key) ?? []), value]);
        continue;
      }
      const short = tag.slice(Math.max(0, tag.lastIndexOf('citation_')));
      highwire.set(short, [...(highwire.get(short) ?? []), value]);
      if (HW_TYPES[short]) hwType = HW_TYPES[short];
      else if (short === 'citation_title' || short === 'citation_series_title') hwTypeGuess ??= 'journalArticle';
      else if (short === 'citation_isbn') hwTypeGuess = 'book';
    }
  }
  const first = (key: string) => statements.get(key)?.[0];

  // RDF.js detectType(), for the vocabularies a web page uses.
  const zoteroType = first(`${Z}itemType`) ?? first(`${Z}type`);
  const ogType = first(`${OG}type`);
  const dcType = first(`${DC}type`);
  const t = {
    zotero: zoteroType && ZOTERO_TYPES.has(zoteroType) ? zoteroType : undefined,
    og: ogType === 'website' ? 'webpage' : ogType === 'book' ? 'book' : undefined,
    ogGuess: ogType === 'article' ? 'journalArticle' : undefined,
    dc: dcType && (ZOTERO_TYPES.has(dcType) || dcType.toLowerCase() === 'webpage') ? dcType : undefined,
    dcGuess: dcType?.toLowerCase() === 'text' ? 'journalArticle' : undefined,
  };
  const defaultUnknownType = hwTypeGuess ?? (statements.size > 0 ? 'webpage' : undefined);
  const rdfType = t.zotero ?? t.og ?? t.dc ?? defaultUnknownType ?? t.ogGuess ?? t.dcGuess;
  const itemType = statements.size > 0 ? (hwType ?? rdfType) : (hwType ?? hwTypeGuess);

  const item: ZoteroItem = {
    itemType,
    title: first(`${DC}title`) ?? first(`${OG}title`),
    creators: (statements.get(`${DC}creator`) ?? statements.get(`${DC}contributor`) ?? []).map(cleanAuthor),
    date: first(`${DC}date`),
    language: first(`${DC}language`),
    publicationTitle: first(`${DC}source`) ?? first(`${OG}site_name`),
  };
  if (item.abstractNote === undefined) item.abstractNote = first(`${DC}description`) ?? first(`${OG}description`);
  const fields = item as unknown as Record<string, string | undefined>;
  for (const [tag, field] of HIGHWIRE_MAPPINGS) {
    const value = highwire.get(tag)?.[0]?.trim();
    if (value) fields[field] = value.replace(/\s+/g, ' ');
  }
  const authors = highwireCreators(highwire.get('citation_author') ?? highwire.get('citation_authors') ?? []);
  if (authors.length > 0) item.creators = authors;
  if (!item.abstractNote) {
    const description = selectAll('meta[name="description" i]', head)[0];
    item.abstractNote = description ? String(description.properties['content']) : undefined;
  }
  if (!item.url) {
    const canonical = selectAll('link[rel="canonical"]', head)[0];
    item.url = canonical ? String(canonical.properties['href']) : undefined;
  }
  return item;
}
