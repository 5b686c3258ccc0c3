import { z } from 'astro/zod';
import { annotationIdSchema } from './annotation-id.ts';

/** What every annotation has: an id, the words it is anchored to, and optional commentary. */
export const annotationBaseFields = {
  /** Unique among all annotations of the note; the URL fragment of its passage. */
  id: annotationIdSchema,
  /** Text just before the quote, to tell apart places with the same words (W3C TextQuoteSelector `prefix`). */
  prefix: z.string().min(1).optional(),
  /** Text just after the quote, to tell apart places with the same words (W3C TextQuoteSelector `suffix`). */
  suffix: z.string().min(1).optional(),
  /** The annotator's commentary, in inline Markdown. */
  note: z.string().min(1).optional(),
  /** Ids this annotation had before, so links published with them still land on its passage. */
  formerIds: z.array(annotationIdSchema).default([]),
  /** True while a suggested annotation awaits the author's review: shown by `npm run dev`, refused by a build. */
  draft: z.boolean().default(false),
  /** How sure the suggestion is, 0 to 1; review can reject the drafts below a confidence at once. Drafts only. */
  confidence: z.number().min(0).max(1).optional(),
  /** What the suggestion rests on ("named 4 times; a legal form: ASA"), shown beside the draft. Drafts only. */
  evidence: z.string().min(1).optional(),
};

/** Fields that dates and figures share beyond the base: they claim exactly one passage and may be inferred. */
export const claimFields = {
  /** The exact words of the text this annotation is about; must match exactly one place. */
  quote: z.string().trim().min(1),
  /** True when the text itself is vague (“late 2022”, “about 3,000”). */
  approximate: z.boolean().default(false),
  /** How the value was worked out from the text, when the text does not state it outright. */
  basis: z.string().min(1).optional(),
};
