import { z } from 'astro/zod';
import { annotationBaseFields } from './annotation.ts';
import { httpUrlSchema } from './http-url.ts';

const PARTY_KINDS = ['organization', 'person', 'product', 'initiative', 'group', 'place', 'other'] as const;

/** Someone or something the text is about; anchored at its first mention, with every other mention linked to it. */
export const partySchema = z
  .strictObject({
    ...annotationBaseFields,
    /** The party's name as a reader should see it. */
    name: z.string().trim().min(1),
    /** What sort of party this is. */
    kind: z.enum(PARTY_KINDS),
    /** The party's part in this text. */
    role: z.string().min(1).optional(),
    /** Other names the text uses for the party; each occurrence is marked as a mention. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** An authority record for the party (e.g. Wikidata), used to match it across notes. */
    sameAs: httpUrlSchema.optional(),
    /** The words of its anchor passage; the name when omitted. */
    quote: z.string().trim().min(1).optional(),
  })
  .transform(({ quote, ...party }) => ({ ...party, type: 'party' as const, quote: quote ?? party.name }));

export type Party = z.output<typeof partySchema>;
