/**
 * The notes loader's adapter to Astro outside a build: what it stores, and what `astro dev` sees when a note
 * breaks and is mended. Astro's loader context is stood in for by a map, an event emitter and a logger that keeps
 * its lines. What it decides is tested on its own in publish-notes.test.ts.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { readRecord, recordRefOf } from '../../src/loading/note-record.ts';
import { notesLoader } from '../../src/loading/notes-loader.ts';
import { defaultSettings, siteOf } from '../../src/options/site.ts';
import { defaultSite } from '../support/default-site.ts';
import { runRateNote } from '../support/run-rate-note.ts';

/** The note's text as the pages read it, from the record its entry names. */
const htmlOf = (entry: { rendered?: { metadata?: Record<string, unknown> } | undefined } | undefined): string =>
  entry?.rendered ? readRecord(recordRefOf(entry.rendered, 'the note')).html : '';

const note = runRateNote;

let root: string;
interface Entry {
  id: string;
  data: unknown;
  digest?: string;
  filePath?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

let entries: Map<string, Entry>;
/** How many times a note was stored: a note that did not change is not rendered or stored again. */
let stored: string[];
let errors: string[];
let warnings: string[];
let watcher: EventEmitter & { add: () => void };

function context(withWatcher: boolean): LoaderContext {
  const store = {
    set: (entry: Entry) => (stored.push(entry.id), entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
  };
  const logger = {
    info: () => {},
    warn: (message: string) => void warnings.push(message),
    error: (message: string) => void errors.push(message),
  };
  return {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.cache/`), base: '/' },
    store,
    logger,
    generateDigest: (value: string) => `digest of ${value}`,
    ...(withWatcher ? { watcher } : {}),
  } as unknown as LoaderContext;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gloss-loader-'));
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'deal.md'), note('$10 billion'));
  entries = new Map();
  stored = [];
  errors = [];
  warnings = [];
  watcher = Object.assign(new EventEmitter(), { add: () => {} });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('stores each note parsed, under its page, with its passages marked', async () => {
  await notesLoader('notes', defaultSite).load(context(false));
  expect([...entries.keys()]).toEqual(['deal']);
  const entry = entries.get('deal');
  expect(entry?.data).toMatchObject({ title: 'A deal', figures: [{ id: 'run-rate', value: 10000000000 }] });
  expect(htmlOf(entry)).toContain('<mark id="run-rate"');
});

test('a note unchanged since the last load is kept as stored; a change to it or to a setting renders it again', async () => {
  await notesLoader('notes', defaultSite).load(context(false));
  expect(stored).toEqual(['deal']);
  await notesLoader('notes', defaultSite).load(context(false));
  expect(stored).toEqual(['deal']);
  expect(htmlOf(entries.get('deal'))).toContain('<mark id="run-rate"');

  writeFileSync(join(root, 'notes', 'deal.md'), note('$10 billion').replace('announced', 'said it had'));
  await notesLoader('notes', defaultSite).load(context(false));
  expect(stored).toEqual(['deal', 'deal']);
  expect(htmlOf(entries.get('deal'))).toContain('said it had');

  await notesLoader('notes', { ...defaultSite, base: '/reading/' }).load(context(false));
  expect(stored).toEqual(['deal', 'deal', 'deal']);
});

test('in a build, a problem in any note stops the load with the report, storing nothing', async () => {
  writeFileSync(join(root, 'notes', 'typo.md'), note('$10 billon'));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await expect(notesLoader('notes', defaultSite).load(context(false))).rejects.toThrow('1 problem(s) in the notes');
  expect(entries.size).toBe(0);
});

test('under astro dev, a note that breaks is reported and left out, and comes back once mended', async () => {
  const path = join(root, 'notes', 'deal.md');
  await notesLoader('notes', defaultSite).load(context(true));
  expect(entries.has('deal')).toBe(true);

  writeFileSync(path, note('$10 billon'));
  watcher.emit('change', path);
  await vi.waitFor(() => expect(entries.has('deal')).toBe(false));
  expect(errors.join('\n')).toContain('quote "$10 billon" was not found; closest: "$10 billion"');

  writeFileSync(path, note('$10 billion'));
  watcher.emit('change', path);
  await vi.waitFor(() => expect(entries.has('deal')).toBe(true));

  const other = join(root, 'notes', 'other.md');
  writeFileSync(other, note('$10 billion'));
  watcher.emit('add', other);
  await vi.waitFor(() => expect(entries.has('other')).toBe(true));
  unlinkSync(other);
  watcher.emit('unlink', other);
  await vi.waitFor(() => expect(entries.has('other')).toBe(false));
  // A note gone by the time it is read (an editor saving by replacing the file) is logged, not thrown.
  watcher.emit('change', other);
  await vi.waitFor(() => expect(errors.at(-1)).toContain('could not reload notes/other.md'));
  // A file elsewhere is none of the loader's business.
  watcher.emit('change', join(root, 'README.md'));
  expect([...entries.keys()]).toEqual(['deal']);
});

test('under astro dev, a note with drafts is shown, its drafts marked; a build leaves it out or refuses it', async () => {
  const path = join(root, 'notes', 'deal.md');
  writeFileSync(path, note('$10 billion').replace('    quote: $10 billion', '    quote: $10 billion\n    draft: true'));
  await notesLoader('notes', defaultSite).load(context(true));
  // Under dev as in a build, the store holds the note, and its entry names its record.
  const stored = entries.get('deal');
  expect(stored?.data).toMatchObject({ title: 'A deal' });
  expect(htmlOf(stored)).toContain('class="passage passage-figure passage-draft"');
  entries.clear();
  warnings = [];
  // Never published: the build leaves it out, saying so, and builds the other notes.
  writeFileSync(join(root, 'notes', 'other.md'), note('$10 billion').replace('A deal', 'Another deal'));
  await notesLoader('notes', defaultSite).load(context(false));
  expect([...entries.keys()]).toEqual(['other']);
  expect(warnings).toEqual([
    'left out of this build: notes/deal.md has drafts awaiting review and was never published (npm run build -- --strict refuses it)',
  ]);
  // Published: its links must not vanish, so the build stops.
  entries.clear();
  writeFileSync(join(root, 'links.lock.json'), JSON.stringify({ notes: { deal: ['run-rate'] } }));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await expect(notesLoader('notes', defaultSite).load(context(false))).rejects.toThrow('1 problem(s) in the notes');
  expect(entries.size).toBe(0);
});

test('a note is rendered with its rows across notes in its margin, and again only when they move', async () => {
  // One row a page, so that a note published later moves the rows of every note before it in the figures.
  const onePerPage = siteOf(defaultSettings({ pageSize: 1 }));
  const loader = (folder: string) => notesLoader(folder, onePerPage);
  const dated = (title: string, published: string): string =>
    note('$10 billion').replace('title: A deal', `title: ${title}\nsource:\n  published: ${published}`);
  rmSync(join(root, 'notes', 'deal.md'));
  writeFileSync(join(root, 'notes', 'older.md'), dated('Older', '2024-01'));
  writeFileSync(join(root, 'notes', 'newer.md'), dated('Newer', '2025-01'));
  const rowOf = (page: string): string | undefined =>
    /href="([^"]*)">In the figures</.exec(htmlOf(entries.get(page)))?.[1];

  await loader('notes').load(context(false));
  expect(rowOf('newer')).toBe('/figures/#newer--run-rate');
  expect(rowOf('older')).toBe('/figures/page/2/#older--run-rate');
  stored = [];

  writeFileSync(join(root, 'notes', 'newest.md'), dated('Newest', '2026-01'));
  await loader('notes').load(context(false));
  expect(stored.sort()).toEqual(['newer', 'newest', 'older']);
  expect(rowOf('newer')).toBe('/figures/page/2/#newer--run-rate');
  expect(rowOf('older')).toBe('/figures/page/3/#older--run-rate');
  stored = [];

  // A change that moves no row renders that note alone.
  writeFileSync(join(root, 'notes', 'newest.md'), dated('Newest', '2026-01').replace('announced', 'said'));
  await loader('notes').load(context(false));
  expect(stored).toEqual(['newest']);
});
