/**
 * A note's annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD) that other annotation tools can
 * use: each annotation's bodies are a textual description, the author's comment, and an External Web Resource
 * carrying the structured value; its target is a passage of the note's page (a Specific Resource), with
 * selectors any W3C client re-anchors there. Who made the annotations (the site's author) and what wrote them out
 * (Gloss) are named as the model's agents.
 */
import { summaryOf } from '../site/describe-annotation.ts';
import type { SiteWords } from '../words/site-words.ts';
import { schemaTypeOf } from './schema-org-type.ts';
import type { Annotation, Note } from '../schemas/note.ts';
import type { PassageSelectors } from './text-selectors.ts';

/** The element whose text the position selectors count in: the note's body on its page. */
const BODY_SELECTOR = '.note-body';

interface Addresses {
  /** Absolute URL of the site's home page. */
  home: string;
  /** Absolute URL of the note's page. */
  page: string;
  /** Absolute URL of the collection itself. */
  collection: string;
  /** Absolute URL of the vocabulary for values Web Annotation has no word for. */
  vocabulary: string;
  /** Absolute URLs of the site's own page for a party, and of a date's or a figure's row across notes. */
  party: (id: string) => string;
  entry: (id: string) => string;
}

interface CollectionInput {
  note: Note;
  annotations: readonly Annotation[];
  /** Each passage's selectors in the note's page, by annotation id (see text-selectors.ts). */
  selectors: Readonly<Record<string, PassageSelectors>>;
  at: Addresses;
  /** The language of the site's own words (descriptions, comments). */
  language: string;
  /** The site's own words, in that language. */
  words: SiteWords;
  /** Who made the annotations, when the site says: a name, and an address of theirs when one is given. */
  creator?: { name: string; url?: string | undefined } | undefined;
  /** When the note's annotations were first published and last changed, when known. */
  dates?: { created: string; modified: string } | undefined;
}

/** The structured value, as an External Web Resource: an IRI of its own, no `value`, `source` or `target`. */
function valueOf(annotation: Annotation, at: Addresses): Record<string, unknown> {
  switch (annotation.type) {
    case 'party':
      return {
        id: annotation.sameAs ?? at.party(annotation.id),
        type: `schema:${schemaTypeOf(annotation.kind)}`,
        'schema:name': annotation.name,
        'gloss:partyKind': annotation.kind,
        ...(annotation.role ? { 'schema:description': annotation.role } : {}),
        ...(annotation.sameAs ? { 'schema:sameAs': { id: annotation.sameAs } } : {}),
        'schema:url': { id: at.party(annotation.id) },
      };
    case 'date':
      return {
        id: at.entry(annotation.id),
        type: 'gloss:Date',
        ...(annotation.label ? { 'schema:name': annotation.label } : {}),
        'gloss:date': annotation.date.iso,
        'gloss:precision': annotation.date.precision,
        'gloss:approximate': annotation.approximate,
      };
    case 'figure':
      return {
        id: at.entry(annotation.id),
        type: 'schema:QuantitativeValue',
        ...(annotation.label ? { 'schema:name': annotation.label } : {}),
        'schema:value': annotation.value,
        'schema:unitText': annotation.unit,
        'gloss:approximate': annotation.approximate,
        ...(annotation.asOf ? { 'gloss:asOf': annotation.asOf.iso } : {}),
      };
  }
}

/** The passage's place in the text of the note's body as a browser has it, margin notes included. */
const positionSelector = ({ start, end }: PassageSelectors) => ({
  type: 'CssSelector',
  value: BODY_SELECTOR,
  refinedBy: { type: 'TextPositionSelector', start, end },
});

/** The software that wrote the annotations out, as a Software agent: this site's generator, Gloss. */
const generatorOf = (at: Addresses) => ({ id: `${at.home}#gloss`, type: 'Software', name: 'Gloss', homepage: at.home });

export function annotationCollection(input: CollectionInput) {
  const { note, selectors, at, language, words, creator, dates } = input;
  const author = creator
    ? { creator: { ...(creator.url ? { id: creator.url } : {}), type: 'Person', name: creator.name } }
    : {};
  const made = { ...(dates ? { created: dates.created, modified: dates.modified } : {}), ...author };
  // A description and a comment are written when the note is: they share its dates and author.
  const written = { ...(dates ? { created: dates.created } : {}), ...author };
  const items = input.annotations.flatMap((annotation) => {
    const passage = selectors[annotation.id];
    if (!passage) return [];
    const textual = (purpose: string, format: string, value: string) => ({
      type: 'TextualBody',
      purpose,
      format,
      language,
      ...written,
      value,
    });
    return [
      {
        id: `${at.collection}#${annotation.id}`,
        type: 'Annotation',
        motivation: annotation.type === 'party' ? 'identifying' : 'describing',
        ...made,
        generator: generatorOf(at),
        body: [
          textual('describing', 'text/plain', summaryOf(annotation, words)),
          ...(annotation.note ? [textual('commenting', 'text/markdown', annotation.note)] : []),
          valueOf(annotation, at),
        ],
        target: {
          type: 'SpecificResource',
          source: at.page,
          format: 'text/html',
          // The passage is in the text's language, which may not be the site's.
          language: note.language ?? language,
          selector: [
            { type: 'TextQuoteSelector', exact: passage.exact, prefix: passage.prefix, suffix: passage.suffix },
            positionSelector(passage),
          ],
        },
      },
    ];
  });
  const page = `${at.collection}#page-1`;
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { schema: 'https://schema.org/', gloss: at.vocabulary }],
    id: at.collection,
    type: 'AnnotationCollection',
    label: words.annotation.collection(note.title),
    ...made,
    total: items.length,
    first: { id: page, type: 'AnnotationPage', partOf: at.collection, startIndex: 0, items },
    last: page,
  };
}
