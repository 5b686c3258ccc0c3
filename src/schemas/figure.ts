import { z } from 'astro/zod';
import { annotationBaseFields, claimFields } from './annotation.ts';
import { isCurrencyCode } from '../values/currency.ts';
import { partialDateSchema } from './partial-date.ts';

/** A money unit must be the capitalised ISO 4217 code; "usd" would read as a unit word. */
const unitSchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((unit, ctx) => {
    const upper = unit.toUpperCase();
    if (unit !== upper && isCurrencyCode(upper)) {
      ctx.addIssue({
        code: 'custom',
        message: `money units are ISO 4217 codes in capitals: write "${upper}", not "${unit}"`,
      });
    }
  });

/** A number the text states, with its unit. */
export const figureSchema = z
  .strictObject({
    ...annotationBaseFields,
    ...claimFields,
    /** The number itself, in full (10 billion is 10000000000); finite, as Zod numbers are. */
    value: z.number(),
    /** An ISO 4217 code for money (USD, EUR), or a unit word (sources, people, %, TPU). */
    unit: unitSchema,
    /** What the number measures. Left out, the pages show the words of the text around it, quoted (see dates). */
    label: z.string().trim().min(1).optional(),
    /** The date the figure holds for, at its precision. */
    asOf: partialDateSchema.optional(),
  })
  .transform((figure) => ({ ...figure, type: 'figure' as const }));

export type Figure = z.output<typeof figureSchema>;
