/** Reads and writes the record of published links (`links.lock.json`, or the file GLOSS_LOCK names). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LinkLock } from '../lib/published-links.ts';

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
  return { notes: data.notes ?? {}, ...(data.pages ? { pages: data.pages } : {}) };
}

/** Writes the lock only when it changed, so an unchanged site leaves the file alone. */
export function writeLock(path: string, lock: LinkLock): boolean {
  const text = `${JSON.stringify(lock, null, 2)}\n`;
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}
