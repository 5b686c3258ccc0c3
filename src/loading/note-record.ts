/**
 * What the loader keeps of each rendered note besides its data, on the content entry's `rendered.metadata`:
 * everything the pages need of the note's text, worked out once when it was rendered.
 *
 * The record is kept deflated. Astro serialises the whole content store at every build, keeps it in memory and
 * hands it to the pages; the record's HTML, selectors and sentences are 15.5 KB of JSON a note, which deflate
 * to about a quarter (3.9 KB in base64). See docs/performance.md.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { MarkdownHeading } from 'astro';
import type { PassageInContext } from '../anchoring/anchored-text.ts';
import type { PassageSelectors } from '../open-data/text-selectors.ts';

export interface NoteRecord {
  /** The note's text rendered, its passages marked and its margin notes in place. */
  html: string;
  headings: MarkdownHeading[];
  /** Each passage's W3C selectors in the page, by annotation id. */
  selectors: Record<string, PassageSelectors>;
  /** Every passage and mention in its sentence, in text order. */
  inContext: PassageInContext[];
  /** Where each date and figure has its row across notes (a page of the timeline or the figures), by id. */
  entries: Record<string, string>;
}

/** The record as the content store keeps it. */
export interface StoredRecord {
  /** The digest of the note's bytes and the rendering code alone, without its links across notes. */
  source: string;
  /** The record's JSON, deflated (raw DEFLATE), in base64. */
  packed: string;
}

/** The key of the record in a rendered entry's metadata. */
export const RECORD_KEY = 'gloss';

export function packRecord(source: string, record: NoteRecord): StoredRecord {
  return { source, packed: deflateRawSync(JSON.stringify(record)).toString('base64') };
}

/** The record kept on a rendered entry, or an error saying it is missing. */
export function storedRecordOf(
  rendered: { metadata?: Record<string, unknown> | undefined } | undefined,
  id: string,
): StoredRecord {
  const stored = rendered?.metadata?.[RECORD_KEY] as StoredRecord | undefined;
  if (!stored || typeof stored.source !== 'string' || typeof stored.packed !== 'string')
    throw new Error(`note "${id}" was rendered without its record (restart the dev server, or build again)`);
  return stored;
}

/** The record itself, as the pages read it. */
export function unpackRecord(stored: StoredRecord): NoteRecord {
  return JSON.parse(inflateRawSync(Buffer.from(stored.packed, 'base64')).toString('utf8')) as NoteRecord;
}
