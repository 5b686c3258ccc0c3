/**
 * What the loader keeps of each rendered note besides its data, on the content entry's `rendered.metadata`:
 * everything the pages need of the note's text, worked out once when it was rendered.
 *
 * The record is kept deflated. Astro serialises the whole content store at every build, keeps it in memory and
 * hands it to the pages; the record's HTML, selectors and sentences are 15.5 KB of JSON a note, which deflate
 * to about a quarter (3.9 KB in base64). See docs/performance.md.
 */
import { createHash } from 'node:crypto';
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
  /**
   * The digest of the whole entry as a build stored it (see sealOf): a later build reuses the entry only if it
   * still has it. None under `astro dev`, whose store holds no note.
   */
  seal?: string;
}

/** What a build stores of a note, and reuses at the next build if it is intact. */
export interface StoredEntry {
  id: string;
  filePath: string | undefined;
  digest: string;
  data: unknown;
  record: StoredRecord;
}

/**
 * The digest of everything a later build reuses of a stored entry: its id, file, digest, data and record. Taken
 * when the entry is stored, and again when it is read back (devalue keeps the data's values and the order of
 * its keys, so the two agree unless the store was changed in between).
 */
export const sealOf = ({ id, filePath, digest, data, record }: StoredEntry): string =>
  createHash('sha256')
    .update(JSON.stringify([id, filePath ?? null, digest, data, record.source, record.packed]))
    .digest('base64url');

/**
 * Whether a stored entry is as the build that stored it left it: `damaged` when its seal does not match (or its
 * data cannot be read at all), `unsealed` when it has no seal (stored by an earlier version of this code).
 */
export function entryState(entry: StoredEntry): 'intact' | 'damaged' | 'unsealed' {
  const { record } = entry;
  if (typeof record !== 'object' || record === null) return 'damaged';
  if (typeof record.source !== 'string' || typeof record.packed !== 'string') return 'damaged';
  if (record.seal === undefined) return 'unsealed';
  try {
    return sealOf(entry) === record.seal ? 'intact' : 'damaged';
  } catch {
    // A damaged store can make the data a value JSON cannot write (a cycle, say).
    return 'damaged';
  }
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

/**
 * The record itself, as the pages read it. The loader reuses only sealed records, so one that cannot be read
 * was changed after the loader ran: that is said in one line, not in a stack trace.
 */
export function unpackRecord(stored: StoredRecord): NoteRecord {
  try {
    return JSON.parse(inflateRawSync(Buffer.from(stored.packed, 'base64')).toString('utf8')) as NoteRecord;
  } catch (error) {
    const failure = new Error(
      `Gloss: a note's stored record cannot be read (${error instanceof Error ? error.message : String(error)}); build again with --clean`,
    );
    failure.stack = '';
    throw failure;
  }
}
