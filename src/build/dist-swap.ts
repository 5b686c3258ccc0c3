/**
 * How `npm run build` puts a finished build in place of the output folder: two renames, announced first in a
 * journal in the cache folder, so that a build killed between them is finished by the next one, and the last
 * build's folder is taken away by a process of its own.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../build-cache/atomic-write.ts';

export interface SwapPaths {
  /** The output folder readers are served from. */
  out: string;
  /** The complete new build. */
  next: string;
  /** Where `out` goes while `next` takes its place; unique, as a last build's may still be being deleted. */
  old: string;
  /** The journal, written before the first rename and removed after the second. */
  journal: string;
}

/** Puts the new build in place of `out`, noting it first so that a build killed in between is finished later. */
export function swapIn({ out, next, old, journal }: SwapPaths): void {
  writeFileAtomic(journal, JSON.stringify({ out: resolve(out), next: resolve(next), old: resolve(old) }));
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  rmSync(journal, { force: true });
  removeInBackground(old);
}

/**
 * Finishes a swap that a killed build began: the new build, complete, goes in place of the missing `out`. Returns
 * whether it did, as that build is then published and its links are to be recorded.
 */
export function finishSwap({ out, journal }: Pick<SwapPaths, 'out' | 'journal'>): boolean {
  if (!existsSync(journal)) return false;
  let published = false;
  try {
    const swap = JSON.parse(readFileSync(journal, 'utf8')) as { out: string; next: string; old: string };
    if (swap.out === resolve(out) && !existsSync(out)) {
      published = existsSync(swap.next);
      if (published) renameSync(swap.next, out);
      else if (existsSync(swap.old)) renameSync(swap.old, out);
      console.log(`Finished putting the last build in place of ${out}/ (it was stopped in between).`);
    }
    if (existsSync(swap.old)) removeInBackground(swap.old);
  } catch {
    // An unreadable journal was never finished being written: the swap it announces had not begun.
  }
  rmSync(journal, { force: true });
  return published;
}

/**
 * The last build is taken away by a process of its own: the new one is in place already, and deleting tens of
 * thousands of files took longer than a warm build's own work.
 */
export function removeInBackground(path: string): void {
  spawn(
    process.execPath,
    ['-e', `require('node:fs').rmSync(${JSON.stringify(path)}, { recursive: true, force: true })`],
    {
      detached: true,
      stdio: 'ignore',
    },
  ).unref();
}
