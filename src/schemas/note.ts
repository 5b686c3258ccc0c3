import { z } from 'astro/zod';
import { annotationIdSchema } from './annotation-id.ts';
import { datedEventSchema } from './dated-event.ts';
import { figureSchema } from './figure.ts';
import { languageSchema } from './language.ts';
import { partySchema } from './party.ts';
import { rejectedSuggestionSchema } from './rejected-suggestion.ts';
import { sourceSchema } from './source.ts';

/** One annotated text: its frontmatter, with the annotations anchored to its body. */
export const noteSchema = z
  .strictObject({
    /** The text's title. */
    title: z.string().trim().min(1),
    /** The language the text is written in (BCP 47); the site's language when left out. */
    language: languageSchema.optional(),
    /** Where the text comes from. */
    source: sourceSchema.optional(),
    /** The annotator's summary of the text. */
    summary: z.string().trim().min(1).optional(),
    /** Topics, for grouping notes. */
    tags: z.array(z.string().trim().min(1)).default([]),
    /** People, organisations, products and other parties the text is about. */
    parties: z.array(partySchema).default([]),
    /** Moments the text refers to, as calendar dates. */
    dates: z.array(datedEventSchema).default([]),
    /** Numbers the text states, with their units. */
    figures: z.array(figureSchema).default([]),
    /** Slugs the note was published under before, whose pages now send readers on to this one. */
    formerSlugs: z.array(annotationIdSchema).default([]),
    /** Suggestions the author rejected in review, never proposed again. */
    rejected: z.array(rejectedSuggestionSchema).default([]),
  })
  .superRefine((note, ctx) => {
    // Current and former ids share one namespace: both are fragments of the same page.
    const seen = new Map<string, string>();
    for (const kind of ['parties', 'dates', 'figures'] as const) {
      note[kind].forEach((annotation, index) => {
        const ids: Array<[string, PropertyKey[]]> = [
          [annotation.id, [kind, index, 'id']],
          ...annotation.formerIds.map((id, at): [string, PropertyKey[]] => [id, [kind, index, 'formerIds', at]]),
        ];
        for (const [id, path] of ids) {
          const first = seen.get(id);
          if (first) {
            ctx.addIssue({
              code: 'custom',
              path,
              message: `id "${id}" is already used by ${first}; every annotation of a note needs its own ids`,
            });
          } else {
            seen.set(id, `${kind}[${index}]`);
          }
        }
      });
    }
  });

export type Note = z.output<typeof noteSchema>;

export type Annotation = Note['parties'][number] | Note['dates'][number] | Note['figures'][number];

/** Every annotation of a note, parties first, then dates, then figures, each in authoring order. */
export const annotationsOf = (note: Pick<Note, 'parties' | 'dates' | 'figures'>): Annotation[] => [
  ...note.parties,
  ...note.dates,
  ...note.figures,
];
