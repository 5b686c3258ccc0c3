/**
 * A version of everything besides a note's own bytes that changes what the loader stores for it: the code that
 * reads, checks and renders notes, the installed packages, and the site's settings, whole (settingsDigest). A stored note
 * is reused only when its digest, which includes this version, is unchanged; a change to any of them renders
 * every note again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashTree } from './hash-tree.ts';
import { settingsDigest, type SiteSettings } from '../options/site.ts';

/** The folders of `src/` whose code the loader runs; pages and components are rendered later, by Astro. */
const RENDERING_CODE = [
  'src/loading',
  'src/check',
  'src/markdown',
  'src/margin',
  'src/anchoring',
  'src/values',
  'src/words',
  'src/site',
  'src/search',
  'src/open-data',
  'src/schemas',
  'src/options',
];

const isCode = (name: string): boolean => /\.(ts|js|mjs|json)$/.test(name);

export function renderVersion(root: string, settings: SiteSettings): string {
  const hash = createHash('sha256');
  for (const path of RENDERING_CODE) hashTree(hash, root, path, isCode);
  // The lockfile names the exact version of every package the pipeline uses.
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  hash.update(`\0${settingsDigest(settings)}`);
  return hash.digest('hex').slice(0, 16);
}
