import { z } from 'astro/zod';

/** A suggestion the author rejected in review: kept in the note, so `npm run suggest` never proposes it again. */
export const rejectedSuggestionSchema = z.strictObject({
  /** What it would have been. */
  type: z.enum(['party', 'date', 'figure']),
  /** The words it was suggested for (a party's name when it had no quote of its own). */
  quote: z.string().trim().min(1),
});

export type RejectedSuggestion = z.output<typeof rejectedSuggestionSchema>;
