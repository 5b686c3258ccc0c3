/**
 * What the loader keeps of each rendered note besides its data: everything the pages need of the note's text,
 * worked out once when it was rendered. The record is a content-addressed file under Astro's cache folder (its
 * name is the digest of its bytes), and the content entry names it in `rendered.metadata`, under `dev` and
 * `build` alike. The store itself stays small: Astro serialises it whole at every build and every save in dev,
 * and bundles it into the pages as one string literal, which V8 compiles in the square of its length.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { MarkdownHeading } from 'astro';
import type { PassageInContext } from '../anchoring/anchored-text.ts';
import type { PassageSelectors } from '../open-data/text-selectors.ts';

export interface NoteRecord {
  /** The note's page, `/notes/<page>/`. */
  page: string;
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

/** What a content entry's `rendered.metadata` holds under RECORD_KEY. */
export interface RecordRef {
  /** The digest of the note's bytes and the rendering code alone, without its links across notes. */
  source: string;
  /** The record's file: its name is the digest of its bytes. */
  file: string;
  /** The digest of the whole entry as the loader stored it (see sealOf). */
  seal?: string;
}

/** What the loader stores of a note, and reuses later if it is intact. */
export interface StoredEntry {
  id: string;
  filePath?: string | undefined;
  digest: string;
  data: unknown;
  ref: RecordRef;
}

/** The key of the record's reference in a rendered entry's metadata. */
export const RECORD_KEY = 'gloss';

/** The folder of the records, under Astro's cache folder. */
export const recordFolderOf = (cacheDir: string): string => join(cacheDir, 'gloss-notes');

const digestOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64url');

/**
 * The digest of everything the loader reuses of a stored entry. Taken when the entry is stored, and again when it
 * is read back (devalue keeps the data's values and the order of its keys), so a changed store is found.
 */
export const sealOf = ({ id, filePath, digest, data, ref }: StoredEntry): string =>
  createHash('sha256')
    .update(JSON.stringify([id, filePath ?? null, digest, data, ref.source, ref.file]))
    .digest('base64url');

/** Whether the bytes of a record file are the ones its name promises. */
function intactBytes(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    return basename(file) === `${digestOf(bytes)}.json.deflate` ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a stored entry can be reused: `damaged` when its seal does not match or its record file is missing or
 * changed, `unsealed` when it has no seal (stored by an earlier version of this code).
 */
export function entryState(entry: StoredEntry): 'intact' | 'damaged' | 'unsealed' {
  const { ref } = entry;
  if (typeof ref !== 'object' || ref === null) return 'unsealed';
  if (typeof ref.source !== 'string' || typeof ref.file !== 'string') return 'damaged';
  if (ref.seal === undefined) return 'unsealed';
  try {
    if (sealOf(entry) !== ref.seal) return 'damaged';
  } catch {
    // A damaged store can make the data a value JSON cannot write (a cycle, say).
    return 'damaged';
  }
  return intactBytes(ref.file) ? 'intact' : 'damaged';
}

/**
 * Writes a record (deflated JSON) under `folder`, named by its digest; returns its file. A file of that name is
 * written again all the same: it may be the damaged copy that made the loader render the note again.
 */
export function writeRecord(folder: string, record: NoteRecord): string {
  const bytes = deflateRawSync(JSON.stringify(record));
  const file = join(folder, `${digestOf(bytes)}.json.deflate`);
  mkdirSync(folder, { recursive: true });
  // Renamed into place, so a reader finds it whole or not at all; its name says what its bytes must be.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
  return file;
}

/** The reference kept on a rendered entry, or an error saying it is missing. */
export function recordRefOf(
  rendered: { metadata?: Record<string, unknown> | undefined } | undefined,
  id: string,
): RecordRef {
  const ref = rendered?.metadata?.[RECORD_KEY] as RecordRef | undefined;
  if (!ref || typeof ref.file !== 'string')
    throw new Error(`note "${id}" was stored without its record (restart the dev server, or build again)`);
  return ref;
}

/**
 * The record itself, as the pages read it. The loader reuses only intact records, so one that cannot be read was
 * changed after the loader ran: that is said in one line, not in a stack trace.
 */
export function readRecord(ref: RecordRef): NoteRecord {
  const bytes = intactBytes(ref.file);
  try {
    if (!bytes) throw new Error(`${ref.file} is missing or changed`);
    return JSON.parse(inflateRawSync(bytes).toString('utf8')) as NoteRecord;
  } catch (error) {
    const failure = new Error(
      `Gloss: a note's stored record cannot be read (${error instanceof Error ? error.message : String(error)}); build again with --clean`,
    );
    failure.stack = '';
    throw failure;
  }
}
