/**
 * What the loader keeps of each rendered note besides its data and HTML, on the content entry's
 * `rendered.metadata`: everything the pages need of the note's text, worked out once when it was rendered.
 */
import type { PassageInContext } from '../anchoring/anchored-text.ts';
import type { PassageSelectors } from '../open-data/text-selectors.ts';

export interface NoteRecord {
  /** The digest of the note's bytes and the rendering code alone, without its links across notes. */
  source: string;
  /** Each passage's W3C selectors in the page, by annotation id. */
  selectors: Record<string, PassageSelectors>;
  /** Every passage and mention in its sentence, in text order. */
  inContext: PassageInContext[];
  /** Where each date and figure has its row across notes (a page of the timeline or the figures), by id. */
  entries: Record<string, string>;
}

/** The key of the record in a rendered entry's metadata. */
export const RECORD_KEY = 'gloss';

/** The record kept on a rendered entry, or an error saying it is missing. */
export function noteRecordOf(
  rendered: { metadata?: Record<string, unknown> | undefined } | undefined,
  id: string,
): NoteRecord {
  const record = rendered?.metadata?.[RECORD_KEY] as NoteRecord | undefined;
  if (!record || typeof record.selectors !== 'object' || !Array.isArray(record.inContext))
    throw new Error(`note "${id}" was rendered without its record (restart the dev server, or build again)`);
  return record;
}
