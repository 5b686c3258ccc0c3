import { z } from 'astro/zod';
import { archivedCopySchema } from './archived-copy.ts';
import { httpUrlSchema } from './http-url.ts';
import { partialDateSchema } from './partial-date.ts';

/** Where the annotated text comes from. */
export const sourceSchema = z.strictObject({
  /** Who published the text. */
  publisher: z.string().trim().min(1).optional(),
  /** Who wrote it, as the capture names them. */
  author: z.string().trim().min(1).optional(),
  /** The original's address. */
  url: httpUrlSchema.optional(),
  /** When the text was published, at the precision known. */
  published: partialDateSchema.optional(),
  /** How a publication date that the page does not print was worked out. */
  basis: z.string().min(1).optional(),
  /** A public web archive's copy of the original, as it was on a given day. */
  archived: archivedCopySchema.optional(),
});

export type Source = z.output<typeof sourceSchema>;
