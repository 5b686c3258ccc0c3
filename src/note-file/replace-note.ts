/**
 * Writes a note's file for review without ever losing a change made meanwhile by someone else (an editor, a
 * second tab): the new bytes go to a temporary file beside the note and are flushed; the note is then read again
 * and compared with what the page was shown, and the temporary file renamed over it only if they are the same.
 * Nothing runs between that comparison and the rename. A symlinked note is written through to its target.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** The digest of a note's text as review shows it and compares it. */
export const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex');

export type Replaced = { written: true } | { written: false; reason: 'changed' };

/** Replaces the note at `path` by `text` if its bytes still have the digest `seen`. */
export function replaceNote(path: string, seen: string, text: string): Replaced {
  // The file itself, not the link to it: a rename over the link would replace the link by a copy.
  const target = realpathSync(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temporary, 'wx');
  try {
    try {
      writeSync(fd, Buffer.from(text));
      // The note keeps who may read and write it.
      fchmodSync(fd, statSync(target).mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (digestOf(readFileSync(target, 'utf8')) !== seen) {
      rmSync(temporary, { force: true });
      return { written: false, reason: 'changed' };
    }
    renameSync(temporary, target);
    return { written: true };
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
