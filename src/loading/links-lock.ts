/**
 * Reads and writes the record of published links (`links.lock`, or the file GLOSS_LOCK names).
 *
 * One link a line, so that git's `merge=union` driver (.gitattributes) merges two branches that each published
 * notes without a conflict: `note <slug>`, `id <slug> <id>`, `page <path>`, `share-pages`, and `end` last, which
 * tells a whole file from one cut short. Lines are read in any order and twice over (a union merge leaves both
 * sides' lines, unsorted); they are written sorted, once each. `#` starts a comment line.
 *
 * The record used to be JSON in `links.lock.json`: a file that is JSON is read as that, and an old
 * `links.lock.json` beside `links.lock` is read with it until the build writes `links.lock` and removes it, so no
 * link it holds is forgotten. A record that cannot be read stops the build in one line naming the file, the line
 * and the mend.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../build-cache/atomic-write.ts';
import { mergeLocks, type LinkLock } from '../site/published-links.ts';

/** The record's name in the project, and the name it had when it was JSON. */
export const LOCK_FILE = 'links.lock';
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

/** A record that cannot be read: the message is one line, and there is no stack trace to print. */
export class BadLockError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`Gloss: ${reason}`);
    this.reason = reason;
    this.name = 'BadLockError';
    // Astro and `npm run build` print the message alone: the mend is the author's, not in the code.
    this.stack = '';
  }
}

const HEADER = [
  '# The record of published links: every note page, annotation id and page of a list this site has published.',
  '# The build keeps it (npm run build adds, never removes); commit it with the notes. One link a line, sorted;',
  '# git merges it line by line (.gitattributes: merge=union). See docs/writing.md, "Links that outlive edits".',
];
const END = 'end';
const KINDS = '`note <slug>`, `id <slug> <id>`, `page <path>`, `share-pages` or `end`';
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;

/** The file as a report names it: relative to the working directory when it is under it. */
function shownPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
}

const restore = (file: string): string => `restore it with \`git checkout -- ${file}\`, then build again`;

