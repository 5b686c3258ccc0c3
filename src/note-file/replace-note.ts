/**
 * Writes a note's file for review without ever losing a change made meanwhile by someone else (an editor, a
 * second tab): the new bytes go to a temporary file beside the note and are flushed; the note is compared with
 * what the page was shown, and the temporary file renamed over it only if they are the same. A symlinked note is
 * written through to its target.
 *
 * An editor can still write between that comparison and the rename, into the file the rename then unlinks: its
 * change would be lost. So the note's file is held by a second (hard) link across the rename, and read again
 * after it: if it changed, the editor's file is put back in place, as it is (an editor still writing finishes
 * into it), and the save is refused as changed. An editor that opens the note truncates it at once, so one that
 * opened it before the rename has changed it before this last look.
 *
 * What no file system offers without a lock the editor takes part in: an editor that read the note before the
 * rename and writes its buffer back after it replaces the save, as it would replace any other program's change.
 * Reading the note again after the rename cannot tell that from an editor that read the save and added to it
 * (refusing then would say "not saved" of a save that is there), so the save stands as saved. Editors warn of
 * such a write themselves ("file changed on disk"), and review's next request sees it: the note's digest no
 * longer matches the page.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
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
export function replaceNote(
  path: string,
  seen: string,
  text: string,
  /** Where a test plays an editor at the moments a save cannot see by itself. */
  moments: { beforeRename?: () => void } = {},
): Replaced {
  // The file itself, not the link to it: a rename over the link would replace the link by a copy.
  const target = realpathSync(path);
  const stem = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}`);
  const temporary = `${stem}.tmp`;
  const held = `${stem}.was`;
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
    const holding = holdFile(target, held);
    if (digestOf(readFileSync(holding ? held : target, 'utf8')) !== seen) return refused(temporary, held);
    moments.beforeRename?.();
    renameSync(temporary, target);
    if (holding && digestOf(readFileSync(held, 'utf8')) !== seen) {
      // Written between the comparison and the rename: the editor's file goes back, with what it wrote.
      renameSync(held, target);
      return { written: false, reason: 'changed' };
    }
    rmSync(held, { force: true });
    return { written: true };
  } catch (error) {
    rmSync(temporary, { force: true });
    rmSync(held, { force: true });
    throw error;
  }
}

/** A second link to the note's file; false on a file system without hard links, which then goes without. */
function holdFile(target: string, held: string): boolean {
  try {
    linkSync(target, held);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') return false;
    throw error;
  }
}

function refused(temporary: string, held: string): Replaced {
  rmSync(temporary, { force: true });
  rmSync(held, { force: true });
  return { written: false, reason: 'changed' };
}
