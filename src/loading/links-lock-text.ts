/**
 * The record of published links (`links.lock`) as text, read and written without touching a file.
 *
 * One link a line, so that git's `merge=union` driver (.gitattributes) merges two branches that each published
 * notes without a conflict: `note <slug>`, `id <slug> <id>`, `page <path>`, `share-pages`, and `end` last, which
 * tells a whole file from one cut short. Lines are read in any order and twice over (a union merge leaves both
 * sides' lines, unsorted); they are written sorted, once each. `#` starts a comment line. A text that is JSON is
 * read as the record was written before (`links.lock.json`). A text that is not a record is refused in one line
 * naming the file, the line and the mend.
 */
import type { LinkLock } from '../site/published-links.ts';

/** The record's name in the project. */
export const LOCK_FILE = 'links.lock';

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
