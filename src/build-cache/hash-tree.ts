/**
 * Folds the files under a path (a folder, recursively, in a fixed order, or a single file) into a hash, each by
 * its path and bytes: what both the notes' render version and the build's up-to-date check need.
 */
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `path` (relative to `root`, or absolute) is what goes into the hash with each file's own path under it. */
export function hashTree(hash: Hash, root: string, path: string, keep: (name: string) => boolean = () => true): void {
  const full = resolve(root, path);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) hashTree(hash, root, join(path, name), keep);
    return;
  }
  if (keep(path)) hash.update(`${path}\0`).update(readFileSync(full)).update('\0');
}
