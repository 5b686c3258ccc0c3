/**
 * Whether anything a build reads has changed since the last good build into the same folder: the notes, the
 * site's code and assets, the installed packages, the settings, the record of published links and git's history
 * (the open data's dates come from it). When nothing has, the output would be the same byte for byte, and
 * `npm run build` keeps it rather than building it again. A build whose notes' history git could not read whole
 * is never called up to date: the next one reads the history again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HISTORY_INCOMPLETE } from '../data/note-history.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { hashTree } from './hash-tree.ts';
import { lockFilesOf } from '../loading/links-lock.ts';
import { settingsDigest, type SiteSettings } from '../options/site.ts';

/** What a build reads besides the notes. */
const SOURCES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * A digest of everything the build of `out` reads, with `flags` (such as `--no-search`) and the site's settings
 * (whole: settingsDigest); without the record of published links when `lock` is false (a build extends it).
 */
export function buildFingerprint(out: string, flags: string[], settings: SiteSettings, lock = true): string {
  const hash = createHash('sha256');
  hash.update(`${process.version}\0${resolve(out)}\0${flags.join(' ')}\0`);
  hash.update(`${settingsDigest(settings)}\0`);
  for (const path of [...SOURCES, settings.options.notes]) hashTree(hash, '.', path);
  // With the old JSON record beside it (links.lock.json), which a build reads until it carries it over.
  const { linksLock } = settings.options;
  if (lock && linksLock) for (const file of lockFilesOf(linksLock)) hashTree(hash, '.', file);
  const head = spawnSync('git', ['log', '-1', '--format=%H'], { encoding: 'utf8' });
  hash.update(head.status === 0 ? head.stdout : 'no git');
  return hash.digest('hex');
}

const stampOf = (cache: string): string => join(cache, 'last-build.json');

/** A digest of every file of a built site, by its path and bytes. */
export function siteDigest(out: string): string {
  const hash = createHash('sha256');
  hashTree(hash, out, '.');
  return hash.digest('hex');
}

/**
 * Whether the last good build into `out` was made from exactly this, and `out` still holds exactly what it
 * wrote: a file deleted or changed since means a build.
 */
export function upToDate(cache: string, out: string, fingerprint: string): boolean {
  const stamp = stampOf(cache);
  if (!existsSync(stamp) || !existsSync(out)) return false;
  try {
    const last = JSON.parse(readFileSync(stamp, 'utf8')) as Stamp;
    return !last.historyIncomplete && last.fingerprint === fingerprint && last.site === siteDigest(out);
  } catch {
    return false;
  }
}

interface Stamp {
  fingerprint?: string;
  site?: string;
  /** Why git's history of the notes was not read whole (a shallow clone, git stopped, …): the site lacks dates. */
  historyIncomplete?: string;
}

/**
 * Written last, by a build that completed, and in one step; with why the notes' history was incomplete when
 * Astro's build, a process of its own, left that in the cache folder (note-history.ts), so the next build reads it.
 */
export function recordBuild(cache: string, fingerprint: string, site: string): void {
  if (!existsSync(cache)) return;
  const marker = join(cache, HISTORY_INCOMPLETE);
  const stamp: Stamp = { fingerprint, site };
  if (existsSync(marker)) stamp.historyIncomplete = readFileSync(marker, 'utf8').trim() || 'unknown';
  writeFileAtomic(stampOf(cache), `${JSON.stringify(stamp)}\n`);
}

/**
 * Before a build: what a later build would trust is taken away until this one completes, and so is the last
 * build's word that its history was incomplete, which this build's Astro writes again if it still is.
 */
export function forgetBuild(cache: string): void {
  rmSync(stampOf(cache), { force: true });
  rmSync(join(cache, HISTORY_INCOMPLETE), { force: true });
}
