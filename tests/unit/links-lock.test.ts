/**
 * The record of published links as text: one link a line, written sorted and once each under its header, with
 * `end` last; read in any order, each link once, whatever a union merge left.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  LOCK_FILE,
  lockFilesOf,
  lockPathOf,
  lockText,
  parseLock,
  readLock,
  writeLock,
} from '../../src/loading/links-lock.ts';
import type { LinkLock } from '../../src/site/published-links.ts';
import { glossOptions } from '../../src/options/options-schema.ts';

const LOCK: LinkLock = {
  notes: {
    'openai-google-cloud': ['tpus', 'alphabet', 'openai'],
    deal: [],
    'café-notes': ['z9', 'a-1'],
  },
  pages: ['timeline/2025/', 'page/2/', 'timeline/-44/'],
  sharePages: true,
};

const bodyOf = (text: string): string[] =>
  text.split('\n').filter((line) => line !== '' && !line.startsWith('#') && line !== 'end');

/** The same links whatever the order they are listed in. */
const normal = (lock: LinkLock): LinkLock => ({
  notes: Object.fromEntries(
    Object.entries(lock.notes)
      .map(([slug, ids]) => [slug, [...new Set(ids)].sort()] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  ),
  ...(lock.pages?.length ? { pages: [...new Set(lock.pages)].sort() } : {}),
  ...(lock.sharePages ? { sharePages: true } : {}),
});

describe('lockText', () => {
  test('writes a header saying what the file is, one link a line sorted by code unit, and `end` last', () => {
    const text = lockText(LOCK);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# The record of published links/);
    expect(text).toMatch(/The build keeps it/);
    expect(text.endsWith('\nend\n')).toBe(true);
    expect(bodyOf(text)).toEqual([
      'id café-notes a-1',
      'id café-notes z9',
      'id openai-google-cloud alphabet',
      'id openai-google-cloud openai',
      'id openai-google-cloud tpus',
      'note café-notes',
      'note deal',
      'note openai-google-cloud',
      'page page/2/',
      'page timeline/-44/',
      'page timeline/2025/',
      'share-pages',
    ]);
  });

  test('the same links in any order give the same bytes', () => {
    const shuffled: LinkLock = {
      notes: Object.fromEntries(
        Object.entries(LOCK.notes)
          .reverse()
          .map(([slug, ids]) => [slug, [...ids].reverse()]),
      ),
      pages: [...(LOCK.pages ?? [])].reverse(),
      sharePages: true,
    };
    expect(lockText(shuffled)).toBe(lockText(LOCK));
  });

  test('an empty record is its header and `end`', () => {
    expect(bodyOf(lockText({ notes: {} }))).toEqual([]);
    expect(parseLock(lockText({ notes: {} }), LOCK_FILE)).toEqual({ notes: {} });
  });

  test('refuses to write a word with a space, which would read back as another line', () => {
    expect(() => lockText({ notes: { 'two words': [] } })).toThrow(/has a space/);
  });
});

describe('parseLock', () => {
  test('round trip: what is written reads back as the same links', () => {
    expect(normal(parseLock(lockText(LOCK), LOCK_FILE))).toEqual(normal(LOCK));
    const again = lockText(parseLock(lockText(LOCK), LOCK_FILE));
    expect(again).toBe(lockText(LOCK));
  });

  test('reads lines in any order, each link once: duplicates collapse', () => {
    const lines = bodyOf(lockText(LOCK));
    const merged = ['# a header', ...[...lines].reverse(), ...lines.slice(0, 4), 'note deal', 'share-pages', 'end'];
    const read = parseLock(`${merged.join('\n')}\n`, LOCK_FILE);
    expect(normal(read)).toEqual(normal(LOCK));
    expect(read.notes['openai-google-cloud']).toHaveLength(3);
    expect(read.pages).toHaveLength(3);
    // Written again, sorted and once each.
    expect(lockText(read)).toBe(lockText(LOCK));
  });

  test('an id without its note line records the note; blank lines, comments, CRLF and spaces are let be', () => {
    const text = '# header\r\n\r\nid deal run-rate\r\n  page   page/3/  \r\n# a comment\r\nend\r\n';
    expect(parseLock(text, LOCK_FILE)).toEqual({ notes: { deal: ['run-rate'] }, pages: ['page/3/'] });
  });

  test('two `end` lines, as a union merge of two records may leave, are read', () => {
    const text = `${lockText({ notes: { a: ['x'] } })}${lockText({ notes: { b: ['y'] } })}`;
    expect(normal(parseLock(text, LOCK_FILE))).toEqual({ notes: { a: ['x'], b: ['y'] } });
  });
});

describe('reading and writing the file', () => {
  let folder: string;
  let path: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'gloss-lock-unit-'));
    path = join(folder, LOCK_FILE);
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  test('no record is no links', () => {
    expect(readLock(path)).toEqual({ notes: {} });
  });

  test('writes only when the links changed, so an unchanged site leaves the file alone', () => {
    expect(writeLock(path, LOCK)).toBe(true);
    const written = statSync(path);
    expect(writeLock(path, normal(LOCK))).toBe(false);
    expect(statSync(path).mtimeMs).toBe(written.mtimeMs);
    expect(statSync(path).ino).toBe(written.ino);
    expect(normal(readLock(path))).toEqual(normal(LOCK));
  });

  test('a record left unsorted by a merge is written again sorted', () => {
    writeFileSync(path, '# header\nnote b\nnote a\nnote b\nend\n');
    expect(writeLock(path, readLock(path))).toBe(true);
    expect(bodyOf(readFileSync(path, 'utf8'))).toEqual(['note a', 'note b']);
  });

  test('the old JSON record beside it is read with it, and removed once written into it', () => {
    writeFileSync(`${path}.json`, JSON.stringify({ notes: { old: ['one'] }, pages: ['page/4/'] }, null, 2));
    writeFileSync(path, lockText({ notes: { new: ['two'] } }));
    const both = readLock(path);
    expect(normal(both)).toEqual({ notes: { new: ['two'], old: ['one'] }, pages: ['page/4/'] });
    expect(writeLock(path, both)).toBe(true);
    expect(existsSync(`${path}.json`)).toBe(false);
    expect(normal(readLock(path))).toEqual(normal(both));
  });

  test('a file GLOSS_LOCK names that holds the old JSON is read as that, and written in the new form', () => {
    const named = join(folder, 'site.lock.json');
    writeFileSync(named, JSON.stringify({ notes: { deal: ['a'] }, sharePages: true }));
    expect(lockFilesOf(named)).toEqual([named]);
    expect(readLock(named)).toEqual({ notes: { deal: ['a'] }, sharePages: true });
    writeLock(named, readLock(named));
    expect(bodyOf(readFileSync(named, 'utf8'))).toEqual(['id deal a', 'note deal', 'share-pages']);
  });

  test('lockPathOf: the linksLock option, which is links.lock for the site’s own notes, else none', () => {
    expect(lockPathOf(folder, glossOptions())).toBe(path);
    expect(lockPathOf(folder, glossOptions({ notes: 'elsewhere' }))).toBeUndefined();
    expect(lockPathOf(folder, glossOptions({ notes: 'elsewhere', linksLock: 'mine.lock' }))).toBe(
      join(folder, 'mine.lock'),
    );
    expect(lockPathOf(folder, glossOptions({ linksLock: false }))).toBeUndefined();
    expect(lockFilesOf(join(folder, 'mine.lock'))).toEqual([join(folder, 'mine.lock'), join(folder, 'mine.lock.json')]);
  });
});
