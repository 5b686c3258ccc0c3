/**
 * A note's annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD): each targets the note's page
 * with a TextQuoteSelector and a TextPositionSelector over the page's text, and carries its structured value.
 */
import type { AnchoredText } from './anchored-text.ts';
import { summaryOf } from './describe-annotation.ts';
import type { Annotation, Note } from '../schemas/note.ts';

/** Characters of context kept on either side of a quote, as other annotation tools do. */
const CONTEXT = 32;

interface CollectionAddresses {
  /** Absolute URL of the note's page. */
  page: string;
  /** Absolute URL of the collection itself. */
  collection: string;
  /** Absolute URL of the vocabulary for values Web Annotation has no word for. */
  vocabulary: string;
}

function valueOf(annotation: Annotation): Record<string, unknown> {
  switch (annotation.type) {
    case 'party':
      return {
        type:
          annotation.kind === 'person'
            ? 'schema:Person'
            : annotation.kind === 'organization'
              ? 'schema:Organization'
              : 'schema:Thing',
        'schema:name': annotation.name,
        'gloss:partyKind': annotation.kind,
        ...(annotation.sameAs ? { 'schema:sameAs': annotation.sameAs } : {}),
        ...(annotation.role ? { 'schema:description': annotation.role } : {}),
      };
    case 'date':
      return {
        type: 'gloss:Date',
        'schema:name': annotation.label,
        'gloss:date': annotation.date.iso,
        'gloss:precision': annotation.date.precision,
        'gloss:approximate': annotation.approximate,
      };
    case 'figure':
      return {
        type: 'schema:QuantitativeValue',
        'schema:name': annotation.label,
        'schema:value': annotation.value,
        'schema:unitText': annotation.unit,
        'gloss:approximate': annotation.approximate,
        ...(annotation.asOf ? { 'gloss:asOf': annotation.asOf.iso } : {}),
      };
  }
}

export function annotationCollection(
  note: Note,
  annotations: Annotation[],
  anchors: AnchoredText,
  at: CollectionAddresses,
) {
  const passages = new Map(anchors.passages.map((passage) => [passage.id, passage]));
  const items = annotations.flatMap((annotation) => {
    const passage = passages.get(annotation.id);
    if (!passage) return [];
    return [
      {
        id: `${at.page}#${annotation.id}`,
        type: 'Annotation',
        motivation: annotation.type === 'party' ? 'identifying' : 'describing',
        body: [
          { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: summaryOf(annotation) },
          ...(annotation.note
            ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: annotation.note }]
            : []),
          valueOf(annotation),
        ],
        target: {
          source: at.page,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: anchors.text.slice(passage.start, passage.end),
              prefix: anchors.text.slice(Math.max(0, passage.start - CONTEXT), passage.start),
              suffix: anchors.text.slice(passage.end, passage.end + CONTEXT),
            },
            { type: 'TextPositionSelector', start: passage.start, end: passage.end },
          ],
        },
      },
    ];
  });
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { schema: 'https://schema.org/', gloss: at.vocabulary }],
    id: at.collection,
    type: 'AnnotationCollection',
    label: `Annotations of “${note.title}”`,
    total: items.length,
    first: { id: `${at.collection}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
