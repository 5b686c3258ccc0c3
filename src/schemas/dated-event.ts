import { z } from 'astro/zod';
import { annotationBaseFields, claimFields } from './annotation.ts';
import { partialDateSchema } from './partial-date.ts';

/** A moment the text refers to, resolved to a calendar date at the precision the text allows. */
export const datedEventSchema = z
  .strictObject({
    ...annotationBaseFields,
    ...claimFields,
    /** The date meant, at its real precision: 2025, 2025-05, 2025-05-14; 2019-21 spring, 2022-35 Q3 (EDTF). */
    date: partialDateSchema,
    /**
     * What happened then, in a few words. Left out, the pages show the words of the text around the date, quoted:
     * a suggested label is kept only where the text gives a short one, and an author need not write one.
     */
    label: z.string().trim().min(1).optional(),
  })
  .transform((event) => ({ ...event, type: 'date' as const }));

export type DatedEvent = z.output<typeof datedEventSchema>;