/** Every link the lines give; the problem of the first that is not one, in words. */
function parseLines(text: string, file: string): LinkLock {
  const lines = text.split(/\r?\n/);
  const notes = new Map<string, Set<string>>();
  const pages = new Set<string>();
  let sharePages = false;
  let ended = false;
  let last = 0;
  let firstBad: { line: number; text: string } | undefined;
  let links = 0;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    last = index + 1;
    ended = false;
    const words = line.split(/\s+/);
    const [kind, first, second] = words;
    if (kind === END && words.length === 1) ended = true;
    else if (kind === 'note' && words.length === 2 && first) notes.set(first, notes.get(first) ?? new Set());
    else if (kind === 'id' && words.length === 3 && first && second)
      notes.set(first, (notes.get(first) ?? new Set()).add(second));
    else if (kind === 'page' && words.length === 2 && first) pages.add(first);
    else if (kind === 'share-pages' && words.length === 1) sharePages = true;
    else {
      firstBad ??= { line: index + 1, text: line };
      continue;
    }
    if (!ended) links++;
  }
  const shown = (line: string): string => `\`${line.length > 60 ? `${line.slice(0, 60)}…` : line}\``;
  // A file whose last line is not `end` was cut short, and its last line with it, whatever that line says: when
  // lines before it were links, or it begins as one would.
  const begun = (line: string): boolean =>
    ['note', 'id', 'page', 'share-pages', END].some((kind) => kind.startsWith(line.split(/\s/)[0] ?? ''));
  if (!ended && (!firstBad || firstBad.line === last) && (links > 0 || (firstBad && begun(firstBad.text))))
    throw new BadLockError(
      `${file} line ${last}: the record stops at ${shown(lines[last - 1]?.trim() ?? '')} without its last line \`end\`: it was cut short; ${restore(file)}`,
    );
  if (firstBad)
    throw new BadLockError(
      `${file} line ${firstBad.line}: ${shown(firstBad.text)} is not a line of the record, whose lines are ${KINDS}: mend the line or ${restore(file)}`,
    );
  if (!ended)
    throw new BadLockError(
      `${file} line ${Math.max(last, 1)}: the record has no line \`end\` (the build writes it last): it was cut short; ${restore(file)}`,
    );
  return {
    notes: Object.fromEntries([...notes].map(([slug, ids]) => [slug, [...ids]])),
    ...(pages.size > 0 ? { pages: [...pages] } : {}),
    ...(sharePages ? { sharePages: true } : {}),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isWords = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((word) => typeof word === 'string' && /^\S+$/.test(word));

/** The record as it was written before it was one link a line: `{ notes: { slug: [ids] }, pages, sharePages }`. */
function parseOldJson(text: string, file: string): LinkLock {
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const line = at ? lineAt(Number(at[1])) : text.trimEnd().split('\n').length;
    // Cut short: the error is at the very end of the text (an unfinished string, list or object).
    const cut = !at || Number(at[1]) >= text.trimEnd().length - 1;
    throw new BadLockError(
      `${file} line ${line}: the record (JSON, as it was written before \`${LOCK_FILE}\`) ${cut ? 'stops in the middle: it was cut short' : `is not valid JSON (${message.replace(/ in JSON at position.*$/, '')})`}; ${restore(file)}`,
    );
  }
  const wrong = (key: string, what: string): never => {
    const offset = text.indexOf(`"${key}"`);
    throw new BadLockError(
      `${file} line ${offset < 0 ? 1 : lineAt(offset)}: the record (JSON, as it was written before \`${LOCK_FILE}\`) ${what}; ${restore(file)}`,
    );
  };
  if (!isRecord(data)) return wrong('', 'is not an object with `notes`');
  for (const key of Object.keys(data))
    if (!['notes', 'pages', 'sharePages'].includes(key))
      wrong(key, `has \`${key}\`, where it holds only \`notes\`, \`pages\` and \`sharePages\``);
  const { notes, pages, sharePages } = data;
  if (!isRecord(notes)) return wrong('notes', 'has `notes` that is not each note’s slug with the list of its ids');
  for (const [slug, ids] of Object.entries(notes))
    if (!/^\S+$/.test(slug) || !isWords(ids)) wrong(slug, `has \`notes.${slug}\` that is not a list of ids`);
  if (pages !== undefined && !isWords(pages)) wrong('pages', 'has `pages` that is not a list of paths');
  if (sharePages !== undefined && typeof sharePages !== 'boolean')
    wrong('sharePages', 'has `sharePages` that is neither true nor false');
  return {
    notes: notes as Record<string, string[]>,
    ...(isWords(pages) && pages.length > 0 ? { pages } : {}),
    ...(sharePages === true ? { sharePages: true } : {}),
  };
}

/**
 * The links a record's text holds; a `BadLockError` saying, in one line, what is wrong and how to mend it when the
 * text is not a record. `file` is the name the error gives.
 */
export function parseLock(text: string, file: string): LinkLock {
  const lines = text.split(/\r?\n/);
  const marker = lines.findIndex((line) => CONFLICT_MARKER.test(line));
  if (marker >= 0)
    throw new BadLockError(
      `${file} line ${marker + 1}: \`${(lines[marker] ?? '').trim()}\` is a merge-conflict marker: keep the lines of both sides and remove the markers (\`<<<<<<<\`, \`=======\`, \`>>>>>>>\`), then build again`,
    );
  if (text.trim() === '')
    throw new BadLockError(
      `${file} line 1: the record is empty, where the build always writes at least its line \`end\`; ${restore(file)}`,
    );
  return text.trimStart().startsWith('{') ? parseOldJson(text, file) : parseLines(text, file);
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

/** The record's text: its header, each link on a line of its own, sorted and once, then `end`. */
export function lockText(lock: LinkLock): string {
  const lines = new Set<string>();
  const token = (word: string): string => {
    if (!/^\S+$/.test(word)) throw new Error(`Gloss: cannot record ${JSON.stringify(word)}, which has a space`);
    return word;
  };
  for (const [slug, ids] of Object.entries(lock.notes)) {
    lines.add(`note ${token(slug)}`);
    for (const id of ids) lines.add(`id ${slug} ${token(id)}`);
  }
  for (const page of lock.pages ?? []) lines.add(`page ${token(page)}`);
  if (lock.sharePages) lines.add('share-pages');
  // By code unit, not by locale, so that every machine writes the same bytes.
  const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${[...HEADER, ...sorted, END].join('\n')}\n`;
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
