/** Reads and writes the record of published links (`links.lock.json`, or the file GLOSS_LOCK names). */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../build-cache/atomic-write.ts';
import { mergeLocks, type LinkLock } from '../site/published-links.ts';

/**
 * A build's Astro run leaves the record as it would be once published under this name in the cache folder, with
 * where it goes; `npm run build` applies it once the new site is in place, so a build that never published
 * records nothing.
 */
export const PENDING_LOCK = 'links.lock.pending.json';

/**
 * The record for the notes being built: GLOSS_LOCK if set; else `links.lock.json` for the site's own notes, and
 * none for another notes folder (GLOSS_NOTES), whose links were never published.
 */
export function lockPathOf(root: string): string | undefined {
  const named = process.env['GLOSS_LOCK'];
  if (named) return resolve(root, named);
  return process.env['GLOSS_NOTES'] ? undefined : resolve(root, 'links.lock.json');
}

export function readLock(path: string): LinkLock {
  if (!existsSync(path)) return { notes: {} };
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LinkLock>;
  return {
    notes: data.notes ?? {},
    ...(data.pages ? { pages: data.pages } : {}),
    ...(data.sharePages ? { sharePages: true } : {}),
  };
}

const lockText = (lock: LinkLock): string => `${JSON.stringify(lock, null, 2)}\n`;

/** Writes the lock, in one step, only when it changed, so an unchanged site leaves the file alone. */
export function writeLock(path: string, lock: LinkLock): boolean {
  const text = lockText(lock);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileAtomic(path, text);
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
 * kept. Returns the record's path when it changed.
 */
export function applyPendingLock(pending: string): string | undefined {
  const { path, lock } = readPendingLock(pending) ?? {};
  const changed = path && lock ? writeLock(path, mergeLocks(readLock(path), lock)) : false;
  rmSync(pending, { force: true });
  return changed ? path : undefined;
}
