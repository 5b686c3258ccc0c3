/**
 * Reads and writes the record of published links (`links.lock`, or the file the `linksLock` option names); its
 * text, one link a line, is links-lock-text.ts's.
 *
 * The record used to be JSON in `links.lock.json`: an old `links.lock.json` beside `links.lock` is read with it
 * until the build writes `links.lock` and removes it, so no link it holds is forgotten. A record that cannot be
 * read stops the build in one line naming the file, the line and the mend.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../build-cache/atomic-write.ts';
import { mergeLocks, type LinkLock } from '../site/published-links.ts';
import { BadLockError, lockText, parseLock } from './links-lock-text.ts';

// One module for everything the record is, its text included.
export { BadLockError, LOCK_FILE, lockText, parseLock } from './links-lock-text.ts';

/** The suffix of the name the record had when it was JSON. */
const OLD_SUFFIX = '.json';

/**
 * A build's Astro run leaves the record as it would be once published under this name in the cache folder, with
 * where it goes; `npm run build` applies it once the new site is in place, so a build that never published
 * records nothing.
 */
export const PENDING_LOCK = 'links.lock.pending.json';

/**
 * The record for the notes being built, as the `linksLock` option names it (`links.lock` for the site's own
 * notes, none for another notes folder, whose links were never published), from the project at `root`.
 */
export const lockPathOf = (root: string, { linksLock }: { linksLock: string | false }): string | undefined =>
  linksLock ? resolve(root, linksLock) : undefined;

/** The files a record is read from: itself, and the JSON one it replaced (`links.lock.json` for `links.lock`). */
export const lockFilesOf = (path: string): string[] =>
  path.endsWith(OLD_SUFFIX) ? [path] : [path, `${path}${OLD_SUFFIX}`];

/** The file as a report names it: relative to the working directory when it is under it. */
function shownPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
}

/** Every link recorded at `path`, with those of the old JSON record beside it; none when neither exists. */
export function readLock(path: string): LinkLock {
  let lock: LinkLock = { notes: {} };
  for (const file of lockFilesOf(path)) {
    if (!existsSync(file)) continue;
    lock = mergeLocks(lock, parseLock(readFileSync(file, 'utf8'), shownPath(file)));
  }
  return lock;
}

/** The problem of the record at `path` in one line, or undefined when it reads (or there is none). */
export function lockProblemOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    readLock(path);
    return undefined;
  } catch (error) {
    if (error instanceof BadLockError) return error.reason;
    throw error;
  }
}

/**
 * Writes the lock, in one step, only when it changed, so an unchanged site leaves the file alone; an old JSON
 * record beside it, now carried into it, is removed. Returns whether anything changed.
 */
export function writeLock(path: string, lock: LinkLock): boolean {
  const text = lockText(lock);
  const old = lockFilesOf(path).slice(1).filter(existsSync);
  if (old.length === 0 && existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileAtomic(path, text);
  for (const file of old) rmSync(file, { force: true });
  return true;
}

/** What a build's Astro run would publish: the record to extend (if the notes have one), and the notes it left out. */
export interface PendingLinks {
  path?: string | undefined;
  lock?: LinkLock | undefined;
  /** Notes left out while their drafts await review, by file. */
  leftOut: string[];
}

/** Writes what a build would record, for `applyPendingLock` once the build is published. */
export function writePendingLock(pending: string, links: PendingLinks): void {
  writeFileAtomic(pending, JSON.stringify(links));
}

export function readPendingLock(pending: string): PendingLinks | undefined {
  return existsSync(pending) ? (JSON.parse(readFileSync(pending, 'utf8')) as PendingLinks) : undefined;
}

/**
 * Adds a published build's links to the record it names; nothing is taken out, so links recorded meanwhile are
 * kept. Returns the record's path when it changed. A record made unreadable while the build ran throws a
 * `BadLockError`, and is left as it is.
 */
export function applyPendingLock(pending: string): string | undefined {
  const { path, lock } = readPendingLock(pending) ?? {};
  const changed = path && lock ? writeLock(path, mergeLocks(readLock(path), lock)) : false;
  rmSync(pending, { force: true });
  return changed ? path : undefined;
}
