/**
 * After a save under `astro dev`: the note's record as the notes loader renders it anew, read from the records
 * folder (see loading/note-record.ts), so the page shows the change before Astro's own reload.
 */
import { mkdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { readRecord, type NoteRecord } from '../loading/note-record.ts';

export interface RecordWatch {
  /** The next record written for `page`; none after `ms` (the note was left out, or rendered as before). */
  next: (ms: number) => Promise<NoteRecord | undefined>;
}

/** Starts watching before the note is written, so that no record written after it is missed. */
export function watchRecords(folder: string, page: string): RecordWatch {
  mkdirSync(folder, { recursive: true });
  let found: ((record: NoteRecord) => void) | undefined;
  let early: NoteRecord | undefined;
  const watcher = watch(folder, (_event, name) => {
    if (!name?.endsWith('.json.deflate')) return;
    let record: NoteRecord;
    try {
      record = readRecord({ source: '', file: join(folder, name) });
    } catch {
      return;
    }
    if (record.page !== page) return;
    if (found) found(record);
    else early ??= record;
  });
  return {
    next: (ms) =>
      new Promise((resolve) => {
        const done = (record: NoteRecord | undefined): void => {
          clearTimeout(timer);
          watcher.close();
          resolve(record);
        };
        const timer = setTimeout(() => done(undefined), ms);
        found = done;
        if (early) done(early);
      }),
  };
}
